"""TQ221 million-of: `of` between a number word and what it counts (`5 million of dollars`,
`3,000 thousand of people`): the Spanish `millones de`, French `millions de`.

Examples: cases/TQ221.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, scan

# Only before a currency or a count noun: English says `$2 billion of debt`, `5 million of
# its shares`, `2 million of them` (a partitive or a mass noun), never `of dollars`.
_COUNTED = ("dollars|euros|pesos|reais|soles|pounds|yuan|rubles|roubles|francs|bolivars|bolívares|colones|"
            "quetzales|lempiras|guaranis|rupees|yen|people|persons|inhabitants|residents|citizens|tons|tonnes|"
            "litres|liters|barrels|hectares|kilometres|kilometers|users|voters|workers|children|families|"
            "visitors|tourists|doses|vaccines|units|copies|passengers|students|jobs|homes|trees|animals|cases")
_RE = lazy(
    r"(?P<num>\d(?<![\w.,$€£¥]\d)\d*(?:[.,]\d+)?)[ \u00a0]+(?P<word>million|billion|trillion|thousand)"
    rf"(?P<of>[ \u00a0]+of)(?=[ \u00a0]+(?:{_COUNTED})\b)"
)

_NEED = lazy(rf"(?:illion|thousand)[ \u00a0]+of[ \u00a0]+(?:{_COUNTED})")   # in every match of _RE


@rule(
    "TQ221", name="million-of", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="`of` between a number word and what it counts (`5 million of dollars`): English drops it.",
    explanation="""Spanish, Portuguese, French and Italian join a number word to its noun
    with a preposition (`5 millones de dólares`, `2 millions de personnes`); machine
    translation keeps it: `5 million of dollars`, `2 million of people`. After a figure,
    English writes `5 million dollars` (or `$5 million`). Only a currency or a count noun
    after `of` is flagged: a partitive (`5 million of the shares`, `2 million of them`) and
    a mass noun (`$2 billion of debt`) are English.""",
    fixable=True,
    sources=("AP Stylebook: millions, billions", "MQM core typology: Fluency > Grammar"),
)
def million_of(doc, ctx):
    text = doc.text
    if " of " not in text:
        return
    for m in scan(_RE, doc, need=_NEED):
        out = f"{m.group('num')} {m.group('word')}"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: English puts no `of` between a figure and what it "
                  f"counts (Spanish `millones de`); write `{out}`.", suggestions=(out,), fix=out)
