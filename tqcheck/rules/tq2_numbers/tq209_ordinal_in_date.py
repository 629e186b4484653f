"""TQ209 ordinal-in-date: Ordinal suffix in a date (`February 11th`, `12th March`): news style writes `February 11`.

Examples: cases/TQ209.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import lazy, MONTHS, scan

_ORDINAL_DATE_RE = lazy(
    rf"\b(?:(?P<m1>{MONTHS})\s+(?P<d1>\d{{1,2}})(?P<s1>st|nd|rd|th)"
    rf"|(?P<d2>\d{{1,2}})(?P<s2>st|nd|rd|th)\s+(?P<m2>{MONTHS}))\b"
)

_NEED = lazy(r"\d(?:st|nd|rd|th)")   # in every match of _ORDINAL_DATE_RE


@rule(
    "TQ209", name="ordinal-in-date", category=Category.NUMBER_FORMAT, severity=Severity.INFO,
    summary="Ordinal suffix in a date (`February 11th`, `12th March`): news style writes `February 11`.",
    explanation="""AP, Reuters and most house styles write dates with cardinal numbers
    (`February 11`, `11 February`); machine translation often adds `th` to the day. Spoken
    forms such as `the 12th of March` are left alone.""",
    fixable=True,
    sources=(
        "AP Stylebook: dates (no st, nd, rd, th)",
        "MQM core typology: Locale convention > Date format",
    ),
)
def ordinal_in_date(doc, ctx):
    text = doc.text
    for m in scan(_ORDINAL_DATE_RE, doc, need=_NEED):
        if re.search(r"(?i:\bnext)\s+$", text[max(0, m.start() - 6):m.start()]):
            continue                                          # TQ206 rewrites `next 12th March`
        day = int(m.group("d1") or m.group("d2"))
        month = N.english_months()[(m.group("m1") or m.group("m2")).lower()]
        suffix = m.group("s1") or m.group("s2")
        if not N.valid_date(day, month) or N.english_ordinal(day) != f"{day}{suffix}":
            continue
        out = f"{m.group('m1')} {day}" if m.group("m1") else f"{day} {m.group('m2')}"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: dates take a plain number in news style; write `{out}`.",
                  suggestions=(out,), fix=out)
