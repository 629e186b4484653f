"""TQ604 spanish-dateline: Spanish-style dateline `Bogotá.-` or `(EFE).-` at the start of a story.

Examples: cases/TQ604.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

# `Bogotá.-`, `Mexico City. –`, `LIMA, Ene. 5 (EFE) .-`: the place (abbreviations allowed),
# a full stop, maybe spaced, and a dash.
_DATELINE_RE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][^\n!?]{0,60}?([ \t]?\.[ \t]?(?:-+|–|—))[ \t]*(?=\S)")
# Its necessary condition, searched first: the full stop and dash of group 1, which lie
# within the first 65 characters of a match (1 + 60 + a space, the stop, a space, a dash).
_STOP_DASH_RE = re.compile(r"\.[ \t]?[-–—]")
_REACH = 65


@rule(
    "TQ604", name="spanish-dateline", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="Spanish-style dateline `Bogotá.-` or `(EFE).-` at the start of a story.",
    explanation="""Spanish agencies open a story with the place, a full stop and a dash
    (`Bogotá.- El presidente...`, `MADRID, 4 feb (EFE).-`). English wire style writes
    `BOGOTÁ (EFE) —` or simply starts the sentence.""",
    fixable=True,
)
def spanish_dateline(doc, ctx):
    text = doc.text
    dash = "—" if ctx.house_style.get("dash", "em") == "em" else "–"
    for p in doc.paragraphs:
        if _STOP_DASH_RE.search(text, p.start + 1, min(p.end, p.start + _REACH)) is None:
            continue
        m = _DATELINE_RE.match(text, p.start, p.end)
        if not m:
            continue
        s, e = m.span(1)
        # Require the dash to close the dateline: followed by space then a capital/quote.
        after = text[e:m.end()]
        nxt = text[m.end():m.end() + 1]
        if not after or not (nxt.isupper() or nxt in "“\"‘'¿¡"):
            continue
        yield Hit(s, m.end(), f"Spanish dateline dash `{text[s:e]}`: English wire copy uses `{dash}`.",
                  suggestions=(f" {dash} ",), fix=f" {dash} ", source_lang="es")
