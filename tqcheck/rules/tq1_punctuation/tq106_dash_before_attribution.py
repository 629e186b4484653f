"""TQ106 dash-before-attribution: Dash between a quotation and its attribution (`terms,” – the spokesman said`).

Examples: cases/TQ106.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .quote_pass import attribution_follows, quote_pass

_RU_DASH_RE = re.compile(r"(,?)[ \t]*(?:—|–|―|--?)[ \t]+")


@rule(
    "TQ106", name="dash-before-attribution", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Dash between a quotation and its attribution (`terms,” – the spokesman said`).",
    explanation="""Russian punctuation puts a dash between a quotation and the words that
    attribute it (`«…», — сказал он`). English ends the quotation with a comma inside the
    marks and no dash: `“We agree,” the spokesman said.`""",
    fixable=True,
    sources=("Rosenthal, Russian punctuation: dash after direct speech before the author's words", 'AP Stylebook, `quotation marks`'),
)
def dash_before_attribution(doc, ctx):
    qp = quote_pass(doc, ctx)
    text = qp.text
    for m in qp.marks:
        if m.role != "close":
            continue
        i = m.pos
        d = _RU_DASH_RE.match(text, i + 1, m.para_end)
        if not d or not attribution_follows(text, d.end(), m.para_end):
            continue
        lead = text[i - 1] if i > m.para_start else ""
        fix = None
        if lead in ",?!" and not d.group(1):
            s, rep = i + 1, " "
            fix = rep
        elif lead.isalnum():
            s, rep = i, "," + m.char + " "
            fix = rep
        else:
            s, rep = i + 1, " "
        yield Hit(s, d.end(), "Dash between a quotation and its attribution (Russian style); English "
                              "ends the quotation with a comma inside the marks.",
                  suggestions=(show_fix(text, s, d.end(), rep),), fix=fix, source_lang="ru")
