"""Helpers shared by the TQ4 rules: names, titles, time phrases, tag sets.

The word lists live in ``vocabulary`` (read from ``corpora/word_order.toml``); only the
part-of-speech tag sets (Penn Treebank tags of ``tqcheck.nlp.tagger``) are kept here."""
from __future__ import annotations

import bisect

from .vocabulary import MONTHS, TIME_PARTS, TIME_WORDS, WEEKDAYS

NOUN_TAGS = frozenset({"NN", "NNS"})
FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
NNP = frozenset({"NNP", "NNPS"})


def matches_at(pattern, text: str, anchor: str, back: tuple[int, ...]):
    """``pattern.finditer(text)`` for a pattern whose every match holds ``anchor`` at one of
    the distances ``back`` from its start (`in which` and `during which` before ` which `):
    the pattern is tried only there, found by ``str.find``, instead of at every offset."""
    starts = set()
    i = text.find(anchor)
    while i >= 0:
        starts.update(i - b for b in back if i >= b)
        i = text.find(anchor, i + 1)
    end = 0
    for s in sorted(starts):
        if s >= end:
            m = pattern.match(text, s)
            if m:
                yield m
                end = m.end()


def cap(word: str) -> bool:
    return word[:1].isupper()


def is_name_word(tok) -> bool:
    """A capitalised word that can be part of a person's name (`Xi`, `López`, `Jean-Luc`)."""
    t = tok.text
    return tok.kind == "word" and t[0].isupper() and (not t.isupper() or (len(t) == 1 and t not in "AI")) \
        and "'" not in t and "’" not in t and t.lower() not in WEEKDAYS and t.lower() not in MONTHS


def time_phrase_end(toks, i):
    """Index after an optional time adverb at toks[i] (`today`, `on Tuesday`, `this morning`)."""
    if i >= len(toks):
        return i
    w = toks[i].lower
    if w in TIME_WORDS:
        return i + 1
    if w in {"on", "this", "last"} and i + 1 < len(toks) and (
            toks[i + 1].lower in WEEKDAYS or (w != "on" and toks[i + 1].lower in TIME_PARTS)):
        return i + 2
    if w in WEEKDAYS:
        return i + 1
    return i


def name_end(toks, i):
    """Index after a 1-4 word personal name starting at toks[i], or -1."""
    j = i
    while j < len(toks) and j - i < 4 and is_name_word(toks[j]):
        j += 1
    if j == i:
        return -1
    if j < len(toks) and toks[j].text not in {",", ".", ";"}:
        return -1
    return j


def title_case(words):
    return " ".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words)


def named_subject(title, name, place, verb, when):
    """The English order: `Chinese President Xi Jinping said today` (or, with a place,
    `Gustavo Petro, the president of Colombia, said today`)."""
    if place:
        sugg = f"{name}, the {' '.join(title)} of {place}, {verb}"
    else:
        sugg = f"{title_case(title)} {name} {verb}"
    return f"{sugg} {when}" if when else sugg


def sentence_index(doc, offset):
    """Index of the sentence holding ``offset``, or None (between sentences)."""
    sents = doc.sentences
    starts = doc.view("sentence_starts", lambda d: [s.start for s in d.sentences])
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < sents[i].end:
        return i
    return None

# Where the error classes are documented (``@rule(sources=...)``).
MQM_WORD_ORDER = "MQM issue types (2015): Fluency > Grammar > Word order"
VILAR_2006 = ("Vilar et al. 2006, Error Analysis of Statistical Machine Translation Output "
              "(LREC): word order, missing and extra words")
WORD_ORDER_SOURCES = (MQM_WORD_ORDER, VILAR_2006)
