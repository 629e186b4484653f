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


_DOUBLET_PIECES = ["citizens", "citizen", "Citizens", "the", "The", "all", "los", " and ", " or ", " ", "and", "or",
                   "’", "'", "-", "x", "s", "-s", "l’", "d'", "_", "2", "é", "\u0301", "ab", "abab", ".", "\n"]


@settings(max_examples=4000, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_DOUBLET_PIECES), max_size=14).map("".join))
def test_tq405_prefilter_passes_every_doublet(text):
    """``_may_double`` is true wherever ``DOUBLET_RE`` matches (a necessary condition)."""
    from tqcheck.rules.tq4_word_order import tq405_gender_doublet as T405

    if T405.DOUBLET_RE.search(text):
        assert T405._may_double(text, 0, len(text)), text
