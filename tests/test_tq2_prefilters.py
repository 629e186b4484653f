"""TQ2 prefilters: every ``need`` pattern handed to ``helpers.scan`` is found wherever its
rule pattern matches, and scanning with it finds the same matches (a window without the
need is skipped, never a finding)."""
from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.document import Document
from tqcheck.rules.tq2_numbers import helpers

P = "tqcheck.rules.tq2_numbers."
# (module, rule pattern, its need)
PAIRS = [
    ("tq201_long_scale_amount", "_LONG_RE", "_LONG_NEED"),
    ("tq203_source_decimal_separator", "_DECIMAL_COMMA_RE", "_DECIMAL_COMMA_NEED"),
    ("tq203_source_decimal_separator", "_DOT_GROUP_RE", "_DOT_GROUP_NEED"),
    ("tq203_source_decimal_separator", "_SIGN_DOT_RE", "_SIGN_DOT_NEED"),
    ("tq204_space_thousands_separator", "_SPACE_GROUP_RE", "_SPACE_GROUP_NEED"),
    ("tq205_space_before_percent", "_PERCENT_RE", "_PERCENT_NEED"),
    ("tq206_source_date_order", "_DATE_WORDS_RE", "_DATE_WORDS_NEED"),
    ("tq206_source_date_order", "_LOWER_MONTH_RE", "_LOWER_MONTH_NEED"),
    ("tq207_source_ordinal", "_ORDINAL_RE", "_ORDINAL_NEED"),
    ("tq207_source_ordinal", "_DE_ORDINAL_RE", "_DE_ORDINAL_NEED"),
    ("tq208_numeric_day_month_date", "_NUMERIC_DATE_RE", "_NEED"),
    ("tq209_ordinal_in_date", "_ORDINAL_DATE_RE", "_NEED"),
    ("tq215_spaced_decimal_comma", "_SPACED_COMMA_RE", "_SPACED_COMMA_NEED"),
    ("tq216_weekday_day_number", "_PARENS_RE", "_PARENS_NEED"),
    ("tq216_weekday_day_number", "_ORDINAL_RE", "_ORDINAL_NEED"),
    ("tq217_mixed_date_order", "_DMY_RE", "_DMY_NEED"),
    ("tq217_mixed_date_order", "_MDY_RE", "_MDY_NEED"),
    ("tq218_date_run_into_number", "_RE", "_NEED"),
    ("tq219_article_before_percent", "_RE", "_NEED"),
    ("tq221_million_of", "_RE", "_NEED"),
    ("tq222_of_before_year", "_RE", "_NEED"),
]
# Pieces the patterns care about, joined at random into hostile texts.
PIECES = ["1", "12", "3", "0", "2022", "1.200", "4,7", "5,500", " ", "\u00a0", "\u202f", "\n", ",", ".", ", ", "%",
          "per cent", "percent", "a", "An", "an", "the", "The", "next", "Next", "of", "March", "march", "May",
          "may", "December", "june", "th", "st", "nd", "rd", "º", "ª", "er", "ro", "e", "ème", "го", "-", "/",
          ":", "$", "€", "R$", "US", "mdp", "M€", "Md€", "Mio.", "Mrd.", "mld", "bi", "mi", "mil", "pesos",
          "million", "billion", "thousand", "dollars", "people", "Monday", "Friday", "night", "(", ")",
          "round", "day", "more", "x", "h", "hours", "hrs", "at", "17", "17:30", "1500", "12000", "2021", "1750", "Sunday", "January", "1st", "12th", "000", "tons", "(3)", "10/12",
          "10 000", "250\u202f000", "20 000", "٣٤٥٦", "３４５６", "２", "١٨٠٠"]
SEPARATORS = ["", " ", " ", " ", "\u00a0", ", ", "."]
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(p + s for p, s in parts))


@pytest.mark.parametrize("module,pattern,need", PAIRS)
def test_need_is_in_every_match(module, pattern, need):
    mod = importlib.import_module(P + module)
    rx, nd = getattr(mod, pattern), getattr(mod, need)

    @settings(max_examples=1500, deadline=None, derandomize=True)
    @given(TEXTS)
    def check(text):
        if rx.search(text) is not None:
            assert nd.search(text) is not None, text
        doc = Document(text)
        spans = [m.span() for m in helpers.scan(rx, doc)]
        assert [m.span() for m in helpers.scan(rx, doc, need=nd)] == spans, text

    check()


@pytest.mark.parametrize("module,function,need", [
    ("tq220_source_amount_abbreviation", "source_amount_abbreviation", "_NEED"),
    ("tq210_missing_thousands_separator", "missing_thousands_separator", "_BARE_NEED"),
    ("tq211_source_clock_time", "source_clock_time", "_CLOCK_NEED"),
])
def test_need_keeps_every_finding(monkeypatch, module, function, need):
    """Needs that leave out matches the rule skips (`5 mi` without `R$`, a bare year, `at 17`)."""
    mod = importlib.import_module(P + module)
    rule, pattern = getattr(mod, function), getattr(mod, need)

    @settings(max_examples=1500, deadline=None, derandomize=True)
    @given(TEXTS)
    def check(text):
        monkeypatch.setattr(mod, need, pattern)
        with_need = list(rule(Document(text), None))
        monkeypatch.setattr(mod, need, None)
        assert with_need == list(rule(Document(text), None)), text

    check()


_SCALE_PIECES = ["thousand", "THOUSAND", "million", "MİLLION", "billion", "trillion", "mmillion", "illion",
                 "tr", "m", "b", "s", " ", "\u00a0", "2", "2.300", "two", "Two", "seventy", "-", "seventy-eight",
                 "eight", "ſix", "ſeventy", "K", "hundred", "'", "’", ".", ","]


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_SCALE_PIECES), max_size=14).map("".join))
def test_tq212_scale_words_and_grouped_words(text):
    """``_scale_words`` finds ``_SCALE_RE``'s matches; the run pattern with its number words
    grouped by first letter matches what the flat alternation matched."""
    import re

    from tqcheck.nlp.text import lower_keeping_offsets
    from tqcheck.rules.tq2_numbers import tq212_mixed_number_words as T212

    low = lower_keeping_offsets(text)
    assert T212._scale_words(low) == [m.start() for m in T212._SCALE_RE.finditer(low)]
    token = (r"(?:\d[\d.,]*\d|\d|(?i:hundred|(?:thousand|million|billion|trillion)s?|"
             + "|".join(T212._WORDS) + r"))(?![\w'’-])")
    flat = re.compile(rf"(?<![\w.,'’-])(?i:{token}(?:[ \u00a0]{token})*)")
    assert [m.span() for m in T212._RUN_RE.finditer(text)] == [m.span() for m in flat.finditer(text)]
