"""TQ203 source-decimal-separator: Decimal comma (`4,7%`) or dot thousands separator (`1.200 people`): a different English number.

Examples: cases/TQ203.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import CITATION_BEFORE, COUNT_NOUNS, FIRST_DIGIT, lazy, NOT_BEFORE, scan, SPACES

_UNIT_WORDS = r"""percent|per\s+cent|percentage\s+points?|points?|million|billion|trillion|thousand|
    degrees?|times|km|kilometres?|kilometers?|metres?|meters?|miles?|kg|kilos?|kilograms?|tons?|tonnes?|
    litres?|liters?|hours?|minutes?|seconds?|years?|months?|weeks?|days?|euros?|dollars?|pesos?|reais|
    soles|pounds?|yuan|inches|feet|hectares?|grams?|barrels?|m|cm|mm|l|ml|h|s|°C|°|ºC"""
_DECIMAL_COMMA_RE = lazy(
    rf"{NOT_BEFORE}(?P<pre>(?:S/|[$€£¥])[ \u00a0]?)?(?P<num>\d{{1,3}}(?:\.\d{{3}})+,\d+|\d+,\d{{1,2}})(?![\d,])"
    rf"(?P<after>[{SPACES}]?%|\s+(?i:{''.join(_UNIT_WORDS.split())})\b)?"
)
_DOT_GROUP_RE = lazy(
    rf"(?P<num>{FIRST_DIGIT}\d{{0,2}}(?:\.\d{{3}})+)(?![\d.,]\d|\w)(?P<after>\s+(?P<word>[^\W\d_]+))?"
)
_UNITS = frozenset("""percent per cent points point million billion trillion thousand degrees degree times km
    kilometres kilometers kilometre kilometer metres meters metre meter miles mile kg kilos kilo kilograms
    tons tonnes ton tonne litres liters hours hours minutes seconds years months weeks days inches feet
    hectares grams barrels m cm mm l ml h s mph kph kmh kilowatts megawatts gigawatts mw gw kw a p""".split())
# `$25.000`, `R$1.500.000`: dot groups after a currency sign (a sign is never before a
# three-decimal amount, except exchange rates such as `$1.085`).
_SIGN_DOT_RE = lazy(
    r"(?<![\w.,$€£¥])(?P<pre>(?:US|R|C|A|HK|NZ|S|MX)?\$|[€£¥])(?P<num>\d{1,3}(?:\.\d{3})+)(?![\d.,]\d|\w)"
    r"(?![ \u00a0]+(?:million|billion|trillion)\b)"
)

# `6.732 reais per share`, `5.163 reais to the dollar`: a price per share or an exchange
# rate carries three or four decimals in English copy; a thousands amount does not.
_PER_UNIT_RE = lazy(
    r"[ \t\u00a0]+(?:pesos|euros|dollars|reais|soles|pounds|francs|rupees|yuan|yen)[ \t\u00a0]+"
    r"(?:per|a|an|each|to[ \t]+the|against[ \t]+the)[ \t\u00a0]+(?:[a-z]+[ \t]+(?:and[ \t]+[a-z]+[ \t]+)?){0,2}?"
    r"(?:share|shares|dollar|euro|unit|barrel|ADR)\b"
)

# What every match of the patterns above contains (for ``scan``'s ``need``): a decimal
# comma is `\d,\d` with one or two digits after it, or follows a dot group (`1.200,5`).
_DECIMAL_COMMA_NEED = lazy(r"\d\.\d{3},\d|\d,\d{1,2}(?!\d)")
_DOT_GROUP_NEED = lazy(r"\d\.\d{3}")
_SIGN_DOT_NEED = lazy(r"[$€£¥]\d{1,3}\.\d{3}")


@rule(
    "TQ203", name="source-decimal-separator", category=Category.NUMBER_FORMAT, severity=Severity.ERROR,
    summary="Decimal comma (`4,7%`) or dot thousands separator (`1.200 people`): a different English number.",
    explanation="""Spanish, Portuguese, Italian, German, French and Russian write decimals with
    a comma and (except French and Russian) group thousands with a dot (CLDR). Copied into
    English, `4,7%` does not read as 4.7 and `1.200 people` reads as 1.2 people. A decimal
    comma is reported before a percent sign or a unit; a single dot group only before a word
    that cannot take a decimal (people, jobs, cases...) or when its digits end in `00`;
    a currency word then `per share` or `to the dollar` marks a decimal price
    (`6.732 reais per share`), and the story's other three-decimal amounts in that currency
    with it, unless the digits end in `00`.
    Citations (`Article 2.100`) and versions are left alone. After a currency sign a dot
    group is always thousands (`$25.000` is $25,000), except `$1.xyz`, which may be an
    exchange rate (quiet, or a suggestion at info level when it ends in `00`).""",
    fixable=True,
    sources=(
        "Unicode CLDR number symbols (decimal and group separators of es, fr, pt, it, de, ru)",
        "MQM core typology: Locale convention > Number format",
        "AP Stylebook: decimal units; numerals",
    ),
)
def source_decimal_separator(doc, ctx):
    text = doc.text
    if "," in text:
        for m in scan(_DECIMAL_COMMA_RE, doc, need=_DECIMAL_COMMA_NEED):
            num, after = m.group("num"), m.group("after")
            grouped = "." in num
            if not grouped and not after and not m.group("pre"):
                continue
            if re.match(r",\s?\d", text[m.end("num"):m.end("num") + 3]):
                continue                                   # a list: 1,2,3
            en, src = N.readings(num)
            if src is None:
                continue
            pre = m.group("pre") or ""
            value = N.money(src) if pre else N.english(src)
            if after and after.strip() == "%":
                out, span_end = f"{pre}{value}%", m.end()
            else:
                out, span_end = f"{pre}{value}", m.end("num")
            span = text[m.start():span_end]
            yield Hit(m.start(), span_end,
                      f"`{span}` uses a decimal comma; in English a comma separates thousands, so it "
                      f"does not read as {value}. Write `{out}`.",
                      suggestions=(out,), fix=out)
    if "." in text and any(c in text for c in "$€£¥"):
        yield from _sign_dot_groups(doc)
    if "." in text:
        decimal_currencies: set[str] = set()   # currencies the story prices per share (decimals)
        for m in scan(_DOT_GROUP_RE, doc, need=_DOT_GROUP_NEED):
            if _PER_UNIT_RE.match(text, m.end("num")) and not m.group("num").endswith("00"):
                decimal_currencies.add((m.group("word") or "").lower())
        for m in scan(_DOT_GROUP_RE, doc, need=_DOT_GROUP_NEED):
            num, word = m.group("num"), (m.group("word") or "")
            if num.startswith("0") or CITATION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue
            en, src = N.readings(num)
            if src is None:
                continue
            many = num.count(".") > 1
            w = word.lower()
            if w in {"million", "billion", "trillion"}:
                continue                   # TQ201 reports the amount
            if not many:
                if not word or w in _UNITS:
                    continue
                if not (w in COUNT_NOUNS or num.endswith("00")):
                    continue
                if not num.endswith("00") and w in decimal_currencies:
                    continue               # `6.732 reais per share`, then `3.366 reais`: decimal prices
            value = N.english(src)
            if en is None:
                reading = "is not an English number"
            else:
                reading = f"reads in English as {N.english(en)}"
            yield Hit(m.start(), m.end("num"),
                      f"`{num}` {reading}: the dot separates thousands in the source convention "
                      f"({value}). Write `{value}`.",
                      suggestions=(value,), fix=value)


def _sign_dot_groups(doc):
    for m in scan(_SIGN_DOT_RE, doc, need=_SIGN_DOT_NEED):
        pre, num = m.group("pre"), m.group("num")
        en, src = N.readings(num)
        if src is None:
            continue
        value = f"{pre}{N.english(src)}"
        msg = (f"`{m.group()}`: the dot separates thousands in the source convention ({value}); in "
               f"English it reads as {pre}{N.english(en) if en is not None else num}. Write `{value}`.")
        if num.count(".") == 1 and not num.endswith("000") and num.split(".")[0] in ("0", "1"):
            if num.endswith("00"):                         # `$1.500`: $1,500 or an odd $1.50
                yield Hit(m.start(), m.end(), msg, suggestions=(value,), severity=Severity.INFO)
            continue                                       # `$1.085`: an exchange rate
        yield Hit(m.start(), m.end(), msg, suggestions=(value,), fix=value)
