"""Document offsets, paragraphs, sentences and tokens."""
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.document import Document, LineIndex, OffsetMap
from tqcheck.nlp.tokens import tokenize

# Arbitrary Unicode plus the characters that matter to the splitter, weighted up.
TEXT = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)),
                       st.sampled_from(list(" \n\r\t.,;:!?“”‘’\"'-—–…()«»abcXYZ0123456789"))),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_slice_back_and_are_ordered(text):
    doc = Document(text)
    for kind in (doc.paragraphs, doc.sentences, doc.tokens):
        prev_end = 0
        for span in kind:
            assert 0 <= span[0] < span[1] <= len(text)
            assert span[0] >= prev_end
            prev_end = span[1]
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
        assert not any(ch.isspace() for ch in t.text)
    for s in doc.sentences:
        chunk = text[s.start:s.end]
        assert chunk == chunk.strip()
        assert doc.paragraph_of(s.start) is not None
        p = doc.paragraph_of(s.start)
        assert p.start <= s.start and s.end <= p.end  # never across a blank line
    # Every non-space character of a paragraph is covered by exactly one token.
    covered = sum(t.end - t.start for t in doc.tokens)
    assert covered == sum(1 for p in doc.paragraphs for ch in text[p.start:p.end] if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_line_col_round_trips(text):
    idx = LineIndex(text)
    for off in range(0, len(text) + 1, 7):
        line, col = idx.line_col(off)
        start, _ = idx.line_span(line, text)
        assert start + col - 1 == off


def sents(text):
    d = Document(text)
    return [d.slice(s) for s in d.sentences]


def test_news_abbreviations_do_not_split():
    text = ("Gov. Ana Ruiz met Sen. Pedro Gil and Gen. Luis Mora in the U.S. capital at 10 a.m. on "
            "Jan. 4. Mr. Gil left at 3 p.m. and took flight No. 7 to Lima.")
    assert sents(text) == [
        "Gov. Ana Ruiz met Sen. Pedro Gil and Gen. Luis Mora in the U.S. capital at 10 a.m. on Jan. 4.",
        "Mr. Gil left at 3 p.m. and took flight No. 7 to Lima.",
    ]


def test_sentence_ends_inside_closing_quotes():
    text = "“We will win,” she said. “The vote is ours.” Then she left. Was it true?” he asked."
    out = sents(text)
    assert out[0] == "“We will win,” she said."
    assert out[1] == "“The vote is ours.”"
    assert out[2] == "Then she left."


def test_sentences_never_cross_blank_lines():
    text = "The talks ended without\n\nagreement on Friday. Both sides left."
    assert sents(text) == ["The talks ended without", "agreement on Friday.", "Both sides left."]


def test_crlf_and_bom_free_offsets():
    text = "First line.\r\n\r\nSecond paragraph here.\r\n"
    doc = Document(text)
    assert [doc.slice(p) for p in doc.paragraphs] == ["First line.", "Second paragraph here."]
    second = doc.paragraphs[1]
    assert doc.line_col(second.start) == (3, 1)


def test_tokens_keep_numbers_and_apostrophes_whole():
    toks = [t.text for t in tokenize("each other’s 150,000 long-term 3.5% ’90s 2023in")]
    assert toks == ["each", "other’s", "150,000", "long-term", "3.5", "%", "’", "90s", "2023in"]


def test_offset_map_points_into_the_file():
    # File "<p>Hi there</p>" -> text "Hi there" copied from offset 3.
    m = OffsetMap([(0, 3, 8)])
    assert m.span_to_source(3, 8) == (6, 11)


def test_blank_line_regex_matches_the_plain_one():
    """``_BLANK_LINE_RE`` (alternatives starting with literals, for speed) finds exactly the
    matches of the straightforward pattern."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tqcheck.document import _BLANK_LINE_RE

    plain = re.compile(r"\r?\n[ \t\f\v\u00a0]*(?:\r?\n[ \t\f\v\u00a0]*)*\r?\n|\r\r+")
    pieces = st.sampled_from(["\r", "\n", "\r\n", " ", "\t", "\f", "\v", "\u00a0", "\u2028", "a", "b."])

    @settings(max_examples=3000, deadline=None)
    @given(st.lists(pieces, max_size=16).map("".join))
    def same(text):
        assert [m.span() for m in _BLANK_LINE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]

    same()
