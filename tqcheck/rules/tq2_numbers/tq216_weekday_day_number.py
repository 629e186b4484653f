"""TQ216 weekday-day-number: A weekday with a bare day number (`on Wednesday (27)`,
`this Saturday, 29th`): the Portuguese and Spanish way of dating news, without the month.

Examples: cases/TQ216.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, MONTHS, scan

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PARENS_RE = lazy(
    rf"\b(?P<wd>{_WEEKDAYS})(?:[ \u00a0]+(?:night|morning|afternoon|evening))?[ \u00a0]*"
    r"\((?P<d>\d{1,2})\)"
)
_ORDINAL_RE = lazy(
    rf"\b(?P<wd>{_WEEKDAYS}),[ \u00a0]+(?:the[ \u00a0]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?![ \u00a0]+(?:of[ \u00a0]+)?(?i:{MONTHS}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))"
)

# What every match of the two patterns above contains (every weekday ends in `day`).
_PARENS_NEED = lazy(r"day(?:[ \u00a0]+(?:night|morning|afternoon|evening))?[ \u00a0]*\(\d")
_ORDINAL_NEED = lazy(r"day,[ \u00a0]+(?:the[ \u00a0]+)?\d{1,2}(?:st|nd|rd|th)")


@rule(
    "TQ216", name="weekday-day-number", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Weekday with a bare day number (`on Wednesday (27)`, `this Saturday, 29th`): English gives the month.",
    explanation="""Brazilian and Spanish-language news date events as `nesta quarta-feira (27)`
    or `este sábado, 29`; translated, that gives `on Wednesday (27)` or `this Saturday, 29th`,
    which English readers cannot place. English news writes the weekday alone for the current
    week, or the date with its month: `on Wednesday, Aug. 27`. The day in parentheses is
    reported as a warning; a comma and an ordinal without a month, which British English
    sometimes writes, at info level. No fix: the month is not in the text.""",
    sources=("AP Stylebook: dates; days of the week", "MQM core typology: Locale convention > Date format"),
)
def weekday_day_number(doc, ctx):
    text = doc.text
    if "day" not in text:
        return
    for m in (scan(_PARENS_RE, doc, need=_PARENS_NEED) if "(" in text else ()):
        if 1 <= int(m.group("d")) <= 31:
            yield Hit(m.start(), m.end(), f"`{m.group()}`: a day number in parentheses after the weekday is "
                      f"the Portuguese/Spanish news style; English writes the month too "
                      f"(`{m.group('wd')}, <month> {int(m.group('d'))}`) or the weekday alone.")
    for m in (scan(_ORDINAL_RE, doc, need=_ORDINAL_NEED) if "day, " in text else ()):
        if 1 <= int(m.group("d")) <= 31:
            yield Hit(m.start(), m.end(), f"`{m.group()}`: a weekday with a day but no month (source-language "
                      f"style); English writes `{m.group('wd')}, <month> {int(m.group('d'))}`.",
                      severity=Severity.INFO)
