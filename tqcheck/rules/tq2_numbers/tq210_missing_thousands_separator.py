"""TQ210 missing-thousands-separator: Amount of four or more digits without a thousands separator (`4300 euros`, `15000 people`).

Examples: cases/TQ210.toml."""
from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import SIGN
from .helpers import CITATION_BEFORE, COUNT_NOUNS, lazy, scan

_BARE_RE = lazy(
    rf"(?<![\w.,/\-:#])(?P<pre>{SIGN})?(?P<num>\d{{4,}})(?![\d.,]\d|[\w%/\-])"
    r"(?:\s+(?P<word>[^\W\d_]+))?"
)
_BARE_CURRENCY_WORDS = frozenset("""dollars euros pesos reais soles pounds yuan yen rupees roubles rubles francs
    rmb won rand lira dirhams""".split())


@rule(
    "TQ210", name="missing-thousands-separator", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Amount of four or more digits without a thousands separator (`4300 euros`, `15000 people`).",
    explanation="""Spanish, Portuguese and French leave four-digit numbers ungrouped (`4300
    personas`), and a dropped dot turns `15.000` into `15000`; English news groups every
    number from 1,000 up with a comma (`4,300 euros`, `15,000 people`). Only amounts of money
    and counts of people or things are reported, so years, codes, flight and phone numbers,
    `Resolution 2231` and street numbers stay quiet.""",
    fixable=True,
    sources=(
        "AP Stylebook: numerals (commas from 1,000)",
        "MQM core typology: Locale convention > Number format",
    ),
)
def missing_thousands_separator(doc, ctx):
    text = doc.text
    for m in scan(_BARE_RE, doc):
        pre, num, word = m.group("pre"), m.group("num"), (m.group("word") or "")
        w = word.lower()
        if not pre and not (w in _BARE_CURRENCY_WORDS or w in COUNT_NOUNS or w in N.iso_currency_codes()
                            and word.isupper()):
            continue
        if num.startswith("0") or len(num) > 12:
            continue
        if pre and re.search(r"\d[ \u00a0]?$", text[max(0, m.start() - 2):m.start()]):
            continue                                     # `150 € 2022`: the sign closes the amount before
        if not pre and len(num) == 4 and 1800 <= int(num) <= 2100:
            continue                                     # `2022 people` may be a year
        if CITATION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        value = N.english(Decimal(num))
        out = (pre or "") + value
        span_end = m.end("num")
        yield Hit(m.start(), span_end,
                  f"`{text[m.start():span_end]}` has no thousands separator; English writes `{out}`.",
                  suggestions=(out,), fix=out)
