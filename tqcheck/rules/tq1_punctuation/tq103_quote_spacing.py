"""TQ103 quote-spacing: Space on the wrong side of a quotation mark, or a mark glued to the next word.

Examples: cases/TQ103.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .quote_pass import paired_edits


@rule(
    "TQ103", name="quote-spacing", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Space on the wrong side of a quotation mark, or a mark glued to the next word.",
    explanation="""`the plan, ”she said` and `decline ”.` put the space inside the quotation;
    `said,“We` glues the opening mark to the previous word. The fix moves the space.""",
    fixable=True,
    sources=('AP Stylebook, `quotation marks`', 'MQM: Fluency > Punctuation'),
)
def quote_spacing(doc, ctx):
    for e in paired_edits(doc, ctx):
        if e.problems and not e.mark.wrong_direction:  # a mark turned round is TQ101's
            yield Hit(e.start, e.end, f"Quotation mark `{e.mark.char}` with {' and '.join(e.problems)}.",
                      suggestions=e.suggestions, fix=e.fix)
