"""TQ206 source-date-order: Date in source-language form: `next 12th March`, `the 12 of March`, `april 2`.

Examples: cases/TQ206.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import ANY_MONTH, lazy, MONTHS, scan

_DATE_WORDS_RE = lazy(
    rf"\b(?:(?P<next>(?:[Tt]he\s+)?[Nn]ext)\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.?[ºª])?\s+(?:of\s+)?(?P<m1>{ANY_MONTH})"
    rf"|(?P<m2>{ANY_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"|(?P<the>[Tt]he\s+)?(?P<d3>\d{{1,2}})(?:\.?[ºª]|er|ro)?\s+of\s+(?P<m3>{ANY_MONTH}))"
    rf"(?:(?:,?\s+of)?,?\s+(?P<year>(?:1[89]|20)\d\d))?(?![\w'’-])"
)
_LOWER_MONTH_RE = lazy(
    r"\b(?P<pre>(?:on|of|in|since|until|till|from|by|before|after|to|between|and|early|late|mid-?)\s+)?"
    rf"(?P<month>{MONTHS.lower()})"
    r"(?=\s+\d{1,4}\b)"
    rf"|(?<=\d\s)(?P<month2>{MONTHS.lower()})\b"
)
# What every match of the two patterns above contains (for ``scan``'s ``need``).
_DATE_WORDS_NEED = lazy(r"[Nn]ext\s|\d(?:\.?[ºª]|er|ro)?\s+of\s")
_LOWER_MONTH_NEED = lazy(rf"(?:{MONTHS.lower()})\s+\d|\d\s(?:{MONTHS.lower()})")


@rule(
    "TQ206", name="source-date-order", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Date in source-language form: `next 12th March`, `the 12 of March`, `april 2`.",
    explanation="""Spanish `el próximo 12 de marzo` becomes `next 12th March` or `the 12 of
    March`; English news writes `March 12` (or `12 March` in British house style) without
    `next` or `of`. Romance languages and Russian write month names in lower case; English
    capitalises them (`April 2`). `May` and `March` in lower case are only reported next to a
    day or year after a preposition, because they are also ordinary words.""",
    fixable=True,
    sources=("AP Stylebook: dates; months", "MQM core typology: Locale convention > Date format"),
)
def source_date_order(doc, ctx):
    text = doc.text
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    dated: list[tuple[int, int]] = []
    for m in scan(_DATE_WORDS_RE, doc, need=_DATE_WORDS_NEED):
        day = int(m.group("d1") or m.group("d2") or m.group("d3"))
        month_name = m.group("m1") or m.group("m2") or m.group("m3")
        month = N.english_months()[month_name.lower()]
        year = int(m.group("year")) if m.group("year") else None
        if not N.valid_date(day, month, year):
            continue
        if month_name in ("may", "march") and not re.match(r"\s*(?:[.,;:)]|$)", text[m.end():m.end() + 2]) \
                and not year:
            continue                                         # `3 of may choose`, `2 of march on`
        out = N.english_date(day, month, year, order)
        dated.append((m.start(), m.end()))
        span = m.group()
        if m.group("next"):
            why = "`next` before a date is Spanish `el próximo`; English gives the date alone"
        else:
            why = "day `of` month is the Spanish order (`el 12 de marzo`); English writes the month and day"
        yield Hit(m.start(), m.end(), f"`{span}`: {why}; write `{out}`.", suggestions=(out,), fix=out)
    for m in scan(_LOWER_MONTH_RE, doc, need=_LOWER_MONTH_NEED):
        name = m.group("month") or m.group("month2")
        s, e = (m.span("month") if m.group("month") else m.span("month2"))
        if any(a <= s < b for a, b in dated):
            continue                                         # rewritten whole above
        after_day = re.search(r"\d\s$", text[max(0, s - 2):s]) is not None
        if m.group("month2") is None and not after_day:
            nxt = re.match(r"\s+(\d{1,4})\b", text[e:e + 6])
            if not nxt or not (1 <= int(nxt.group(1)) <= 31 or 1800 <= int(nxt.group(1)) <= 2100):
                continue
            if name in ("may", "march") and not m.group("pre"):
                continue                                     # `prices may 2x`, `march 10 miles`
        elif name in ("may", "march") and not re.match(r"\s+(?:1[89]|20)\d\d\b|\s*(?:[.,;:)]|$)", text[e:e + 6]):
            continue                                         # `Phase 2 may begin`
        cap = name.capitalize()
        yield Hit(s, e, f"Month name `{name}` in lower case (source-language style); English writes `{cap}`.",
                  suggestions=(cap,), fix=cap)
