"""TQ404 helpers for casing slips a word list of pronouns and verbs cannot see:

* ``inconsistent_capitals``: a common word capitalised once in mid-sentence (`officials
  said that Flooded tunnels would reopen`) in an article that writes the same word in
  lower case elsewhere (`the flooded tunnels`): the article itself shows the capital is a
  slip, not a name.
* ``mixed_case_names``: a fixed proper name with only some of its words capitalised
  (`the supreme Court`, `the Second World war`): write it as the name is written.
* ``lowered_roles``: a generic role written with capitals after a lower-case
  determiner (`the Head of State said`).

Examples: cases/TQ404.toml."""
from __future__ import annotations

import bisect
import re
from itertools import filterfalse

from ...findings import Hit
from ...nlp.tagger import pos_view
from ...nlp.text import lower_keeping_offsets
from ..tq5_untranslated.data import vocab
from .helpers import NOUN_TAGS, sentence_index
from .vocabulary import (CAP_COMMON_ADJECTIVES, CAP_EVIDENCE_NOT, CAP_TRIGGERS_ALL, CAP_TITLE_CUES, LOWERED_ROLES, MIXED_CASE_NAMES, MONTHS,
                         WEEKDAYS)


_MIXED = tuple(sorted((p.replace("_", " ") for p in MIXED_CASE_NAMES), key=len, reverse=True))
_ROLES = tuple(sorted((p.replace("_", " ") for p in LOWERED_ROLES), key=len, reverse=True))
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "as", "new", "former", "its", "their"})
# A capitalised word between two lower-case words (the candidates): found with a C-speed
# scan; the evidence elsewhere in the article is looked up with ``str.find`` for the few
# candidates left after the word lists, and the tokens only for those.
# (The lower-case letter before the space is checked in Python: a pattern that starts
# with a plain space is searched for far faster than one that starts with a look-behind.)
_CANDIDATE_RE = re.compile(r" ([A-Z][a-z]{3,})(?= [a-z])")


def _phrases(doc, phrases):
    """(start, end) of each phrase in ``doc.text``, matched case-insensitively on word
    boundaries."""
    text = doc.text
    low = doc.view("lower_text", lambda d: lower_keeping_offsets(d.text))   # shared with TQ212
    found = []
    for ph in phrases:
        i = low.find(ph)
        while i >= 0:
            e = i + len(ph)
            if (i == 0 or not low[i - 1].isalnum()) and (e == len(low) or not low[e].isalnum()):
                found.append((i, e))
            i = low.find(ph, e)
    found.sort()
    out, last = [], -1
    for i, e in found:   # longest first at one place, no overlaps
        if i >= last:
            out.append((i, e))
            last = e
    return [(i, e, text[i:e]) for i, e in out]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def _is_word_char(ch: str) -> bool:
    """``\\w`` of a ``str`` pattern: a letter, digit or numeric character, or ``_``."""
    return ch.isalnum() or ch == "_"


def _whole_word_count(text: str, word: str, limit: int) -> int:
    """How many times ``word`` (letters only) stands in ``text`` as a whole word, as
    ``\\bword\\b`` would find it; counting stops at ``limit``. ``str.find`` scans only
    for this one word, where a regex over every word of the article built a set and a
    count of all of them."""
    n, i, size, end = 0, text.find(word), len(word), len(text)
    while i >= 0:
        if (i == 0 or not _is_word_char(text[i - 1])) and (i + size == end or not _is_word_char(text[i + size])):
            n += 1
            if n >= limit:
                break
        i = text.find(word, i + size)
    return n


# What joins the parts of a word token (`other’s`, `long-term`, `covid.19`).
_JOINERS_RE = re.compile(r"['’\-‐.,:]")


def _word_parts(doc) -> frozenset:
    """The word tokens' texts and their parts between joiners: a letter word that stands
    whole in the text (``_whole_word_count``: between characters that are not ``\\w``)
    is one of them, since a word token covers it whole or as one of its parts. Most
    candidates are not, and skip scanning the article for them."""
    def build(d):
        words = vocab(d)
        parts = set(words)
        for w in filterfalse(str.isalnum, words):
            parts.update(_JOINERS_RE.split(w))
        return frozenset(parts)

    return doc.view("tq404_word_parts", build)


def inconsistent_capitals(doc):
    """`Flooded tunnels` once, `flooded tunnels` elsewhere in the same article."""
    text = doc.text
    pos = parts = None
    for m in _CANDIDATE_RE.finditer(text):
        if m.start() == 0 or not "a" <= text[m.start() - 1] <= "z":
            continue
        w = m.group(1)
        low = w.lower()
        if low in CAP_EVIDENCE_NOT or low in MONTHS or low in WEEKDAYS or low in CAP_TRIGGERS_ALL \
                or low in CAP_COMMON_ADJECTIVES:
            continue
        # written in lower case elsewhere, capitalised only here
        parts = parts or _word_parts(doc)
        if low not in parts or not _whole_word_count(text, low, 1) or _whole_word_count(text, w, 2) != 1:
            continue
        start, end = m.span(1)
        si = sentence_index(doc, start)
        if si is None:
            continue
        toks = doc.sentence_tokens()[si][1]
        k = bisect.bisect_left([t.start for t in toks], start)
        if not 0 < k < len(toks) - 1 or toks[k].text != w:
            continue
        prev, nxt = toks[k - 1], toks[k + 1]
        if prev.kind != "word" or not prev.text.islower() or nxt.kind != "word" or not nxt.text.islower():
            continue
        if prev.text in CAP_TITLE_CUES:
            continue   # `the film Little women`, `see Output formats`: a title in sentence case
        pos = pos or pos_view(doc)
        if pos.near(si, k, k + 1)[k + 1] not in NOUN_TAGS:
            continue
        yield Hit(start, end,
                  f"`{w}` is capitalised in mid-sentence but written `{low}` elsewhere in "
                  f"this article: write `{low}`.",
                  suggestions=(low,), fix=low)


def mixed_case_names(doc):
    """`the Second World war` -> `the Second World War`."""
    text = doc.text
    starts = None   # the sentence starts, only once a phrase is found
    for start, end, g in _phrases(doc, _MIXED):
        if starts is None:
            starts = {s.start for s in doc.sentences}
        words = g.split()
        caps = [w[:1].isupper() for w in words]
        at_start = start in starts or _sentence_start(text, start)
        considered = caps[1:] if at_start else caps
        if len(set(considered)) < 2:   # all lower case (a style) or all capitalised
            continue
        want = " ".join(w[:1].upper() + w[1:].lower() for w in words)
        if g == want:
            continue
        yield Hit(start, end,
                  f"`{g}` capitalises only part of a proper name: write `{want}`.",
                  suggestions=(want,), fix=want)


def lowered_roles(doc):
    """`the Head of State said` -> `the head of state said` (a role, not a name)."""
    text = doc.text
    for start, end, g in _phrases(doc, _ROLES):
        if g.islower():
            continue
        before = text[max(0, start - 12):start].split()
        if not before or before[-1] not in _ROLE_DETERMINERS:
            continue
        after = text[end:end + 2]
        if after[:1] == " " and after[1:2].isupper():   # `the Head of State Ana Ruiz`: a title
            continue
        low = g.lower()
        yield Hit(start, end,
                  f"`{g}` names a role, not an office's proper name: write `{low}`.",
                  suggestions=(low,), fix=low)


def _sentence_start(text: str, offset: int) -> bool:
    j = offset - 1
    while j >= 0 and text[j] in " \t“\"‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"
