"""The lexicon stream's quote removal and lower-casing against a plain reference."""
from hypothesis import given, settings, strategies as st

from tqcheck.lexicon.pattern import QUOTES
from tqcheck.lexicon.stream import stream
from tqcheck.nlp.tokens import tokenize

_ALPHABET = st.sampled_from(list("aZΣσ ’'\"“”«»‹›„‟‘‚‛`\n.,1x") + ["don't", "ÉTÉ", "İ"])


def _reference(tokens, text):
    keep = [k for k, t in enumerate(tokens) if t.text not in QUOTES]
    toks = [tokens[k] for k in keep]
    low_text = text.lower() if len(text.lower()) == len(text) else None
    lows = [(low_text[t.start:t.end] if low_text is not None and "Σ" in text else t.lower).replace("’", "'")
            for t in toks]
    return toks, lows, keep


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_stream_matches_reference(text):
    tokens = tokenize(text)
    s = stream(tokens, text)
    toks, lows, keep = _reference(tokens, text)
    assert s.tokens == toks
    assert s.lows == lows
    assert [s.raw_index(j) for j in range(len(s.tokens))] == keep


def test_stream_of_a_paragraph_of_the_text():
    text = "“One” two. \n\n‘Three’ «four»"
    tokens = [t for t in tokenize(text) if t.start > 12]
    s = stream(tokens, text)
    assert [t.text for t in s.tokens] == ["Three", "four"]
    assert [s.raw_index(j) for j in range(2)] == [1, 4]
