"""TQ611 markup-residue: Residue of the source page's markup in the text (`League*`, `19459003`).

Examples: cases/TQ611.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

_RESIDUE_RE = re.compile(
    r"\b194590\d\d\b"                                   # placeholders a page translator puts for tags
    r"|(?<=[^\W\d_][^\W\d_])[ \t]?\*(?=[ \t]+[^\W\d_*]|[ \t]*[-–—.,;:])"  # League* (a partner-link marker)
)


@rule(
    "TQ611", name="markup-residue", category=Category.STRUCTURE, severity=Severity.INFO,
    summary="Residue of the source page's markup in the text (`League*`, `19459003`).",
    explanation="""Web-page translators replace the page's tags with numbered placeholders
    (`19459001`, `19459003`...) and sometimes print them; some publishers mark partner
    links with an asterisk after the linked word (`the League* no longer`). Neither means
    anything to a reader. A placeholder number (eight digits starting 194590, the range these
    translators use) is certain and reported as a warning; an asterisk after a word may be a
    footnote mark, so it is reported at info severity for a reader to judge, unless two or
    more words carry one (the page's links, not a footnote): then a warning.""",
    sources=("MQM: Design and markup > Markup",),
)
def markup_residue(doc, ctx):
    text = doc.text
    if "*" not in text and "194590" not in text:
        return
    # A match starts at `194590` or at the asterisk (or the space or tab before it).
    first = max(0, min(i for i in (text.find("194590"), text.find("*")) if i >= 0) - 1)
    found = [m.span() for m in _RESIDUE_RE.finditer(text, first)]
    # Two or more words marked so: the page's partner links, not one footnote.
    links = sum(1 for s, _ in found if not text[s].isdigit()) >= 2
    for s, e in found:
        what = "a page translator's placeholder number" if text[s].isdigit() else "an asterisk marking a link"
        yield Hit(s, e, f"Markup residue: {what}.", suggestions=("(remove)",),
                  severity=Severity.WARNING if text[s].isdigit() or links else None)
