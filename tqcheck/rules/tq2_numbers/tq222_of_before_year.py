"""TQ222 of-before-year: `of` between a full date and its year (`February 4 of 2022`,
`4 February of 2022`): the Spanish `4 de febrero de 2022`.

Examples: cases/TQ222.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, MONTHS, scan

_RE = lazy(
    rf"\b(?:(?P<m1>{MONTHS})[ \u00a0]+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})[ \u00a0]+(?P<m2>{MONTHS}))"
    r"[ \u00a0]+of[ \u00a0]+(?P<year>(?:1[89]|20)\d\d)(?!\d)"
)

_NEED = lazy(r"of[ \u00a0]+(?:1[89]|20)\d\d")   # in every match of _RE


@rule(
    "TQ222", name="of-before-year", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="`of` between a date and its year (`February 4 of 2022`): English writes `February 4, 2022`.",
    explanation="""Spanish and Portuguese join the year to the date with `de` (`4 de febrero
    de 2022`), and machine translation keeps it as `of`: `February 4 of 2022`. English
    writes `February 4, 2022` (or `4 February 2022`). A month without a day (`in March of
    2022`) is American English and stays quiet.""",
    fixable=True,
    sources=("AP Stylebook: dates", "MQM core typology: Locale convention > Date format"),
)
def of_before_year(doc, ctx):
    if " of " not in doc.text:
        return
    for m in scan(_RE, doc, need=_NEED):
        if m.group("m1"):
            out = f"{m.group('m1')} {m.group('d1')}, {m.group('year')}"
        else:
            out = f"{m.group('d2')} {m.group('m2')} {m.group('year')}"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: English joins the year to a date without `of`"
                  f" (Spanish `de 2022`); write `{out}`.", suggestions=(out,), fix=out)
