"""TQ221 million-of: `of` between a number word and what it counts (`5 million of dollars`,
`3,000 thousand of people`): the Spanish `millones de`, French `millions de`.

Examples: cases/TQ221.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, scan

# A determiner or pronoun after `of` makes a partitive English uses (`5 million of the
# shares`, `2 million of them`).
_RE = lazy(
    r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)[ \u00a0]+(?P<word>million|billion|trillion|thousand)"
    r"(?P<of>[ \u00a0]+of)(?=[ \u00a0]+(?!(?:the|a|an|its|his|her|their|our|your|my|these|those|this|that|"
    r"them|us|which|whom|whose|all|each|every|what|it)\b)[a-z]+\b)"
)


@rule(
    "TQ221", name="million-of", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="`of` between a number word and what it counts (`5 million of dollars`): English drops it.",
    explanation="""Spanish, Portuguese, French and Italian join a number word to its noun
    with a preposition (`5 millones de dólares`, `2 millions de personnes`); machine
    translation keeps it: `5 million of dollars`, `2 million of people`. After a figure,
    English writes `5 million dollars` (or `$5 million`). A partitive with a determiner or
    pronoun (`5 million of the shares`, `2 million of them`) is English and stays quiet.""",
    fixable=True,
    sources=("AP Stylebook: millions, billions", "MQM core typology: Fluency > Grammar"),
)
def million_of(doc, ctx):
    text = doc.text
    if " of " not in text:
        return
    for m in scan(_RE, doc):
        out = f"{m.group('num')} {m.group('word')}"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: English puts no `of` between a figure and what it "
                  f"counts (Spanish `millones de`); write `{out}`.", suggestions=(out,), fix=out)
