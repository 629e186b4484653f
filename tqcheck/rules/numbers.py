"""TQ2xx: numbers, currency and dates left in the source language's conventions.

Candidates are found with one regular expression per rule, run only over windows of
text around digits (a view shared by the family), so the cost follows the amount of
numbers in the text and stays linear; each candidate is then read
with the CLDR conventions of the source locales and of English (Babel, through
``tqcheck.nlp.numbers``) and reported with the English value computed from it.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..findings import Category, Hit, Severity
from ..nlp import numbers as N
from .registry import rule

_SPACES = " \u00a0\u202f\u2009"          # plain, no-break, narrow no-break, thin
_NOT_BEFORE = r"(?<![\w.,/$€£¥\-])"     # a number starts here, not inside another


class _lazy:
    """A regular expression compiled on first use, so importing the family stays cheap."""

    __slots__ = ("_args", "_rx")

    def __init__(self, *args):
        self._args, self._rx = args, None

    def __getattr__(self, name):
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return getattr(self._rx, name)


# Every TQ2 pattern needs a digit near it, so the rules only scan windows of text around
# digit runs (a shared, cached view): cost follows the amount of numbers, not of prose.
_DIGITS = re.compile(r"\d[\d.,:/\-]*")               # a run of digits with its separators
_BEFORE, _AFTER, _STRETCH = 30, 45, 40


def _merge(spans) -> list[list[int]]:
    """Sorted ``(start, end)`` spans with the overlapping or touching ones joined."""
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def _build_windows(doc) -> list[tuple[int, int]]:
    text, n = doc.text, len(doc.text)
    out = _merge((max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)) for m in _DIGITS.finditer(text))
    for w in out:                                           # do not cut a word in two
        e, limit = w[1], min(n, w[1] + _STRETCH)
        while e < limit and not text[e].isspace():
            e += 1
        w[1] = e
    return [(s, e) for s, e in out]


def _windows(doc) -> list[tuple[int, int]]:
    return doc.view("tq2_digit_windows", _build_windows)


def _scan(pattern, doc, extra=()):
    """``pattern.finditer`` over the windows around digits of ``doc`` (and around the
    ``extra`` offsets, for patterns that can also match without a digit)."""
    text = doc.text
    windows = _windows(doc)
    if extra:
        windows = _merge(sorted(windows + [(max(0, i - _BEFORE), min(len(text), i + _AFTER + _STRETCH))
                                           for i in extra]))
    for s, e in windows:
        yield from pattern.finditer(text, s, e)


def _find_all(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


# Currency words that may follow an amount. Dollars become `$` (AP/Reuters style);
# the others keep their word (house style may ask for `€`).
_CURRENCY_WORDS = (r"(?:(?:US|U\.S\.|American)\s+)?dollars|euros|pesos|reais|reales|soles|pounds(?:\s+sterling)?|"
                   r"yuan|yen|rupees|roubles|rubles|francs|bolivars|bol[ií]vares|colones|quetzales|"
                   r"guaran[ií]es|lempiras|c[oó]rdobas|dirhams|rand|lira|lire|zlotys")
_CUR_RE = rf"(?:\s+(?P<cur>{_CURRENCY_WORDS})(?![\w'’]))?(?![\w])"
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_SIGN = r"(?:US|U\.S\.|R|C|A|HK|NZ|S)?\$[ \u00a0]?|[€£¥][ \u00a0]?"   # `$`, `US$`, `€ `...
_PREFIX = rf"(?P<pre>{_SIGN}|(?P<iso>[A-Z]{{3}})[ \u00a0])?"


def _currency_out(amount: str, pre: str | None, cur: str | None, ctx) -> str:
    """`amount` (``150 billion``) written with its currency in house style."""
    pre = (pre or "").strip()
    if pre and pre[:3].isalpha():                      # ISO code: accepted as it is
        return f"{pre} {amount}" + (f" {cur}" if cur else "")
    if cur and cur.lower().endswith("dollars"):
        return f"{pre or '$'}{amount}"
    if pre:
        return f"{pre}{amount}" + (f" {cur}" if cur else "")
    if cur and cur.lower() == "euros" and ctx is not None and ctx.house_style.get("euro", "word") == "symbol":
        return f"€{amount}"
    if cur and cur.lower() == "reales":
        cur = "reais"
    return amount + (f" {cur}" if cur else "")


# --- TQ201 long scale / thousand million -----------------------------------------------
_LONG_RE = _lazy(
    rf"{_NOT_BEFORE}{_PREFIX}"
    r"(?:(?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{4,}(?:[.,]\d+)?)\s+"
    r"(?P<scale>(?i:thousand\s+million|million\s+million|million))"
    r"|(?:(?P<art>(?i:a|one)\s+)|(?P<small>\d{1,3}(?:\.\d+)?)\s+)?(?P<scale2>(?i:thousand\s+million|million\s+million)))"
    rf"{_CUR_RE}"
)


@rule(
    "TQ201", name="long-scale-amount", category=Category.NUMBER_FORMAT, severity=Severity.ERROR,
    summary="Long-scale amount (`150,000 million`, `a thousand million`): English says billion.",
    explanation="""Spanish, French, Portuguese, Italian and German count large amounts in
    thousands of millions (`150.000 millones de dólares`, `mil millones`); machine translation
    keeps the structure (`150,000 million dollars`), which an English reader must convert.
    English news writes the short-scale value: `$150 billion`, `2.3 billion pesos`. The value is
    computed from the number; when the number uses dots as thousands separators (`2.500
    million`) it also reads as an English decimal, so no automatic fix is offered.""",
    bad=["Trade reached a record 150,000 million dollars last year.",
         "The deficit was 2,300 million pesos.",
         "The fund has a thousand million euros.",
         "Exports rose to 2.500 million dollars."],
    good=["Trade reached a record $150 billion last year.", "The deficit was 2.3 billion pesos.",
          "The plan costs $1.5 billion.", "About 150 million people voted.",
          "It cost 999 million euros.", "thousands of millions of stars"],
    fixable=True,
)
def long_scale(doc, ctx):
    text = doc.text
    if "million" not in text and "Million" not in text and "MILLION" not in text:
        return
    # `a thousand million` has no digit: also scan around every `million` that follows
    # `thousand` or `million` (the digit windows cover the rest).
    wordy = [i for i in _find_all(text, "illion") + _find_all(text, "ILLION")
             if text[max(0, i - 12):max(0, i - 1)].rstrip().lower().endswith(("thousand", "million"))]
    for m in _scan(_LONG_RE, doc, wordy):
        pre, cur = m.group("pre"), m.group("cur")
        start = m.start()
        if m.group("iso") and m.group("iso") not in N.iso_currency_codes():
            pre = None
            start = min(m.start(g) for g in ("num", "art", "small", "scale2") if m.group(g))
        scale_words = (m.group("scale") or m.group("scale2")).lower().split()
        unit = N.SCALES[scale_words[0]] * N.SCALES[scale_words[-1]] if len(scale_words) > 1 else N.SCALES["million"]
        ambiguous = False
        if m.group("num"):
            num = m.group("num")
            en, src = N.readings(num)
            if en is not None and en >= 1000 and (src is None or "," in num or "." not in num):
                value = en * unit
            elif src is not None and src >= 1000:
                value = src * unit
                ambiguous = en is not None            # `2.500 million`: also 2.5 million
            else:
                continue
            if len(scale_words) == 1 and value < N.SCALES["billion"]:
                continue
        else:
            small = N.parse_english(m.group("small")) if m.group("small") else None
            value = unit * small if small is not None else unit
            if not (m.group("art") or small is not None):
                # `five thousand million`, `several thousand million`: the word before
                # stays; only `thousand million` becomes `billion`.
                word = "billion" if scale_words[0] == "thousand" else "trillion"
                span = text[m.start("scale2"):m.end("scale2")]
                yield Hit(m.start("scale2"), m.end("scale2"),
                          f"`{span}` is a {word} in English; write `{word}`.",
                          suggestions=(word,), fix=word)
                continue
        amount = N.english_amount(value)
        out = _currency_out(amount, pre, cur, ctx)
        span = text[start:m.end()]
        if ambiguous:
            msg = (f"`{span}` reads in English as {N.english_amount(en * unit)}; "
                   f"if the dot separates thousands (source `{m.group('num')} millones`), it is {amount}: "
                   f"write `{out}`.")
            yield Hit(start, m.end(), msg, suggestions=(out,))
        else:
            yield Hit(start, m.end(), f"`{span}` reads as {amount}; write `{out}`.",
                      suggestions=(out,), fix=out)


# --- TQ202 currency word order and symbols ---------------------------------------------
_DOLLARS_RE = _lazy(
    rf"{_NOT_BEFORE}(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>million|billion|trillion))?\s+(?P<cur>(?:(?:US|U\.S\.|American)\s+)?dollars|euros)\b(?!['’])"
)
_SYMBOL_AFTER_RE = _lazy(
    rf"{_NOT_BEFORE}(?P<num>\d{{1,3}}(?:[.,{_SPACES}]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?)"
    rf"(?:[{_SPACES}](?P<scale>million|billion|trillion))?[{_SPACES}]?(?P<sym>[€$£¥])(?![\w$€£¥])"
)
_REALES_RE = _lazy(r"(?<=\d )reales\b|(?<=\d million )reales\b|(?<=\d billion )reales\b")


@rule(
    "TQ202", name="currency-format", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Currency in source-language order: `150 billion dollars`, `150 €`, `reales`.",
    explanation="""English news puts the currency sign before the amount and writes US
    dollars with `$`: `$150 billion`, `€150`, not `150 billion dollars` or `150 €` (the
    Spanish, French and German order). Other currencies keep their word (`500 million pesos`,
    `3 million reais`, `20 soles`); ISO codes (`USD 5 million`, `150 EUR`) are accepted. The
    Spanish plural `reales` for Brazil's currency is `reais` in English.""",
    bad=["Trade reached 150 billion dollars.", "The ticket costs 150 €.",
         "The loan was 3 million reales.", "It sold for 2,5 € a kilo."],
    good=["Trade reached $150 billion.", "The ticket costs €150.", "The budget is 500 million pesos.",
          "The loan was 3 million reais.", "It costs 20 soles.", "The fund holds USD 5 million.",
          "It sold for 150 EUR.", "Billions of dollars were lost.", "It cost 20 Canadian dollars."],
    fixable=True,
)
def currency_format(doc, ctx):
    text = doc.text
    euro_sign = ctx is not None and ctx.house_style.get("euro", "word") == "symbol"
    if "dollars" in text or (euro_sign and "euros" in text):
        for m in _scan(_DOLLARS_RE, doc):
            num, scale = m.group("num"), m.group("scale")
            sign = "€" if m.group("cur") == "euros" else "$"
            if sign == "€" and not euro_sign:
                continue                   # `150 million euros` is fine unless house style says €
            value = N.parse_english(num)
            if value is None:
                continue
            if re.fullmatch(r"\d{1,3}\.\d{3}", num) or (scale == "million" and value >= 1000):
                continue                   # TQ203 / TQ201 report these with the right value
            amount = N.english(value) + (f" {scale}" if scale else "")
            out = f"{sign}{amount}"
            span = m.group()
            what = "dollar amounts" if sign == "$" else "euro amounts (house style)"
            yield Hit(m.start(), m.end(),
                      f"`{span}`: English news writes {what} with the sign first; write `{out}`.",
                      suggestions=(out,), fix=out)
    if any(s in text for s in _SYMBOLS):
        for m in _scan(_SYMBOL_AFTER_RE, doc):
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
                      f"`{m.group()}` puts the currency sign after the amount ({_SYMBOLS[sym]} "
                      f"{money}); English writes `{out}`.",
                      suggestions=(out,), fix=out)
    if "reales" in text:
        for m in _scan(_REALES_RE, doc):
            yield Hit(m.start(), m.end(), "`reales` is the Spanish plural of Brazil's real; English uses `reais`.",
                      suggestions=("reais",), fix="reais", source_lang="es")


# --- TQ203 decimal comma / dot thousands separator ----------------------------------------
_UNIT_WORDS = r"""percent|per\s+cent|percentage\s+points?|points?|million|billion|trillion|thousand|
    degrees?|times|km|kilometres?|kilometers?|metres?|meters?|miles?|kg|kilos?|kilograms?|tons?|tonnes?|
    litres?|liters?|hours?|minutes?|seconds?|years?|months?|weeks?|days?|euros?|dollars?|pesos?|reais|
    soles|pounds?|yuan|inches|feet|hectares?|grams?|barrels?|m|cm|mm|l|ml|h|s|°C|°|ºC"""
_DECIMAL_COMMA_RE = _lazy(
    rf"{_NOT_BEFORE}(?P<pre>[$€£¥][ \u00a0]?)?(?P<num>\d{{1,3}}(?:\.\d{{3}})+,\d+|\d+,\d{{1,2}})(?![\d,])"
    rf"(?P<after>[{_SPACES}]?%|\s+(?i:{''.join(_UNIT_WORDS.split())})\b)?"
)
_DOT_GROUP_RE = _lazy(
    rf"{_NOT_BEFORE}(?P<num>\d{{1,3}}(?:\.\d{{3}})+)(?![\d.,]\d|\w)(?P<after>\s+(?P<word>[^\W\d_]+))?"
)
_CITATION_BEFORE = _lazy(
    r"(?i:article|art\.|section|sec\.|chapter|paragraph|rule|clause|version|v\.?|no\.|number|figure|fig\.|"
    r"table|item|point|resolution|law|decree|page|p\.|pp\.|ip|release|model)\s*$")
_UNITS = frozenset("""percent per cent points point million billion trillion thousand degrees degree times km
    kilometres kilometers kilometre kilometer metres meters metre meter miles mile kg kilos kilo kilograms
    tons tonnes ton tonne litres liters hours hours minutes seconds years months weeks days inches feet
    hectares grams barrels m cm mm l ml h s mph kph kmh kilowatts megawatts gigawatts mw gw kw a p""".split())
_COUNT_NOUNS = frozenset("""people persons residents inhabitants citizens migrants refugees workers employees jobs
    deaths dead victims cases infections patients soldiers troops police officers students children families
    homes houses households vehicles cars companies firms members participants protesters demonstrators
    visitors tourists passengers beds doctors teachers votes voters signatures schools hospitals candidates
    pesos euros dollars reais soles copies units animals trees flights arrests detainees prisoners""".split())


@rule(
    "TQ203", name="source-decimal-separator", category=Category.NUMBER_FORMAT, severity=Severity.ERROR,
    summary="Decimal comma (`4,7%`) or dot thousands separator (`1.200 people`): a different English number.",
    explanation="""Spanish, Portuguese, Italian, German, French and Russian write decimals with
    a comma and (except French and Russian) group thousands with a dot (CLDR). Copied into
    English, `4,7%` does not read as 4.7 and `1.200 people` reads as 1.2 people. A decimal
    comma is reported before a percent sign or a unit; a single dot group only before a word
    that cannot take a decimal (people, jobs, cases...) or when its digits end in `00`.
    Citations (`Article 2.100`) and versions are left alone.""",
    bad=["Inflation rose 4,7% in January.", "The economy grew 3,5 percent.",
         "Some 1.200 people were evacuated.", "The city has 1.500.000 inhabitants.",
         "Prices rose 1.234,5 euros."],
    good=["Inflation rose 4.7% in January.", "Some 1,200 people were evacuated.",
          "The economy grew 3.5 percent.", "Article 2.1 applies.", "See version 2.100 release notes.",
          "The rate is 0.125 percent.", "He scored 1, 2 and 3.", "He ran 1.609 km."],
    fixable=True,
)
def source_decimal_separator(doc, ctx):
    text = doc.text
    if "," in text:
        for m in _scan(_DECIMAL_COMMA_RE, doc):
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
    if "." in text:
        for m in _scan(_DOT_GROUP_RE, doc):
            num, word = m.group("num"), (m.group("word") or "")
            if num.startswith("0") or _CITATION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
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
                if not (w in _COUNT_NOUNS or num.endswith("00")):
                    continue
            value = N.english(src)
            if en is None:
                reading = "is not an English number"
            else:
                reading = f"reads in English as {N.english(en)}"
            yield Hit(m.start(), m.end("num"),
                      f"`{num}` {reading}: the dot separates thousands in the source convention "
                      f"({value}). Write `{value}`.",
                      suggestions=(value,), fix=value)


# --- TQ204 digits grouped with spaces ----------------------------------------------------------
_SPACE_GROUP_RE = _lazy(
    rf"(?<![\w.,+\-/:])(?<!\d[{_SPACES}])(?P<num>[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?)(?![\d])"
    rf"(?![{_SPACES}]\d)(?P<after>[{_SPACES}]*(?:%|[€$£¥]|(?P<word>[^\W\d_]+)))?"
)
_FUNCTION_WORDS = frozenset("""and or to at in on from for of by with the a an is was were are be as than
    then but if per until till through via ext extension""".split())


@rule(
    "TQ204", name="space-thousands-separator", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Thousands grouped with a space or narrow space (`3 500 people`): English uses commas.",
    explanation="""French, Russian and European Portuguese group thousands with a (narrow)
    no-break space (CLDR); English writes `3,500`. Reported when the group is followed by a
    noun, a percent sign or a currency sign, so phone numbers and lists of numbers stay quiet.""",
    bad=["Some 3 500 people were evacuated.", "The company cut 12\u202f000 jobs.",
         "The city has 1\u00a0250\u00a0000 inhabitants."],
    good=["Some 3,500 people were evacuated.", "Call 915 555 123 for details.",
          "In 2020 300 people died.", "On March 12 300 people marched.", "Scores were 3 1 and 2 0."],
    fixable=True,
)
def space_thousands(doc, ctx):
    text = doc.text
    months = N.english_months()
    for m in _scan(_SPACE_GROUP_RE, doc):
        num = m.group("num")
        typeset = any(ch in num for ch in "\u00a0\u202f\u2009")   # typed on purpose, not a phone
        after = m.group("after") or ""
        if after.strip(_SPACES) in _SYMBOLS and after:
            continue                                       # `1 500 €`: TQ202 rewrites it whole
        word = (m.group("word") or "").lower()
        if not typeset:
            if not after:
                continue
            if word in months:
                continue
            if word in _FUNCTION_WORDS and not (word in ("and", "to", "or")
                                                and _SPACE_GROUP_RE.match(text, m.end() + 1)):
                continue                                   # `2 000 and 3 000 people` is a range
        before = text[max(0, m.start() - 12):m.start()].rstrip(_SPACES).split()
        if before and (before[-1].lower().strip(".,") in months or before[-1][-1:].isdigit()):
            continue
        _, src = N.readings(num)
        if src is None:
            continue
        value = N.english(src)
        yield Hit(m.start(), m.end("num"),
                  f"`{num}` groups thousands with a space (French/Russian convention); "
                  f"English writes `{value}`.",
                  suggestions=(value,), fix=value)


# --- TQ205 space before % ------------------------------------------------------------------
_PERCENT_RE = _lazy(rf"{_NOT_BEFORE}(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)[{_SPACES}]%")


@rule(
    "TQ205", name="space-before-percent", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Space between a number and `%` (`15 %`): English closes it up (`15%`).",
    explanation="""Spanish, French, German and Russian typography put a (no-break) space
    before the percent sign; English writes `15%`.""",
    bad=["Unemployment fell to 15 %.", "It rose 2.5\u00a0% in May."],
    good=["Unemployment fell to 15%.", "It rose 2.5 percent.", "Turnout was 61% (up from 55%)."],
    fixable=True,
)
def space_before_percent(doc, ctx):
    text = doc.text
    if "%" not in text:
        return
    for m in _scan(_PERCENT_RE, doc):
        if N.parse_english(m.group("num")) is None:
            continue
        out = f"{m.group('num')}%"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: English writes no space before `%`; write `{out}`.",
                  suggestions=(out,), fix=out)


# --- TQ206 dates in source-language word order ------------------------------------------------
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ANY_MONTH = f"(?i:{_MONTHS})"
_DATE_WORDS_RE = _lazy(
    rf"\b(?:(?P<next>(?:[Tt]he\s+)?[Nn]ext)\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.?[ºª])?\s+(?:of\s+)?(?P<m1>{_ANY_MONTH})"
    rf"|(?P<m2>{_ANY_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"|(?P<the>[Tt]he\s+)?(?P<d3>\d{{1,2}})(?:\.?[ºª]|er|ro)?\s+of\s+(?P<m3>{_ANY_MONTH}))"
    rf"(?:(?:,?\s+of)?,?\s+(?P<year>(?:1[89]|20)\d\d))?(?![\w'’-])"
)
_LOWER_MONTH_RE = _lazy(
    r"\b(?P<pre>(?:on|of|in|since|until|till|from|by|before|after|to|between|and|early|late|mid-?)\s+)?"
    rf"(?P<month>{_MONTHS.lower()})"
    r"(?=\s+\d{1,4}\b)"
    rf"|(?<=\d\s)(?P<month2>{_MONTHS.lower()})\b"
)


@rule(
    "TQ206", name="source-date-order", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Date in source-language form: `next 12th March`, `the 12 of March`, `april 2`.",
    explanation="""Spanish `el próximo 12 de marzo` becomes `next 12th March` or `the 12 of
    March`; English news writes `March 12` (or `12 March` in British house style) without
    `next` or `of`. Romance languages and Russian write month names in lower case; English
    capitalises them (`April 2`). `May` and `March` in lower case are only reported next to a
    day or year after a preposition, because they are also ordinary words.""",
    bad=["The summit will be held next 12th March in Madrid.", "It opens on the 12 of March.",
         "The vote is on april 2.", "Talks resume on 4 february."],
    good=["The summit will be held on March 12 in Madrid.", "It opens on 12 March.",
          "It opened on the 12th of March.", "Prices may 2x this year.", "They will march 10 miles.",
          "Next March, 12 teams will compete.", "Three of May's victims were children."],
    fixable=True,
)
def source_date_order(doc, ctx):
    text = doc.text
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    dated: list[tuple[int, int]] = []
    for m in _scan(_DATE_WORDS_RE, doc):
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
    for m in _scan(_LOWER_MONTH_RE, doc):
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


# --- TQ207 source-language ordinal indicators -------------------------------------------------
_ORDINAL_RE = _lazy(
    r"(?<![\w.,])(?P<num>\d{1,4})(?P<suf>\.?[ºª]|(?:ro|ra|do|da|er|to|ta|mo|ma|vo|va|no|na)|(?:re|e|ème|eme)|-?(?:й|я|е|го|му|ом))(?:(?![\w\d])|(?<=º)(?=[CF]\b))"
)
_SUFFIX_LANG = {**{s: "es" for s in ("ro", "ra", "do", "da", "to", "ta", "mo", "ma", "vo", "va", "no", "na")},
                **{s: "fr" for s in ("er", "re", "e", "ème", "eme")},
                **{s: "ru" for s in ("й", "я", "е", "го", "му", "ом")}}
_ES_SUFFIX_FOR_DIGIT = {"1": "ro ra er", "2": "do da", "3": "ro ra er", "4": "to ta", "5": "to ta",
                        "6": "to ta", "7": "mo ma", "8": "vo va", "9": "no na", "0": "mo ma vo va"}


@rule(
    "TQ207", name="source-ordinal", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Source-language ordinal indicator (`1º`, `2ª`, `2do`, `1er`, `2e`, `3-й`): English writes `2nd`.",
    explanation="""Spanish, Portuguese and Italian mark ordinals with `º`/`ª` (`1º`, `2ª`),
    Latin American Spanish with `2do`, `3ro`, French with `1er`, `2e`, Russian with `3-й`.
    English uses `1st`, `2nd`, `3rd`, `4th` (suffix from CLDR's English ordinal rules).""",
    bad=["He finished 1º in the race.", "The 2ª edition opens today.", "She came 2do.",
         "the 1er round", "It is the 3-й stage."],
    good=["He finished 1st in the race.", "The 2nd edition opens today.", "It was 25°C.",
          "Apartment 2e is empty.", "He did 2 do-overs."],
    fixable=True,
)
def source_ordinal(doc, ctx):
    text = doc.text
    for m in _scan(_ORDINAL_RE, doc):
        num, suf = m.group("num"), m.group("suf")
        bare = suf.lstrip(".-")
        lang = _SUFFIX_LANG.get(bare)
        if bare in ("º", "ª"):
            lang = None                                      # es, pt and it all use it
        elif bare == "er":
            if num not in ("1", "3"):
                continue
            lang = None if num == "1" else "es"              # `1er` is French and Spanish
        elif lang == "es":
            if bare not in _ES_SUFFIX_FOR_DIGIT[num[-1]].split():
                continue
        elif bare == "re":
            if num != "1":
                continue
        elif lang == "fr":                                   # e, ème, eme
            if num == "1":
                continue
            if bare == "e" and not (re.match(r"\s+[a-zà-ÿ]", text[m.end():m.end() + 3])
                                    and re.search(r"(?i:\bthe|\bits|\btheir|\bhis|\bher)\s+$",
                                                  text[max(0, m.start() - 7):m.start()])):
                continue                                     # `Apartment 2e`, `2e-3`: only `the 2e round`
        if re.match(rf"\s+of\s+{_ANY_MONTH}\b", text[m.end():m.end() + 16]):
            continue                                         # `the 1º of January`: TQ206 rewrites the date
        if bare == "º" and re.match(r"\s?(?:[CF]\b|degrees|Celsius|Fahrenheit)", text[m.end():m.end() + 11]):
            out = f"{num}°"                                  # `25º C`: ordinal sign used for degrees
            yield Hit(m.start(), m.end(), f"`{m.group()}` uses the ordinal indicator `º` as a degree "
                      f"sign; write `{out}`.", suggestions=(out,), fix=out)
            continue
        out = N.english_ordinal(int(num))
        yield Hit(m.start(), m.end(), f"`{m.group()}` is a source-language ordinal; English writes `{out}`.",
                  suggestions=(out,), fix=out, source_lang=lang)


# --- TQ208 numeric day-month dates ------------------------------------------------------------
_NUMERIC_DATE_RE = _lazy(
    r"(?<![\w./\-:])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/\-:]|[./\-]\d)"
)


@rule(
    "TQ208", name="numeric-day-month-date", category=Category.NUMBER_FORMAT, severity=Severity.INFO,
    summary="Numeric date written day first (`04/02/2022`): ambiguous to English readers.",
    explanation="""Most source languages write dates day first (`04/02/2022` is 4 February);
    American readers take the first number as the month (April 2). When both readings are
    possible the date is reported as ambiguous; write the month as a word. Dates that can only
    be month-first (`12/25/2022`) or ISO dates (`2022-02-04`) are quiet.""",
    bad=["The decree of 04/02/2022 takes effect today.", "It was signed on 24.02.2022."],
    good=["The decree of 2022-02-04 takes effect today.", "It was signed on 12/25/2022.",
          "It was signed on 05/05/2022.", "Version 1.2.2022 is out.", "The score was 3-1."],
)
def numeric_day_month_date(doc, ctx):
    text = doc.text
    if not any(s in text for s in "/.-"):
        return
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    for m in _scan(_NUMERIC_DATE_RE, doc):
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


# --- TQ209 ordinal suffix in a date ---------------------------------------------------------
_ORDINAL_DATE_RE = _lazy(
    rf"\b(?:(?P<m1>{_MONTHS})\s+(?P<d1>\d{{1,2}})(?P<s1>st|nd|rd|th)"
    rf"|(?P<d2>\d{{1,2}})(?P<s2>st|nd|rd|th)\s+(?P<m2>{_MONTHS}))\b"
)


@rule(
    "TQ209", name="ordinal-in-date", category=Category.NUMBER_FORMAT, severity=Severity.INFO,
    summary="Ordinal suffix in a date (`February 11th`, `12th March`): news style writes `February 11`.",
    explanation="""AP, Reuters and most house styles write dates with cardinal numbers
    (`February 11`, `11 February`); machine translation often adds `th` to the day. Spoken
    forms such as `the 12th of March` are left alone.""",
    bad=["Talks resume on February 11th.", "It ended on 12th March."],
    good=["Talks resume on February 11.", "It ended on 12 March.", "It was the 12th of March.",
          "the 21st century"],
    fixable=True,
)
def ordinal_in_date(doc, ctx):
    text = doc.text
    for m in _scan(_ORDINAL_DATE_RE, doc):
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


# --- TQ210 amounts without a thousands separator -----------------------------------------------
_BARE_RE = _lazy(
    rf"(?<![\w.,/\-:#])(?P<pre>{_SIGN})?(?P<num>\d{{4,}})(?![\d.,]\d|[\w%/\-])"
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
    bad=["Each donor receives 4300 euros.", "Some 15000 people marched.", "It costs $2500."],
    good=["Each donor receives 4,300 euros.", "Some 15,000 people marched.", "In 2022 people voted.",
          "Resolution 2231 was adopted.", "Flight 3701 landed.", "He lives at 1600 Pennsylvania Avenue.",
          "The 2022 elections", "Call 5551234 now."],
    fixable=True,
)
def missing_thousands_separator(doc, ctx):
    text = doc.text
    for m in _scan(_BARE_RE, doc):
        pre, num, word = m.group("pre"), m.group("num"), (m.group("word") or "")
        w = word.lower()
        if not pre and not (w in _BARE_CURRENCY_WORDS or w in _COUNT_NOUNS or w in N.iso_currency_codes()
                            and word.isupper()):
            continue
        if num.startswith("0") or len(num) > 12:
            continue
        if pre and re.search(r"\d[ \u00a0]?$", text[max(0, m.start() - 2):m.start()]):
            continue                                     # `150 € 2022`: the sign closes the amount before
        if not pre and len(num) == 4 and 1800 <= int(num) <= 2100:
            continue                                     # `2022 people` may be a year
        if _CITATION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        value = N.english(Decimal(num))
        out = (pre or "") + value
        span_end = m.end("num")
        yield Hit(m.start(), span_end,
                  f"`{text[m.start():span_end]}` has no thousands separator; English writes `{out}`.",
                  suggestions=(out,), fix=out)


# --- TQ211 24-hour clock times with `hours` ------------------------------------------------------
_CLOCK_RE = _lazy(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[.:h])(?P<m>[0-5]\d))?(?P<unit>\s+hours|\s*h(?:rs)?)?(?![\w'’])"
)
_CLOCK_BEFORE = _lazy(r"(?i:\b(?:at|from|until|till|to|since|before|after|by|between|and|around|about))\s+$")


def _twelve_hour(h: int, minute: int) -> str:
    if minute == 0 and h in (0, 24):
        return "midnight"
    if minute == 0 and h == 12:
        return "noon"
    suffix = "a.m." if h % 24 < 12 else "p.m."
    h12 = h % 12 or 12
    return f"{h12}:{minute:02d} {suffix}" if minute else f"{h12} {suffix}"


@rule(
    "TQ211", name="source-clock-time", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="24-hour time with `hours` or `h` (`at 17.00 hours`, `at 17h30`): English news writes `5:30 p.m.`.",
    explanation="""Spanish `a las 17.00 horas` and French `à 17h30` come out as `at 17.00 hours`
    and `at 17h30`; English news writes `at 5 p.m.` and `at 5:30 p.m.` (noon, midnight). Only
    times after `at`, `from`, `until` and similar are reported, so durations (`12 hours of
    talks`) stay quiet.""",
    bad=["The meeting starts at 17.00 hours.", "Polls close at 20:00 hours local time.",
         "The match kicks off at 21h30."],
    good=["The meeting starts at 5 p.m.", "The talks lasted 12 hours.", "It opens at 10.30 a.m.",
          "After 10.30 hours of talks they agreed.", "The shop is open 24 hours."],
    fixable=True,
)
def source_clock_time(doc, ctx):
    text = doc.text
    for m in _scan(_CLOCK_RE, doc):
        sep, unit = m.group("sep"), (m.group("unit") or "").strip()
        if sep is None and unit != "h" and unit != "hrs":
            continue                                         # `at 17`, `at 17 hours`: not sure / too rare
        if sep in (".", ":") and unit != "hours":
            continue                                         # `17.30h` is left to a human
        if sep == "h" and unit:
            continue
        if not _CLOCK_BEFORE.search(text[max(0, m.start() - 9):m.start()]):
            continue
        if re.match(r"\s+of\b", text[m.end():m.end() + 4]):
            continue                                         # `after 10.30 hours of talks`
        h, minute = int(m.group("h")), int(m.group("m") or 0)
        if h == 24 and minute or (sep is None and 0 < h < 13):
            continue                                         # `at 3 h`: 3 a.m. or 3 hours?
        out = _twelve_hour(h, minute)
        yield Hit(m.start(), m.end(), f"`{m.group()}` is a 24-hour source-language time; "
                  f"English news writes `{out}`.", suggestions=(out,), fix=out)
