"""TQ104 mixed-quotes: Straight and curly double quotation marks mixed in one story.

Examples: cases/TQ104.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .quote_pass import paired_edits


@rule(
    "TQ104", name="mixed-quotes", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Straight and curly double quotation marks mixed in one story.",
    explanation="""Copy assembled from several sources mixes `"` and `“ ”`. The marks that
    are not in the house style (curly by default) are flagged and converted.""",
    fixable=True,
    sources=('MQM: Fluency > Inconsistency',),
)
def mixed_quotes(doc, ctx):
    for e in paired_edits(doc, ctx):
        # a mark with a direction or spacing problem is reported (and fixed) by TQ101/TQ103
        if e.off_house and not e.problems and not e.mark.wrong_direction:
            yield Hit(e.start, e.end, "Straight and curly quotation marks mixed in one story.",
                      suggestions=e.suggestions, fix=e.fix)
