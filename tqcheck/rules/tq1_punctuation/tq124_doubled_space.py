"""TQ124 doubled-space: Two or three spaces between words (`vote  that`).

Examples: cases/TQ124.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import matches

_SENT_FINAL = set(".!?:;")
_BULLET_RE = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)]|[a-z][.)])$")


@rule(
    "TQ124", name="doubled-space", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Two or three spaces between words (`vote  that`).",
    explanation="""Deleted words and segment joins leave doubled spaces inside a sentence.
    Two spaces after a full stop (an old typing convention) and wide alignment gaps are
    not flagged.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): one space between words and sentences',),
)
def doubled_space(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "dbl"):
        s, e = m.span()
        k = s - 1
        while k > 0 and text[k] in "”\"’')]":
            k -= 1
        if text[k] in _SENT_FINAL:
            continue  # two spaces after a full stop: an old typing convention, not an artefact
        if _aligned(text, s):
            continue
        yield Hit(s, e, "Doubled space between words.", suggestions=(show_fix(text, s, e, " "),), fix=" ")


def _aligned(text: str, s: int) -> bool:
    """Spaces that align text: after a list bullet at the start of the line, or in a line
    that (or whose neighbour) has a wide gap, a tab or box-drawing characters (a table)."""
    lo = max(0, s - 200)
    a = text.rfind("\n", lo, s) + 1 or lo
    if _BULLET_RE.match(text, a, s):
        return True
    # this line and its neighbours (a table's rows), within 200 characters either side
    a = text.rfind("\n", lo, max(lo, a - 1)) + 1 or lo
    hi = min(len(text), s + 200)
    b = text.find("\n", s, hi)
    b = text.find("\n", b + 1, hi) if b >= 0 else -1
    lines = text[a:hi] if b < 0 else text[a:b]
    return "    " in lines or "\t" in lines or any(ch in lines for ch in "│|┃")
