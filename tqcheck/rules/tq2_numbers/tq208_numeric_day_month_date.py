"""TQ208 numeric-day-month-date: Numeric date written day first (`04/02/2022`): ambiguous to English readers.

Examples: cases/TQ208.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import lazy, scan

_NUMERIC_DATE_RE = lazy(
    r"(?P<a>\d(?<![\w./\-:]\d)\d?)(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/\-:]|[./\-]\d)"
)

_NEED = lazy(r"\d[/.\-]\d{1,2}[/.\-](?:19|20)\d\d")   # in every match of _NUMERIC_DATE_RE


@rule(
    "TQ208", name="numeric-day-month-date", category=Category.NUMBER_FORMAT, severity=Severity.INFO,
    summary="Numeric date written day first (`04/02/2022`): ambiguous to English readers.",
    explanation="""Most source languages write dates day first (`04/02/2022` is 4 February);
    American readers take the first number as the month (April 2). When both readings are
    possible the date is reported as ambiguous; write the month as a word. Dates that can only
    be month-first (`12/25/2022`) or ISO dates (`2022-02-04`) are quiet.""",
    sources=("MQM core typology: Locale convention > Date format", "ISO 8601 (unambiguous numeric dates)"),
)
def numeric_day_month_date(doc, ctx):
    text = doc.text
    if not any(s in text for s in "/.-"):
        return
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    for m in scan(_NUMERIC_DATE_RE, doc, need=_NEED):
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if m.group("sep") == "." and re.search(r"(?i:version|v)\s*$", text[max(0, m.start() - 9):m.start()]):
            continue
        dm = N.valid_date(a, b, y)      # day-month reading
        md = N.valid_date(b, a, y)      # month-day reading
        if not dm or a == b:
            continue
        source = N.english_date(a, b, y, order)
        if md:
            us = N.english_date(b, a, y, order)
            msg = (f"`{m.group()}` is ambiguous: day first (the source convention) it is {source}, "
                   f"month first (US) it is {us}. Write the month as a word.")
            yield Hit(m.start(), m.end(), msg, suggestions=(source,))
        else:
            yield Hit(m.start(), m.end(),
                      f"`{m.group()}` is written day first ({source}); English readers expect the "
                      f"month as a word. Write `{source}`.", suggestions=(source,))
