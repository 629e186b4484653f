"""TQ705 quotation-kept: fewer quoted passages in the translation than in the source.

Examples: cases/TQ705.toml (each with its source sentence)."""
from __future__ import annotations

import re

from ...findings import Category, Severity
from ..registry import rule
from . import explain_pairs
from ._pairs import BiHit

# A quoted passage: two words or more between quotation marks of any of the conventions.
_MARKS = re.compile(r"«[^«»\n]{1,3000}»|“[^“”\n]{1,3000}[”“]|„[^„“”\n]{1,3000}[“”]|\"[^\"\n]{1,3000}\"")


def _quotes(text: str, start: int, end: int) -> list:
    return [m for m in _MARKS.finditer(text, start, end) if " " in m.group(0).strip()]


@rule(
    "TQ705", name="quotation-kept", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="A quotation of the source lost in the translation (bilingual mode).",
    explanation="""Quoted passages (`«…»`, `“…”`, `„…“`, `"…"`) are counted in each
    paragraph (or segment) of the source and of the English. Fewer in the English means a
    quotation was dropped or turned into reported speech without its marks, so its words
    can no longer be attributed; the speaker's name is checked by TQ702.""",
    sources=("MQM: Accuracy / Omission (https://themqm.org/error-types-2/typology/)",),
    bilingual=True,
)
def quotation_kept(doc, ctx, bi=None):
    if bi is None:
        return
    text, src = doc.text, bi.source
    for ss, se, ts, te in bi.paragraphs:
        s_q = _quotes(src, ss, se)
        t_q = _quotes(text, ts, te)
        if len(t_q) >= len(s_q) or te <= ts:
            continue
        lost = s_q[len(t_q)] if t_q else s_q[0]
        a, b = ts, te
        nl = text.find("\n", a, b)
        b = nl if nl > 0 else b
        yield BiHit(a, b, f"The source quotes {len(s_q)} passage(s) here, the translation {len(t_q)}: "
                    f"`{lost.group(0)[:60]}` lost its quotation marks or was dropped.",
                    source_start=lost.start(), source_end=lost.end())


quotation_kept.explain_more = explain_pairs("TQ705")
