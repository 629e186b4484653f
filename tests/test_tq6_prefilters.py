"""TQ6 prefilters: the cheap candidate searches give the same matches as the full patterns."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.document import Document
from tqcheck.rules.tq6_structure import tq603_doubled_punctuation as T603
from tqcheck.rules.tq6_structure import tq610_dropped_name as T610

PIECES = ["such as", "SUCH  AS", "including", "namely", "like", "LIKE", "liKE", "aſ", "li\u212ae", "and", "or",
          "OR", ",", ", ", ".", "..", "...", ". .", ";", ":", " ", "\t", "\n", "(", ")", "-", "–", "SP", "PSD",
          "by", "from", "told", "reports", "according to", "The", "“", "x", "U.S.", "word"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(TEXTS)
def test_tq610_slots_are_the_full_pattern_matches(text):
    assert [m.span() for m in T610._slots(text)] == [m.span() for m in T610._SLOT_RE.finditer(text)]


def test_tq603_finds_what_the_full_scan_finds(monkeypatch):
    import re

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(TEXTS)
    def check(text):
        monkeypatch.setattr(T603, "_TWO_MARKS_RE", T603._TWO_MARKS_RE)
        fast = list(T603.doubled_punctuation(Document(text), None))
        monkeypatch.setattr(T603, "_TWO_MARKS_RE", re.compile(""))   # scan from the start
        assert fast == list(T603.doubled_punctuation(Document(text), None)), text

    check()


def test_tq611_scan_from_the_first_mark(monkeypatch):
    from tqcheck.rules.tq6_structure import tq611_markup_residue as T611

    pieces = ["League", "*", " *", "\t*", " ", "-", "19459003", "194590", "x", "ab", ".", ",", "\n"]

    @settings(max_examples=2000, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(pieces), max_size=12).map("".join))
    def check(text):
        hits = list(T611.markup_residue(Document(text), None))
        spans = [m.span() for m in T611._RESIDUE_RE.finditer(text)] if "*" in text or "194590" in text else []
        assert [(h.start, h.end) for h in hits] == spans, text

    check()


# Sentences of words that repeat a few places apart, with prepositions and links.
_REPEAT_PIECES = ["report", "reports", "reported", "stood", "in", "silence", "in silence", "the", "a", "that",
                  "which", "and", "to", "house", "Report", "REPORT", "sum", "sums", "the sum", "repeatedly",
                  "repeats", "investigation", "investigates", ",", ".", ". ", "\n", "\n\n", "“", "400",
                  "for", "minute", "minutes", "ça", "Ça", "co-op", "co-ops", "3rd", "l’area", "under"]
_REPEAT_TEXTS = st.lists(st.sampled_from(_REPEAT_PIECES), max_size=24).map(" ".join)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(_REPEAT_TEXTS)
def test_tq609_tq612_candidate_sentences_lose_nothing(text):
    """The document-level candidate search finds every sentence the per-sentence tests
    report on: checking every sentence gives the same findings."""
    from tqcheck.rules.tq6_structure import tq609_cognate_repetition as T609
    from tqcheck.rules.tq6_structure import tq612_repeated_in_sentence as T612

    doc = Document(text)
    every = [toks for _, toks in doc.sentence_tokens()]
    assert list(T609.cognate_repetition(doc, None)) == [h for toks in every for h in T609._sentence_hits(toks)]
    assert list(T612.repeated_in_sentence(doc, None)) == [h for toks in every
                                                          for h in T612._sentence_hits(doc, toks)]


_DOUBLE_PIECES = ["the", "The", "THE", "warehouse", "warehouse.", ".", ",", "health", "and", "or", "had",
                  "very", "\n", "\n\n", "  ", "Bora", "“", "x", "ǅ", "ǆ", "İ", "i̇"]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_DOUBLE_PIECES), max_size=20).map(" ".join))
def test_tq605_candidate_paragraphs_lose_nothing(text):
    from tqcheck.rules.tq6_structure import tq605_repeated_word as T605

    doc = Document(text)
    every = [h for p in doc.paragraphs for h in T605._paragraph_hits(text, doc.tokens_in(p.start, p.end))]
    assert list(T605.repeated_word(doc, None)) == every
