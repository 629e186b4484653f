"""Numbers, currencies, ordinals and dates in CLDR conventions (through Babel).

The TQ2xx rules find candidate spans with cheap regular expressions; this module
reads them with the real conventions of each locale (Babel's CLDR data: decimal and
group symbols of es, fr, pt, it, de and ru, English ordinal plural categories, English
month names and date formats) and writes the English value. Babel is imported lazily,
on the first number that needs it, and every lookup is cached.
"""
from __future__ import annotations

import datetime
from decimal import Decimal
from functools import lru_cache

# The source locales whose conventions the family knows (pt_PT groups with a space,
# pt_BR with a dot). English is the target.
SOURCE_LOCALES = ("es", "fr", "pt", "pt_PT", "it", "de", "ru")
TARGET_LOCALE = "en"

SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6,
          "billion": Decimal(10) ** 9, "trillion": Decimal(10) ** 12}
_DESCENDING = ("trillion", "billion", "million")


@lru_cache(maxsize=1)
def _babel_numbers():
    import babel.numbers

    return babel.numbers


@lru_cache(maxsize=None)
def symbols(locale: str) -> tuple[str, str]:
    """(decimal symbol, group symbol) of ``locale`` from CLDR."""
    bn = _babel_numbers()
    return bn.get_decimal_symbol(locale), bn.get_group_symbol(locale)


@lru_cache(maxsize=1)
def source_group_symbols() -> frozenset[str]:
    """Every group (thousands) separator used by the source locales."""
    return frozenset(symbols(loc)[1] for loc in SOURCE_LOCALES)


@lru_cache(maxsize=1)
def dot_group_locale() -> str:
    """The first source locale that groups thousands with a dot and uses a decimal comma
    (es; also pt, it, de). Only the locales needed are loaded: CLDR data costs time."""
    return next(loc for loc in SOURCE_LOCALES if symbols(loc) == (",", "."))


@lru_cache(maxsize=1)
def space_group_locale() -> str:
    """The first source locale that groups thousands with a space and uses a decimal
    comma (fr: U+202F; also ru and pt_PT: U+00A0)."""
    return next(loc for loc in SOURCE_LOCALES if symbols(loc)[0] == "," and symbols(loc)[1].isspace())


@lru_cache(maxsize=4096)
def parse(text: str, locale: str) -> Decimal | None:
    """The value of ``text`` read strictly in ``locale``'s conventions, or None."""
    bn = _babel_numbers()
    try:
        return bn.parse_decimal(text, locale=locale, strict=True)
    except (bn.NumberFormatError, ValueError):
        return None


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


def english(value: Decimal) -> str:
    """``value`` in English digits: commas for thousands, a decimal point, exact."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    fmt = "#,##0" + ("." + "#" * places if places else "")
    return _babel_numbers().format_decimal(value, format=fmt, locale=TARGET_LOCALE)


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
        return _babel_numbers().format_decimal(value, format="#,##0.00", locale=TARGET_LOCALE)
    return english(value)


@lru_cache(maxsize=1)
def iso_currency_codes() -> frozenset[str]:
    return frozenset(_babel_numbers().list_currencies())


# -- ordinals -------------------------------------------------------------------------
_EN_ORDINAL_SUFFIX = {"one": "st", "two": "nd", "few": "rd", "other": "th"}


@lru_cache(maxsize=1)
def _en_locale():
    from babel import Locale

    return Locale.parse(TARGET_LOCALE)


def english_ordinal(n: int) -> str:
    """``n`` as an English ordinal (1st, 2nd, 3rd, 11th, 22nd) from CLDR's English
    ordinal plural categories."""
    return f"{n}{_EN_ORDINAL_SUFFIX[_en_locale().ordinal_form(n)]}"


# -- months and dates -----------------------------------------------------------------
@lru_cache(maxsize=1)
def english_months() -> dict[str, int]:
    """Lower-case English month names (wide form, CLDR) -> month number."""
    names = _en_locale().months["format"]["wide"]
    return {str(names[i]).lower(): i for i in range(1, 13)}


def english_date(day: int, month: int, year: int | None, order: str = "mdy") -> str:
    """A date written out in English (``February 4, 2022`` or, with order ``dmy``,
    ``4 February 2022``) from CLDR's long date formats."""
    from babel.dates import format_date

    locale = "en_GB" if order == "dmy" else TARGET_LOCALE
    if year is None:
        pattern = "d MMMM" if order == "dmy" else "MMMM d"
        return format_date(datetime.date(2000, month, day), pattern, locale=locale)
    return format_date(datetime.date(year, month, day), "long", locale=locale)


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
