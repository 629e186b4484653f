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
# In every match the rule reports: a sign before the digits, five digits or more, or four
# that cannot be an ASCII-written year from 1800 to 2100 (a year without a sign is always
# skipped; `\d` is any decimal digit, as in _BARE_RE: `３４５６` is an amount too).
_BARE_NEED = lazy(r"[$€£¥][ \u00a0]?\d{4}|\d{5}|(?!(?:1[89]\d\d|20\d\d|2100)(?!\d))\d{4}")
_BARE_CURRENCY_WORDS = frozenset("""dollars euros pesos reais soles pounds yuan yen rupees roubles rubles francs
    rmb won rand lira dirhams""".split())


# Words ending in -s that are not plural nouns, and plurals that follow codes, not counts.
_NOT_PLURAL = frozenset("""always perhaps towards afterwards whereas unless besides across plus minus versus thus
    this does was has his hers its yours ours theirs hours hrs series species news means whereabouts
    kilos pesos""".split())


_NAME_BEFORE = lazy(r"(?:\b[A-Z][A-Z\d-]+|(?<![.!?\n]\s)(?<!^)\b[A-Z][\w-]*)[ \u00a0]$")


def _plural_noun(word: str) -> bool:
    """A lower-case word that reads as a plural noun (`actions`, `participants`)."""
    return (len(word) >= 4 and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NOT_PLURAL)


@rule(
    "TQ210", name="missing-thousands-separator", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Amount of four or more digits without a thousands separator (`4300 euros`, `15000 people`).",
    explanation="""Spanish, Portuguese and French leave four-digit numbers ungrouped (`4300
    personas`), and a dropped dot turns `15.000` into `15000`; English news groups every
    number from 1,000 up with a comma (`4,300 euros`, `15,000 people`). Only amounts of money
    and counts (a number before a plural noun) are reported, so years, codes, flight and phone
    numbers, `Resolution 2231`, street numbers and `1300 hours` stay quiet; a four-digit number
    from 1000 to 2100 before a noun not known as a count may be a year and stays quiet.""",
    fixable=True,
    sources=(
        "AP Stylebook: numerals (commas from 1,000)",
        "MQM core typology: Locale convention > Number format",
    ),
)
def missing_thousands_separator(doc, ctx):
    text = doc.text
    for m in scan(_BARE_RE, doc, need=_BARE_NEED):
        pre, num, word = m.group("pre"), m.group("num"), (m.group("word") or "")
        w = word.lower()
        listed = w in _BARE_CURRENCY_WORDS or w in COUNT_NOUNS or w in N.iso_currency_codes() and word.isupper()
        if not pre and not listed:
            if not _plural_noun(word) or len(num) == 4 and 1000 <= int(num) <= 2100:
                continue                                 # `in 1500 sailors...`: maybe a year
            if _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue                                 # `the RTX 4090 cards`: a model number
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
