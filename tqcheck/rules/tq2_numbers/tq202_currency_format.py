"""TQ202 currency-format: Currency in source-language order: `150 billion dollars`, `150 €`, `reales`.

Examples: cases/TQ202.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import SYMBOLS
from .helpers import FIRST_DIGIT, lazy, scan, SPACES

_DOLLARS_RE = lazy(
    rf"(?P<num>{FIRST_DIGIT}(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?))"
    r"(?:\s+(?P<scale>million|billion|trillion))?\s+(?P<cur>(?:(?:US|U\.S\.|American)\s+)?dollars|euros)\b(?!['’])"
)
_SYMBOL_AFTER_RE = lazy(
    rf"(?P<num>{FIRST_DIGIT}(?:\d{{0,2}}(?:[.,{SPACES}]\d{{3}})+(?:[.,]\d{{1,2}})?|\d*(?:[.,]\d{{1,2}})?))"
    rf"(?:[{SPACES}](?P<scale>million|billion|trillion))?[{SPACES}]?(?P<sym>[€$£¥])(?![\w$€£¥])"
)
# German `30 Euro`: the currency word left singular and capitalised after an amount. Only
# when the amount closes the phrase, since `a 5 Euro note` is a (hyphenless) compound.
_EURO_RE = lazy(
    r"(?P<num>\d(?<![\w.,]\d)[\d.,]*)(?:[ \u00a0](?:million|billion))?[ \u00a0](?P<euro>Euro)"
    r"(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+(?:a|an|per|each|for|in|to|and|or|from|on|at|with|by|than)\b)"
)
_REALES_RE = lazy(r"(?<=\d )reales\b|(?<=\d million )reales\b|(?<=\d billion )reales\b")


@rule(
    "TQ202", name="currency-format", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Currency in source-language order: `150 billion dollars`, `150 €`, `reales`.",
    explanation="""English news puts the currency sign before the amount and writes US
    dollars with `$`: `$150 billion`, `€150`, not `150 billion dollars` or `150 €` (the
    Spanish, French and German order). Other currencies keep their word (`500 million pesos`,
    `3 million reais`, `20 soles`); ISO codes (`USD 5 million`, `150 EUR`) are accepted. The
    Spanish plural `reales` for Brazil's currency is `reais` in English, and the German
    singular `30 Euro` is `30 euros`.""",
    fixable=True,
    sources=(
        "AP Stylebook: dollars; cents",
        "MQM core typology: Locale convention > Currency format",
        "ISO 4217 currency codes",
    ),
)
def currency_format(doc, ctx):
    text = doc.text
    euro_sign = ctx is not None and ctx.house_style.get("euro", "word") == "symbol"
    if "dollars" in text or (euro_sign and "euros" in text):
        for m in scan(_DOLLARS_RE, doc):
            num, scale = m.group("num"), m.group("scale")
            sign = "€" if m.group("cur") == "euros" else "$"
            if sign == "€" and not euro_sign:
                continue                   # `150 million euros` is fine unless house style says €
            value = N.parse_english(num)
            if value is None or text[max(0, m.start() - 2):m.start()].rstrip(" \u00a0")[-1:] in ("$", "€", "£"):
                continue                   # `$ 50 dollars`: TQ214 reports the sign and the word
            if re.fullmatch(r"\d{1,3}\.\d{3}", num) or (scale == "million" and value >= 1000):
                continue                   # TQ203 / TQ201 report these with the right value
            amount = N.english(value) + (f" {scale}" if scale else "")
            out = f"{sign}{amount}"
            span = m.group()
            what = "dollar amounts" if sign == "$" else "euro amounts (house style)"
            yield Hit(m.start(), m.end(),
                      f"`{span}`: English news writes {what} with the sign first; write `{out}`.",
                      suggestions=(out,), fix=out)
    if any(s in text for s in SYMBOLS):
        for m in scan(_SYMBOL_AFTER_RE, doc):
            num, sym = m.group("num"), m.group("sym")
            en, src = N.readings(num)
            if src is not None and (en is None or "." in num and not re.search(r"\.\d{1,2}$", num)):
                value = src        # `1.500 €`, `2,5 €`: the sign after the number is European
            elif en is not None:
                value = en
            else:
                continue
            money = N.money(value)
            out = f"{sym}{money}" + (f" {m.group('scale')}" if m.group("scale") else "")
            yield Hit(m.start(), m.end(),
                      f"`{m.group()}` puts the currency sign after the amount ({SYMBOLS[sym]} "
                      f"{money}); English writes `{out}`.",
                      suggestions=(out,), fix=out)
    if "reales" in text:
        for m in scan(_REALES_RE, doc):
            yield Hit(m.start(), m.end(), "`reales` is the Spanish plural of Brazil's real; English uses `reais`.",
                      suggestions=("reais",), fix="reais", source_lang="es")
    if "Euro" in text:
        for m in scan(_EURO_RE, doc):
            if m.group("num") in ("1", "1.0", "1,0"):
                continue
            yield Hit(m.start("euro"), m.end("euro"), "`Euro` after an amount is the German singular; "
                      "English writes `euros`.", suggestions=("euros",), fix="euros", source_lang="de")
