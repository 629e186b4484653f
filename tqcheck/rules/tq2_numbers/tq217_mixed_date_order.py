"""TQ217 mixed-date-order: One story writes dates both ways (`March 14` and `28 March`).

Examples: cases/TQ217.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import lazy, MONTHS, scan

_DMY_RE = lazy(rf"(?P<d>\d(?<![\w.,/-]\d)\d?)[ \u00a0]+(?P<m>{MONTHS})\b(?P<y>,?[ \u00a0]+(?:1[89]|20)\d\d\b)?")
_MDY_RE = lazy(rf"\b(?P<m>{MONTHS})[ \u00a0]+(?P<d>\d{{1,2}})(?![\d:.,]\d|[\w-])")
_DMY_NEED = lazy(rf"\d[ \u00a0]+(?:{MONTHS})")   # in every match of _DMY_RE
_MDY_NEED = lazy(rf"(?:{MONTHS})[ \u00a0]+\d")   # in every match of _MDY_RE
_CLEAN_END = lazy(r"\s*(?:[.;:!?)]|,\s|$)")


@rule(
    "TQ217", name="mixed-date-order", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Dates written both ways in one story (`March 14` and `28 March`): keep the house order.",
    explanation="""Source dates are day first (`el 28 de marzo`), and machine translation
    renders some as `28 March` and others as `March 14` in the same story. News copy writes
    every date in one order: month first in US style (`March 28`, the default), day first in
    British style (`date_order = "dmy"`). A story that uses one order throughout stays quiet;
    in a mixed story the dates in the minority order are reported and rewritten (on a tie,
    those that break the house order).""",
    fixable=True,
    sources=("AP Stylebook: dates", "MQM core typology: Locale convention > Date format"),
)
def mixed_date_order(doc, ctx):
    text = doc.text
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    months = N.english_months()
    dmy = [m for m in scan(_DMY_RE, doc, need=_DMY_NEED) if N.valid_date(int(m.group("d")), months[m.group("m").lower()])]
    if not dmy:
        return
    mdy = [m for m in scan(_MDY_RE, doc, need=_MDY_NEED) if N.valid_date(int(m.group("d")), months[m.group("m").lower()])]
    if not mdy:
        return
    # The story's own majority wins (a British story quoting `July 4` once); a tie goes to
    # the house order.
    if len(dmy) != len(mdy):
        order = "mdy" if len(mdy) > len(dmy) else "dmy"
    wrong, right = (dmy, mdy) if order == "mdy" else (mdy, dmy)
    example = right[0].group().strip()
    for m in wrong:
        day, month = int(m.group("d")), months[m.group("m").lower()]
        year_text = m.groupdict().get("y")
        year = int(year_text.strip(", \u00a0")) if year_text else None
        out = N.english_date(day, month, year, order)
        span = m.group()
        fix = out if year is None or _CLEAN_END.match(text, m.end()) else None
        yield Hit(m.start(), m.end(), f"`{span}` is written in the other date order from `{example}` in the "
                  f"same story; write `{out}`.", suggestions=(out,), fix=fix)
