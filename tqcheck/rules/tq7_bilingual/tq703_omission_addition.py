"""TQ703 omission-addition: a source sentence with no counterpart in the translation, an
English sentence with none in the source, or an aligned pair whose lengths are too far
apart for the language pair.

Examples: cases/TQ703.toml (each with its source sentence)."""
from __future__ import annotations

import re

from ...findings import Category, Severity
from ..registry import rule
from . import explain_pairs
from ._pairs import BiHit, target_span

# English length / source length, per source language: the usual ratio and the range
# outside which a pair of long sentences is reported (news copy, characters).
_RATIO = {"es": (0.9, 0.5, 1.7), "fr": (0.88, 0.5, 1.7), "pt": (0.92, 0.5, 1.7), "it": (0.92, 0.5, 1.7),
          "de": (0.95, 0.5, 1.8)}
_MIN_LEN = 60          # shorter sentences vary too much to judge by length
_WORDS = re.compile(r"[^\W\d_]{2,}")


@rule(
    "TQ703", name="omission-addition", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="A source sentence left out of the translation, or an added one (bilingual mode).",
    explanation="""The two texts are aligned sentence by sentence (Gale–Church, with numbers
    and names as anchors). A source sentence aligned to nothing was dropped; an English
    sentence aligned to nothing was added; an aligned pair of long sentences whose English
    is under half or over 1.7 times the source's length (per language pair) has likely
    lost or gained a clause.""",
    sources=("Gale & Church (1993), A Program for Aligning Sentences in Bilingual Corpora",
             "MQM: Accuracy / Omission, Addition (https://themqm.org/error-types-2/typology/)"),
    bilingual=True,
)
def omission_addition(doc, ctx, bi=None):
    if bi is None:
        return
    _, lo, hi = _RATIO.get(bi.lang, (0.9, 0.5, 1.7))
    src = bi.source
    for p in bi.pairs:
        s_len, t_len = p.src_end - p.src_start, p.tgt_end - p.tgt_start
        s_words = len(_WORDS.findall(src, p.src_start, p.src_end))
        if t_len == 0 and s_words >= 4:
            a, b = target_span(doc, p)
            if b > a:
                snippet = src[p.src_start:p.src_end]
                snippet = snippet if len(snippet) <= 80 else snippet[:77] + "…"
                yield BiHit(a, b, f"A source sentence is missing from the translation near here: `{snippet}`.",
                            source_start=p.src_start, source_end=p.src_end)
        elif s_len == 0 and len(_WORDS.findall(doc.text, p.tgt_start, p.tgt_end)) >= 4:
            yield BiHit(p.tgt_start, p.tgt_end, "This sentence has no counterpart in the source (an addition?).",
                        severity=Severity.INFO)
        elif s_len >= _MIN_LEN and t_len:
            r = t_len / s_len
            if r < lo:
                yield BiHit(p.tgt_start, p.tgt_end, f"The translation is {r:.0%} of the source sentence's length: "
                            "part of it may be missing.", source_start=p.src_start, source_end=p.src_end)
            elif r > hi and t_len >= _MIN_LEN:
                yield BiHit(p.tgt_start, p.tgt_end, f"The translation is {r:.0%} of the source sentence's length: "
                            "something may have been added.", severity=Severity.INFO,
                            source_start=p.src_start, source_end=p.src_end)


omission_addition.explain_more = explain_pairs("TQ703")
