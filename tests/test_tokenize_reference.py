"""``tokenize`` (chunk by chunk from ``str.split``, with fast paths for plain words) gives the tokens of
``TOKEN_RE`` run over the whole text: the reference below is the straightforward scan."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.nlp.tokens import NUMBER, PUNCT, TOKEN_RE, WORD, Token, tokenize

_SPACED = re.compile(r"(\s*)(?:" + TOKEN_RE.pattern + ")", re.VERBOSE)


def reference(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out, pos = [], start
    for space, number, word, punct in _SPACED.findall(text, start, end):
        pos += len(space)
        g, kind = (number, NUMBER) if number else (word, WORD) if word else (punct, PUNCT)
        out.append(Token(pos, pos + len(g), g, kind))
        pos += len(g)
    return out


PIECES = ["the", "Said", "2023", "2023in", "150,000", "3.5", "1:30", "10-12", "long-term", "other’s",
          "don't", "x", "É", "İ", "ß", "ǅ", "Ⅻ", "²", "٣", "e\u0301", "_", "__init__", "a_b", "\u200d",
          "\u00a0", " ", "  ", "\n", "\r\n", "\t", "\x1c", "\u2028", ",", ".", ":", "'", "’", "-", "‐",
          "—", "“", "”", "(", ")", "?", "!", "%", "$", "…", "\U0001F600"]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=3000, deadline=None)
@given(TEXTS, st.integers(0, 5), st.integers(0, 5))
def test_tokenize_matches_the_reference_scan(text, cut_a, cut_b):
    end = max(0, len(text) - cut_b)
    start = min(cut_a, end)
    got = tokenize(text, start, end)
    assert got == reference(text, start, end)
    assert all(type(t) is Token and t.lower == t.text.lower() for t in got)


def test_plain_words_and_trailing_marks():
    text = "He said, “the long-term plan_ costs 150,000.” Done."
    assert tokenize(text) == reference(text)
    assert [t.text for t in tokenize("said, plan_ well- students'")] == [
        "said", ",", "plan", "_", "well", "-", "students", "'"]
