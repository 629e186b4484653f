"""Punkt matching with the standard ``re`` gives the spans NLTK's ``regex`` patterns give,
on every text ``nlp.sentences`` hands it (texts without a ``_NOT_RE_SAFE`` character),
and a check of plain English copy never imports ``regex``."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.nlp import sentences
from tqcheck.nlp.sentences import _NOT_RE_SAFE, _punkt_tokenizer, _source_tokenizer, split_sentences

regex = pytest.importorskip("regex")

# Every class Punkt's patterns use (nltk.tokenize.punkt): \s, \S, \d, \w, \W, [^\W\d].
CLASSES = (r"\s", r"\S", r"\d", r"\w", r"\W", r"[^\W\d]")


def test_both_engines_classify_every_safe_character_alike():
    import re

    pairs = [(re.compile(c), regex.compile(c)) for c in CLASSES]
    safe = [chr(cp) for cp in range(0x110000) if _NOT_RE_SAFE.match(chr(cp)) is None]
    assert len(safe) > 1000
    for ch in safe:
        for ours, theirs in pairs:
            assert (ours.match(ch) is None) == (theirs.match(ch) is None), (hex(ord(ch)), ours.pattern)


def test_the_engines_differ_on_characters_left_out():
    # Why the safe set is needed at all: a combining mark is a word character for regex only.
    assert regex.match(r"\w", "\u0301") and not __import__("re").match(r"\w", "\u0301")
    assert _NOT_RE_SAFE.search("Cafe\u0301. Next")


PIECES = ["the", "said", "Mr", "Dr", "U.S.", "St", "Jan", "No", "etc", "vs", "A", "B", "J.", "He", "It",
          "Sr", "Dra", "EE", "UU", "2", "3.5", "1,500", "10", "iii", "Élysée", "Ankara", "İstanbul", "ğ",
          "Ωmega", "Москва", "x"]
MARKS = [" ", " ", " ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\u00a0", "\u2009", "\u202f", ".", ".", ".",
         "?", "!", "...", "…", ",", ";", ":", "-", "--", "—", "–", "(", ")", "[", "]", "{", "}", '"', "'",
         "“", "”", "‘", "’", "«", "»", "*", "@", "#", "&", "`", "%", "$", "€", "_", "/", "·", "¿", "¡"]
SAFE_TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(MARKS)), max_size=60).map("".join)


def _spans(tokenizer, text):
    return list(tokenizer.span_tokenize(text))


@settings(max_examples=3000, deadline=None)
@given(SAFE_TEXTS)
def test_re_and_regex_punkt_give_the_same_spans(text):
    assert _NOT_RE_SAFE.search(text) is None
    assert _spans(_punkt_tokenizer(), text) == _spans(_punkt_tokenizer(True), text)
    assert _spans(_source_tokenizer(), text) == _spans(_source_tokenizer(True), text)


def test_a_text_with_another_character_goes_to_regex():
    asked = []

    def spy(exact=False):
        asked.append(exact)
        return _punkt_tokenizer(exact)

    plain, marked = "He left. She stayed.", "He left. She stayed a\u0301."
    sentences._split_piece(plain, 0, len(plain), spy)
    sentences._split_piece(marked, 0, len(marked), spy)
    assert asked == [False, True]
    assert split_sentences(marked, 0, len(marked)) == _spans(_punkt_tokenizer(True), marked)


def test_checking_english_copy_does_not_import_regex():
    from conftest import SEED

    code = """
import sys
from tqcheck.api import check_text
check_text(open(sys.argv[1], encoding="utf-8").read())
print("regex" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_an_nltk_that_needs_more_of_redos_gets_the_real_module():
    code = """
from tqcheck.nlp import nltk_light
stand_in = nltk_light.stdlib_redos()
stand_in.__dict__.pop("compile")        # as if Punkt needed something the stand-in lacks
punkt = nltk_light.import_module("nltk.tokenize.punkt", {"nltk.redos": stand_in})
assert type(punkt.PunktLanguageVars.re_boundary_realignment).__name__ == "TimedPattern"
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
