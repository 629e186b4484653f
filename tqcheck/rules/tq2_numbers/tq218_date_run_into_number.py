"""TQ218 date-run-into-number: A clause that opens with a bare date followed by a number
(`March 3, 12,000 people...`): the number reads as the year.

Examples: cases/TQ218.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import lazy, MONTHS, scan

# At the start of a paragraph or sentence, or after a colon, semicolon or dash.
_RE = lazy(
    rf"(?:(?<=^)|(?<=\n)|(?<=[.!?:;—–] ))(?P<date>(?P<m>{MONTHS})[ \u00a0]+(?P<d>\d{{1,2}})),[ \u00a0]+"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)",
    re.M,
)

_NEED = lazy(rf"(?:{MONTHS})[ \u00a0]+\d{{1,2}},[ \u00a0]+\d")   # in every match of _RE


@rule(
    "TQ218", name="date-run-into-number", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Clause opening with a bare date and then a number (`March 3, 12,000 people`): add `On`.",
    explanation="""Spanish and French open a sentence with a date (`El 3 de marzo, 12.000
    personas...`); machine translation drops the preposition and writes `March 3, 12,000
    people...`, where the number reads as the date's year. English writes `On March 3,
    12,000 people...`. Only a date that opens a sentence or follows a colon is reported, and
    only when the number after it is not itself a year.""",
    sources=("AP Stylebook: dates", "MQM core typology: Locale convention > Date format"),
)
def date_run_into_number(doc, ctx):
    months = N.english_months()
    for m in scan(_RE, doc, need=_NEED):
        num = m.group("num")
        if len(num) == 4 and 1800 <= int(num) <= 2100:
            continue                                       # `March 3, 2022`: a full date
        if not N.valid_date(int(m.group("d")), months[m.group("m").lower()]):
            continue
        out = f"On {m.group('date')}"
        yield Hit(m.start(), m.end("num"), f"`{m.group()}`: after a bare date the number reads as its "
                  f"year; write `{out}, {num}`.", suggestions=(f"{out}, {num}",))
