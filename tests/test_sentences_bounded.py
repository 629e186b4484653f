"""Sentence splitting stays bounded: Punkt sees pieces of at most MAX_PUNKT_CHARS, and a
TimeoutError from NLTK's regex clock falls back to cutting at sentence marks."""
import pytest

from tqcheck.nlp import sentences
from tqcheck.nlp.sentences import MAX_PUNKT_CHARS, split_sentences


def _valid(text, spans):
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


@pytest.mark.parametrize("text", [" ." * 30000, "U.S. " * 12000, "." * 40000, "a" * 25000, "Dr. Smith went home. " * 2000])
def test_long_paragraphs_are_split_in_bounded_pieces(text, monkeypatch):
    seen = []
    real = sentences._split_piece

    def spy(t, a, b):
        seen.append(b - a)
        return real(t, a, b)

    monkeypatch.setattr(sentences, "_split_piece", spy)
    spans = split_sentences(text, 0, len(text))
    _valid(text, spans)
    assert max(seen) <= MAX_PUNKT_CHARS
    # every non-space character is in exactly one sentence, in order
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())


def test_pieces_are_cut_after_a_sentence_end_when_there_is_one():
    text = "The minister spoke again. " * 1000
    spans = split_sentences(text, 0, len(text))
    assert all(text[s:e] == "The minister spoke again." for s, e in spans)


def test_short_paragraph_is_one_punkt_call():
    text = "Xi spoke. Putin agreed."
    assert split_sentences(text, 0, len(text)) == [(0, 9), (10, 23)]


def test_nltk_timeout_falls_back_to_sentence_marks(monkeypatch):
    class Slow:
        def span_tokenize(self, chunk):
            raise TimeoutError("regex took too long")

    monkeypatch.setattr(sentences, "_punkt_tokenizer", lambda: Slow())
    text = "  First one. Second one!  Third"
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == ["First one.", "Second one!", "Third"]
