"""Numbers, currencies, ordinals and dates in CLDR conventions.

The TQ2xx rules find candidate spans with cheap regular expressions; this module
reads them with the real conventions of each locale (CLDR data: decimal and group
symbols of es, fr, pt, it, de and ru, English ordinal plural categories, English
month names and date formats) and writes the English value. The data is the part of
CLDR these functions need, taken from Babel by ``scripts/build_cldr_data.py`` into
``nlp/data/cldr.json`` (read on first use), and parsing and formatting follow Babel's
``parse_decimal(strict=True)``, ``format_decimal`` and ``format_date`` step by step
(tests/test_cldr_data.py compares them with Babel): a check run imports no Babel and
unpickles none of its locale files. Every lookup is cached.
"""
from __future__ import annotations

import datetime
import decimal
import json
from decimal import Decimal
from functools import lru_cache

from ..packagedata import package_file

# The source locales whose conventions the family knows (pt_PT groups with a space,
# pt_BR with a dot). English is the target.
SOURCE_LOCALES = ("es", "fr", "pt", "pt_PT", "it", "de", "ru")
TARGET_LOCALE = "en"

SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
          "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_DESCENDING = ("trillion", "billion", "million")


@lru_cache(maxsize=1)
def cldr() -> dict:
    """The CLDR extract (``nlp/data/cldr.json``)."""
    return json.loads(package_file("tqcheck.nlp", "data/cldr.json").read_text("utf-8"))


def _locale(locale: str) -> dict:
    try:
        return cldr()["numbers"][locale]
    except KeyError:
        raise ValueError(f"no CLDR number data for locale {locale!r} (scripts/build_cldr_data.py)") from None


@lru_cache(maxsize=None)
def symbols(locale: str) -> tuple[str, str]:
    """(decimal symbol, group symbol) of ``locale`` from CLDR."""
    data = _locale(locale)
    return data["decimal"], data["group"]


@lru_cache(maxsize=1)
def source_group_symbols() -> frozenset[str]:
    """Every group (thousands) separator used by the source locales."""
    return frozenset(symbols(loc)[1] for loc in SOURCE_LOCALES)


@lru_cache(maxsize=1)
def dot_group_locale() -> str:
    """The first source locale that groups thousands with a dot and uses a decimal comma
    (es; also pt, it, de)."""
    return next(loc for loc in SOURCE_LOCALES if symbols(loc) == (",", "."))


@lru_cache(maxsize=1)
def space_group_locale() -> str:
    """The first source locale that groups thousands with a space and uses a decimal
    comma (fr: U+202F; also ru and pt_PT: U+00A0)."""
    return next(loc for loc in SOURCE_LOCALES if symbols(loc)[0] == "," and symbols(loc)[1].isspace())


def _format(value: Decimal, shape: dict, frac_prec: tuple[int, int], locale: str, quantize: bool = True) -> str:
    """Babel's ``NumberPattern.apply`` for a plain pattern (no scale, exponent,
    significant digits, currency or quoted text: checked when the data is built)."""
    data = _locale(locale)
    value = value.scaleb(0)
    is_negative = int(value.is_signed())
    value = abs(value).normalize()
    if not quantize:
        exponent = value.normalize().as_tuple().exponent
        precision = 0 if not isinstance(exponent, int) or exponent >= 0 else abs(exponent)
        frac_prec = (frac_prec[0], max(frac_prec[1], precision))
    if value.is_infinite():
        number = data["infinity"]
    else:
        rounded = value.quantize(Decimal(10) ** (-frac_prec[1]))
        a, _, b = f"{rounded:f}".partition(".")
        number = _group(a, shape["int_min"], shape["grouping"], data["group"]) + _frac(b or "0", frac_prec, data["decimal"])
    return shape["prefix"][is_negative] + number + shape["suffix"][is_negative]


def _group(value: str, minimum: int, grouping: list[int], symbol: str) -> str:
    if len(value) < minimum:
        value = "0" * (minimum - len(value)) + value
    size, out = grouping[0], ""
    while len(value) > size:
        out = symbol + value[-size:] + out
        value = value[:-size]
        size = grouping[1]
    return value + out


def _frac(value: str, frac_prec: tuple[int, int], symbol: str) -> str:
    low, high = frac_prec
    if len(value) < low:
        value += "0" * (low - len(value))
    if high == 0 or (low == 0 and int(value) == 0):
        return ""
    while len(value) > low and value[-1] == "0":
        value = value[:-1]
    return symbol + value


def _strip_zeros(string: str, decimal_symbol: str) -> str:
    integer, _, frac = string.partition(decimal_symbol)
    if frac:
        frac = frac.rstrip("0")
        return integer + decimal_symbol + frac if frac else integer
    return string


@lru_cache(maxsize=4096)
def parse(text: str, locale: str) -> Decimal | None:
    """The value of ``text`` read strictly in ``locale``'s conventions, or None
    (Babel's ``parse_decimal(text, locale, strict=True)``)."""
    decimal_symbol, group_symbol = symbols(locale)
    try:
        parsed = Decimal(text.replace(group_symbol, "").replace(decimal_symbol, "."))
    except decimal.InvalidOperation:
        return None
    if group_symbol in text:
        pattern = _locale(locale)["pattern"]
        proper = _format(parsed, pattern, tuple(pattern["frac_prec"]), locale, quantize=False)
        if text != proper and proper != _strip_zeros(text, decimal_symbol):
            return None
    return parsed


def parse_english(text: str) -> Decimal | None:
    return parse(text, TARGET_LOCALE)


def readings(text: str) -> tuple[Decimal | None, Decimal | None]:
    """(English reading, source-convention reading) of a written number, either None
    when the text is not a well-formed number in that convention. The source reading
    uses dot groups and a decimal comma (CLDR es/pt/it/de) or, when the number is
    grouped with any kind of space, the space groups of fr/ru/pt_PT."""
    if any(ch.isspace() for ch in text):
        loc = space_group_locale()
        group = symbols(loc)[1]
        norm = "".join(group if ch.isspace() else ch for ch in text)
        return None, parse(norm, loc)
    return parse(text, TARGET_LOCALE), parse(text, dot_group_locale())


def _english_format(value: Decimal, low: int, high: int) -> str:
    """Babel's ``format_decimal(value, format="#,##0[.00…|.##…]", locale="en")``."""
    return _format(value, cldr()["custom_pattern"], (low, high), TARGET_LOCALE)


def english(value: Decimal) -> str:
    """``value`` in English digits: commas for thousands, a decimal point, exact."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return _english_format(value, 0, places)


def english_amount(value: Decimal) -> str:
    """``value`` with the largest short-scale word that keeps a coefficient >= 1:
    150000 * 10**6 -> ``150 billion``; 2300 * 10**6 -> ``2.3 billion``."""
    for name in _DESCENDING:
        scale = SCALES[name]
        if value >= scale:
            return f"{english(value / scale)} {name}"
    return english(value)


def money(value: Decimal) -> str:
    """An amount of money in English digits: cents kept to two places when present."""
    if value != value.to_integral_value():
        return _english_format(value, 2, 2)
    return english(value)


@lru_cache(maxsize=1)
def iso_currency_codes() -> frozenset[str]:
    return frozenset(cldr()["currencies"])


# -- ordinals -------------------------------------------------------------------------
_EN_ORDINAL_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}


def english_ordinal(n: int) -> str:
    """``n`` as an English ordinal (1st, 2nd, 3rd, 11th, 22nd) from CLDR's English
    ordinal plural categories (they depend on ``n`` modulo 100 only)."""
    return f"{n}{_EN_ORDINAL_SUFFIX[cldr()['en_ordinal_by_mod_100'][abs(n) % 100]]}"


# -- months and dates -----------------------------------------------------------------
@lru_cache(maxsize=1)
def english_months() -> dict[str, int]:
    """Lower-case English month names (wide form, CLDR) -> month number."""
    names = cldr()["dates"][TARGET_LOCALE]["months"]
    return {names[i - 1].lower(): i for i in range(1, 13)}


def _format_date(date: datetime.date, pattern: str, locale: str) -> str:
    """Babel's ``format_date`` for the patterns used here: ``d``, ``MMMM``, ``y``, spaces
    and commas."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        j = i
        while j < len(pattern) and pattern[j] == ch:
            j += 1
        field = pattern[i:j]
        if field == "d":
            out.append(str(date.day))
        elif field == "MMMM":
            out.append(cldr()["dates"][locale]["months"][date.month - 1])
        elif field == "y":
            out.append(str(date.year))
        elif ch in " ,":
            out.append(field)
        else:
            raise ValueError(f"date pattern field {field!r} is not supported (nlp.numbers._format_date)")
        i = j
    return "".join(out)


def english_date(day: int, month: int, year: int | None, order: str = "mdy") -> str:
    """A date written out in English (``February 4, 2022`` or, with order ``dmy``,
    ``4 February 2022``) from CLDR's long date formats."""
    locale = "en_GB" if order == "dmy" else TARGET_LOCALE
    if year is None:
        pattern = "d MMMM" if order == "dmy" else "MMMM d"
        return _format_date(datetime.date(2000, month, day), pattern, locale)
    return _format_date(datetime.date(year, month, day), cldr()["dates"][locale]["long"], locale)


def valid_date(day: int, month: int, year: int | None = None) -> bool:
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return False
    return True


# -- numbers written with words and digits mixed (`two thousand 800`, `6 thousand 215 million`)
_UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen").split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS_WORDS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS_WORDS)})
WORD_VALUES.update({f"{t}-{u}": WORD_VALUES[t] + WORD_VALUES[u] for t in _TENS_WORDS for u in _UNITS_WORDS[1:10]})
WORD_VALUES.update({"a": 1})


def compose(terms: list[tuple[str, Decimal]], long_billion: bool = False) -> Decimal | None:
    """The value of a number said in groups, the way Spanish, Portuguese and Italian say it
    (`6 mil 215 millones` -> terms [("n", 6), ("s", 1000), ("n", 215), ("s", 10**6)];
    ``("h", 100)`` is `hundred`):
    a ``thousand`` multiplies the number before it within its million group, a ``million``
    (or larger) the whole group. With ``long_billion``, ``billion`` is the long-scale
    billón (10**12). None when the groups are not in descending order (no valid reading)."""
    total, group, small = Decimal(0), Decimal(0), None
    limit = None                                       # the last large scale used
    for kind, value in terms:
        if kind == "n":
            small = value if small is None else small + value
        elif kind == "h":
            small = (small if small is not None else Decimal(1)) * 100
        elif value == 1000:
            if group:
                return None                            # `5 thousand 3 thousand`
            group = (small if small is not None else Decimal(1)) * 1000
            small = None
        else:
            if long_billion and value == SCALES["billion"]:
                value = SCALES["trillion"]
            count = group + (small or 0)
            if not count:
                count = Decimal(1)
            if limit is not None and (value >= limit or count * value >= limit):
                return None                            # groups must descend
            total += count * value
            limit, group, small = value, Decimal(0), None
    rest = group + (small or 0)
    if limit is not None and rest >= limit:
        return None
    return total + rest
