"""TQ215 spaced-decimal-comma: A number split by a comma and a space (`3, 25 percent`,
`5, 500 tons`): a source decimal comma or thousands group broken in translation.

Examples: cases/TQ215.toml."""
from __future__ import annotations

import re
from decimal import Decimal

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import lazy, MONTHS, scan

_SPACED_COMMA_RE = lazy(
    r"(?P<int>\d(?<![\d.,]\d)(?<![\d,] \d)\d{0,2}), (?P<frac>\d{1,3})(?![\d.,]?\d)"
    r"(?P<after>[ \u00a0]?%|[ \u00a0](?:percent|per cent)\b)?"
)
_SPACED_COMMA_NEED = lazy(r"\d, \d")
_LIST_AFTER = lazy(r"\s*(?:,|and|or|&|to|-|–)\s*\d")
_LIST_BEFORE = lazy(rf"(?:\d\s*(?:,|and|or|&)|(?i:\b(?:{MONTHS}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|nos?\.|numbers?|pages?|pp?\.|articles?|points?|"
                    r"chapters?|sections?|rooms?|lanes?|grades?|items?|levels?|phases?|steps?|games?)))\s*$")

# Words that introduce a value (`inflation was 3, 25 percent`); after other words the comma
# may end a clause (`among those over 65, 40 percent live alone`).
# A verb after the second number: a clause after a comma (`older than 65, 300 were`).
_CLAUSE_AFTER = lazy(r"[ \u00a0]+(?:were|was|are|is|have|had|has|will|would|could|died|said|remain|"
                     r"remained|live|lived|received|got|went|left|voted)\b")
_VALUE_BEFORE = lazy(r"(?i:\b(?:is|was|were|are|be|been|of|to|by|at|reached|rose|fell|grew|dropped|increased|"
                     r"decreased|declined|about|around|nearly|almost|some|only|just|than|stood|hit|"
                     r"represents?|represented|with|a|an|the))\s+$")


@rule(
    "TQ215", name="spaced-decimal-comma", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="A number split by a comma and a space (`3, 25 percent`, `5, 500 tons`).",
    explanation="""A decimal comma (`3,25 %`) or a space-grouped thousand (`5 500`) sometimes
    comes out of machine translation as a comma and a space: `3, 25 percent`, `5, 500 tons`,
    which reads as a list of two numbers. Before `percent` or `%` one or two digits after the
    comma are decimals (`3.25 percent`); three digits elsewhere are most likely a thousands
    group (`5,500`): a warning after a word that introduces an amount (`more than 5, 500
    tons`), else at info level with a suggestion, since a list stays possible.
    The decimal reading is only taken after a word that introduces a value (`was`, `to`,
    `reached`...): `among those over 65, 40 percent` is a clause and a number.""",
    fixable=True,
    sources=("Unicode CLDR number symbols (decimal comma)", "MQM core typology: Locale convention > Number format"),
)
def spaced_decimal_comma(doc, ctx):
    text = doc.text
    if ", " not in text:
        return
    for m in scan(_SPACED_COMMA_RE, doc, need=_SPACED_COMMA_NEED):
        whole, frac, after = m.group("int"), m.group("frac"), m.group("after")
        if _LIST_AFTER.match(text, m.end()) or _LIST_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue                                        # `1, 25 and 50 percent`, `pages 3, 125`
        span = text[m.start():m.end("frac")]
        if after and len(frac) <= 2:
            out = N.english(Decimal(f"{whole}.{frac}"))
            msg = f"`{span}` is a decimal comma split by a space (source `{whole},{frac}`); English writes `{out}`."
            if _VALUE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
                yield Hit(m.start(), m.end("frac"), msg, suggestions=(out,), fix=out)
        elif not after and len(frac) == 3 and re.match(r"[ \u00a0]+[a-z]", text[m.end():m.end() + 3]):
            out = N.english(Decimal(whole + frac))
            yield Hit(m.start(), m.end("frac"), f"`{span}` reads as two numbers; if it is one amount "
                      f"(source `{whole} {frac}` or `{whole}.{frac}`), English writes `{out}`.",
                      suggestions=(out,),
                      # after a word that introduces an amount (`more than 5, 500 tons`) one
                      # number is read; elsewhere a list stays possible.
                      severity=None if (_VALUE_BEFORE.search(text, max(0, m.start() - 14), m.start())
                                        and not _CLAUSE_AFTER.match(text, m.end("frac")))
                      else Severity.INFO)
