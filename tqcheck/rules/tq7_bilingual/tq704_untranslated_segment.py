"""TQ704 untranslated-segment: an English sentence identical to its source, or mostly
copied from it.

Examples: cases/TQ704.toml (each with its source sentence)."""
from __future__ import annotations

from ...findings import Category, Severity
from ...nlp.text import LETTERS, fold
from ..registry import rule
from . import explain_pairs
from ._pairs import BiHit, sentences_within

_EN = frozenset("""the of and to in is was for that with on said are be by it as at from has have
    this will not but an were which their its they he she who been would after over more than""".split())


@rule(
    "TQ704", name="untranslated-segment", category=Category.UNTRANSLATED, severity=Severity.ERROR,
    summary="A sentence left in the source language: the same as, or mostly copied from, its source (bilingual mode).",
    explanation="""An aligned English sentence of four words or more whose lower-case words
    (names and numbers aside) are at least 70% source words, and which has almost no
    English function words, was not translated: a paragraph left in Spanish, a caption
    copied through. A sentence made of names alone is not reported.""",
    sources=("MQM: Accuracy / Untranslated (https://themqm.org/error-types-2/typology/)",),
    bilingual=True,
)
def untranslated_segment(doc, ctx, bi=None):
    if bi is None:
        return
    text, src = doc.text, bi.source
    for p in bi.matched_pairs():
        s_set = {fold(m.group(0)) for m in LETTERS.finditer(src, p.src_start, p.src_end)}
        for a, b in sentences_within(doc, p.tgt_start, p.tgt_end):   # each English sentence of the bead
            hit = _copied(text, a, b, s_set, src[p.src_start:p.src_end])
            if hit:
                yield BiHit(a, b, hit, source_start=p.src_start, source_end=p.src_end)


def _copied(text: str, a: int, b: int, s_set: set, source: str) -> str | None:
    t_words = [m.group(0) for m in LETTERS.finditer(text, a, b)]
    low = [fold(w) for i, w in enumerate(t_words) if i == 0 or not w[:1].isupper()]
    if len(t_words) < 4 or len(low) < 3:
        return None
    copied = sum(w in s_set for w in low) / len(low)
    english = sum(w in _EN and w not in s_set for w in low) / len(low)
    if copied < 0.7 or english >= 0.12:
        return None
    if text[a:b].strip() == source.strip():
        return "This sentence is the source sentence, untranslated."
    return f"This sentence is mostly copied from the source ({copied:.0%} of its words): it was not translated."


untranslated_segment.explain_more = explain_pairs("TQ704")
