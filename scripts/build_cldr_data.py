#!/usr/bin/env python3
"""Write tqcheck/nlp/data/cldr.json: the CLDR data (through Babel) that tqcheck.nlp.numbers
reads, so a check run does not import Babel nor unpickle its locale files (~35 ms).

    python scripts/build_cldr_data.py [--check]

Number patterns are checked to be of the one shape ``nlp.numbers`` formats (plain
``#,##0.###``: no scale, exponent, significant digits or quoted text); tests/test_cldr_data.py
checks the file against Babel (symbols, months, formats) and the parse/format functions
against Babel's on generated numbers.
"""
from __future__ import annotations

import json
from pathlib import Path

from generated_file import write_or_check
OUT = Path(__file__).resolve().parent.parent / "tqcheck" / "nlp" / "data" / "cldr.json"
NUMBER_LOCALES = ("en", "es", "fr", "pt", "pt_PT", "it", "de", "ru")
DATE_LOCALES = ("en", "en_GB")


def _shape(p) -> dict:
    assert p.scale == 0 and not p.exp_prec and "@" not in p.pattern and "'" not in p.pattern, p.pattern
    assert "¤" not in p.pattern and "%" not in p.pattern and "‰" not in p.pattern, p.pattern
    return {"prefix": list(p.prefix), "suffix": list(p.suffix), "grouping": list(p.grouping),
            "int_min": p.int_prec[0], "frac_prec": list(p.frac_prec)}


def build() -> dict:
    import babel
    from babel import Locale
    from babel.numbers import (get_decimal_symbol, get_group_symbol, get_infinity_symbol, list_currencies,
                               parse_pattern)

    numbers = {}
    for loc in NUMBER_LOCALES:
        numbers[loc] = {"decimal": get_decimal_symbol(loc), "group": get_group_symbol(loc),
                        "infinity": get_infinity_symbol(loc),
                        "pattern": _shape(Locale.parse(loc).decimal_formats[None])}
    custom = _shape(parse_pattern("#,##0.#"))
    custom.pop("frac_prec")
    for fmt in ("#,##0", "#,##0.00", "#,##0.#####"):
        shape = _shape(parse_pattern(fmt))
        shape.pop("frac_prec")
        assert shape == custom, fmt
    en = Locale.parse("en")
    ordinal = [en.ordinal_form(n) for n in range(100)]
    assert all(en.ordinal_form(n) == ordinal[n % 100] for n in range(100, 10000))
    dates = {}
    for loc in DATE_LOCALES:
        L = Locale.parse(loc)
        months = L.months["format"]["wide"]
        dates[loc] = {"months": [str(months[i]) for i in range(1, 13)], "long": L.date_formats["long"].pattern}
    return {"source": f"CLDR through Babel {babel.__version__} (scripts/build_cldr_data.py)",
            "numbers": numbers, "custom_pattern": custom, "en_ordinal_by_mod_100": ordinal,
            "dates": dates, "currencies": sorted(list_currencies())}


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    return write_or_check(OUT, render(build()), "build_cldr_data.py")


if __name__ == "__main__":
    raise SystemExit(main())
