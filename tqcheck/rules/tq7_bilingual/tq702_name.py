"""TQ702 name-kept: a proper name of the source missing from the translation, or
translated as common words (`Pedro Castillo` -> `Peter Castle`).

Examples: cases/TQ702.toml (each with its source sentence)."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from ._names import is_keyable, kept, names, translated_as
from . import explain_pairs
from ._pairs import BiHit, target_span


@rule(
    "TQ702", name="name-kept", category=Category.CALQUE, severity=Severity.ERROR,
    summary="A source name translated as words (`Pedro Castillo` -> `Peter Castle`) or missing (bilingual mode).",
    explanation="""Proper names of each source sentence (runs of capitalised words, not the
    sentence's first word alone; in German two or more) must appear in the aligned English,
    accent-folded (`Bogotá` = `Bogota`), nearly the same (`Rusia`/`Russia`) or as a known
    exonym (`Alemania`/`Germany`, `Moscú`/`Moscow`). A name whose words became their
    common-word meanings (`Castillo` -> `Castle`, `Blanco` -> `White`) is an error; a
    name found nowhere in the English paragraph, a warning.""",
    sources=("MQM: Accuracy / Mistranslation / Entity (https://themqm.org/error-types-2/typology/)",),
    bilingual=True,
)
def name_kept(doc, ctx, bi=None):
    if bi is None:
        return
    text, src = doc.text, bi.source
    for p in bi.pairs:
        if p.tgt_end <= p.tgt_start or p.src_end <= p.src_start:
            continue
        target = text[p.tgt_start:p.tgt_end]
        _, _, pts, pte = bi.paragraphs[p.para]
        para = text[pts:pte]
        for n in names(src, p.src_start, p.src_end, bi.lang):
            ws = [src[a:b] for a, b in n.words if is_keyable(src[a:b])]
            every = [src[a:b] for a, b in n.words]
            missing = [w for w in every if not kept(w, target) and not kept(w, para)]
            if not missing:
                continue
            name = src[n.start:n.end]
            as_words = [(w, translated_as(w, target)) for w in missing]
            as_words = [(w, t) for w, t in as_words if t]
            if as_words:
                first = min(target.find(t) for _, t in as_words)
                last = max(target.find(t) + len(t) for _, t in as_words)
                a, b = p.tgt_start + first, p.tgt_start + last
                yield BiHit(a, b, f"The name `{name}` is translated as words (`{text[a:b]}`): keep the name.",
                            suggestions=(name,), source_start=n.start, source_end=n.end)
            elif any(is_keyable(w) and w not in missing for w in ws):
                continue          # part of the name is there (`Castillo` for `Pedro Castillo`)
            elif len(ws) >= 2:
                a, b = target_span(doc, p)
                yield BiHit(a, b, f"The source names `{name}`; the translation does not.",
                            severity=Severity.WARNING, source_start=n.start, source_end=n.end)


name_kept.explain_more = explain_pairs("TQ702")
