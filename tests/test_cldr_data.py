"""nlp/data/cldr.json and the functions of nlp.numbers that read it give what Babel gives
(the data is built from Babel by scripts/build_cldr_data.py, so that a check run does not
import Babel): symbols, months, ordinals, currencies, and strict parsing and formatting
of generated numbers in every locale used."""
from __future__ import annotations

import datetime
import decimal
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

babel_numbers = pytest.importorskip("babel.numbers")
babel_dates = pytest.importorskip("babel.dates")

from tqcheck.nlp import numbers as N  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ("en", "es", "fr", "pt", "pt_PT", "it", "de", "ru")


def test_data_file_is_what_the_script_builds_from_babel():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_cldr_data
    finally:
        sys.path.pop(0)
    assert build_cldr_data.render(build_cldr_data.build()) == (ROOT / "tqcheck/nlp/data/cldr.json").read_text("utf-8")


def _babel_parse(text, locale):
    try:
        return babel_numbers.parse_decimal(text, locale=locale, strict=True)
    except (babel_numbers.NumberFormatError, ValueError):
        return None


def _strings(rng: random.Random, n: int):
    pieces = ["1", "2", "0", "5", "9", "12", "345", "000", "1000", ".", ",", "\u00a0", "\u202f", " ", "-", "+",
              "e", "3", "00", "07", ".5", ",5"]
    fixed = ["1,000", "1.000", "1.000,5", "1,000.5", "1,5", "1.5", "12,345,678", "12.345.678", "1,00", "1.00",
             "1,000.50", "1.000,50", "1\u202f000", "1\u00a0000", "1\u202f000,25", "1\u00a0000,25", "1,0000",
             "10,00,000", "-1,000", "-1.000,5", "0,5", "0.5", "1,000.", "1.000,", ",5", "NaN", "Infinity",
             "1,23e5", "1_000", "1,000,00", "150.000", "4,7", "2.300", "1.234.567,891"]
    out = list(fixed)
    while len(out) < n:
        out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
    return out


@pytest.mark.parametrize("locale", LOCALES)
def test_symbols_and_strict_parse_match_babel(locale):
    assert N.symbols(locale) == (babel_numbers.get_decimal_symbol(locale), babel_numbers.get_group_symbol(locale))
    N.parse.cache_clear()
    for text in _strings(random.Random(locale), 3000):
        try:
            expected = _babel_parse(text, locale)
        except decimal.DecimalException as exc:    # Babel lets these through, and so does N.parse
            with pytest.raises(type(exc)):
                N.parse(text, locale)
            continue
        got = N.parse(text, locale)
        assert (got is None) == (expected is None) and (got is None or got.as_tuple() == expected.as_tuple()), \
            (text, locale, got, expected)


def _values(rng: random.Random, n: int):
    out = [Decimal(x) for x in ("0", "1", "-1", "0.5", "1000", "1234.5", "-2500000", "1E+3", "0.001", "0.0005",
                                "999999.995", "12.3456789", "1E-10", "150000000000", "2.30", "1.005", "-0.5")]
    while len(out) < n:
        out.append(Decimal(rng.randint(-10**9, 10**12)).scaleb(-rng.randint(0, 8)))
    return out


def test_english_and_money_match_babel():
    for value in _values(random.Random(7), 3000):
        v = value.normalize()
        exponent = v.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        fmt = "#,##0" + ("." + "#" * places if places else "")
        assert N.english(value) == babel_numbers.format_decimal(v, format=fmt, locale="en"), value
        if value != value.to_integral_value():
            assert N.money(value) == babel_numbers.format_decimal(value, format="#,##0.00", locale="en"), value


def test_ordinals_months_dates_currencies_match_babel():
    from babel import Locale

    en = Locale.parse("en")
    for n in list(range(0, 2000)) + [10**6 + 11, 10**9 + 3]:
        assert N.english_ordinal(n) == f"{n}{N._EN_ORDINAL_SUFFIX[en.ordinal_form(n)]}"
    names = en.months["format"]["wide"]
    assert N.english_months() == {str(names[i]).lower(): i for i in range(1, 13)}
    for day, month, year in [(4, 2, 2022), (1, 1, 1999), (31, 12, 2030), (29, 2, 2024), (9, 9, 5), (15, 6, None)]:
        for order, locale in (("mdy", "en"), ("dmy", "en_GB")):
            if year is None:
                pattern = "d MMMM" if order == "dmy" else "MMMM d"
                expected = babel_dates.format_date(datetime.date(2000, month, day), pattern, locale=locale)
            else:
                expected = babel_dates.format_date(datetime.date(year, month, day), "long", locale=locale)
            assert N.english_date(day, month, year, order) == expected
    assert N.iso_currency_codes() == frozenset(babel_numbers.list_currencies())


def test_a_check_run_does_not_import_babel():
    code = ("import sys; from tqcheck.api import check_text; "
            "check_text('On 4 February 2022 it cost 1.500,50 euros, the 3rd rise since March; "
            "some 2.300 people and $150 billion.\\n'); print('babel' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
