"""TQ125 space-inside-brackets: A space after an opening bracket or before a closing one (`( the`, `SCO )`).

Examples: cases/TQ125.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import matches


@rule(
    "TQ125", name="space-inside-brackets", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="A space after an opening bracket or before a closing one (`( the`, `SCO )`).",
    explanation="""English closes brackets up against their contents.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): parentheses closed up to their content',),
)
def space_inside_brackets(doc, ctx):
    text = doc.text
    for g, m in matches(doc, "bro", "brc"):
        s, e = m.span()
        if g == "bro":
            yield Hit(s, e, "Space after an opening bracket.",
                      suggestions=(show_fix(text, s, e, text[s]),), fix=text[s])
        else:
            yield Hit(s, e, "Space before a closing bracket.",
                      suggestions=(show_fix(text, s, e, text[e - 1]),), fix=text[e - 1])
