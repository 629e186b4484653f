"""TQ121 space-before-punctuation: A space before a comma or full stop (`farmers , which`, `session .`).

Examples: cases/TQ121.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import matches
from .spacing import glued_sentence, misplaced_space_mark


@rule(
    "TQ121", name="space-before-punctuation", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="A space before a comma or full stop (`farmers , which`, `session .`).",
    explanation="""Detokenised MT output and copy-paste leave a space before `,` and `.`.
    A full stop glued to the next sentence instead (`the city .For the voters`) is moved
    and spaced. Ellipses (`wait ...`), decimals (`.5`) and domain names (`.com`) are not
    flagged.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): no space before a comma or a period', 'MQM: Fluency > Punctuation'),
)
def space_before_punctuation(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "sp"):
        mark = misplaced_space_mark(text, m)
        if mark in (",", "."):
            s, e = m.span()
            rep = mark + " " if glued_sentence(text, e) else mark   # `City .For` -> `City. For`
            yield Hit(s, e, f"Space before `{mark}`.", suggestions=(show_fix(text, s, e, rep),), fix=rep)
