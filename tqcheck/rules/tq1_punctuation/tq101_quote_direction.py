"""TQ101 quote-direction: Opening quotation mark used to close a quotation, or closing mark used to open one.

Examples: cases/TQ101.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .quote_pass import paired_edits


@rule(
    "TQ101", name="quote-direction", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Opening quotation mark used to close a quotation, or closing mark used to open one.",
    explanation="""MT and copy-paste from sources with other quotation conventions leave
    `security“Xi said` (an opening mark that closes) or `are ” a model` (a closing mark that
    opens). The marks of each paragraph are paired, so the mark's role is known from its
    neighbours; the fix turns it round and puts the space on the right side (and adds the
    comma before an attribution such as `Xi said`).""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): opening and closing quotation marks', 'MQM: Fluency > Punctuation'),
)
def quote_direction(doc, ctx):
    for e in paired_edits(doc, ctx):
        if not e.mark.wrong_direction:
            continue
        what = "closing" if e.mark.role == "open" else "opening"
        used = "open" if e.mark.role == "open" else "close"
        extra = f" ({', '.join(e.problems)})" if e.problems else ""
        article = "An" if what == "opening" else "A"
        yield Hit(e.start, e.end, f"{article} {what} quotation mark `{e.mark.char}` is used to {used} "
                                  f"a quotation{extra}.", suggestions=e.suggestions, fix=e.fix)
