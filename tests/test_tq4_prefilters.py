"""TQ4 prefilters: ``helpers.matches_at`` gives ``finditer``'s matches."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.tq4_word_order import fronted, tq411_title_article
from tqcheck.rules.tq4_word_order.helpers import matches_at

PIECES = ["in", "at", "on", "during", "In", " which", " which ", "which", " participated", " the", " mayors", ",",
          ".", " ", "-", "x", "the", "The", " President", "President", "Vice-", "vice ", " of the ", "Republic",
          "republic", ", ", "Ana", " Ruiz", " of", "resident of the "]


@pytest.mark.parametrize("pattern,anchor,back", [
    (fronted._RELATIVE_RE, " which ", fronted._RELATIVE_BACK),
    (tq411_title_article._OF_REPUBLIC_RE, "resident of the ", (5, 10)),
])
def test_matches_at_is_finditer(pattern, anchor, back):
    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
    def check(text):
        assert [m.span() for m in matches_at(pattern, text, anchor, back)] == \
            [m.span() for m in pattern.finditer(text)], text

    check()


_WORD_PIECES = ["flood", "Flood", "flooded", "_", "’", "'", "-", "‐", ".", ",", ":", "5", "12", " ", "\n", "“",
                "x", "é", "ﬂ", "\u0301", "Ⅻ", "²", "co", "s"]


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=14).map("".join))
def test_word_parts_hold_every_whole_word(text):
    """Every run of letters standing whole in the text (as ``_whole_word_count`` counts
    it) is a word token or one of its parts."""
    import re

    from tqcheck.document import Document
    from tqcheck.rules.tq4_word_order import casing_evidence

    parts = casing_evidence._word_parts(Document(text))
    for run in re.findall(r"\w+", text):
        if run.isascii() and run.isalpha():
            assert casing_evidence._whole_word_count(text, run, 1) == 1
            assert run in parts, (text, run)
