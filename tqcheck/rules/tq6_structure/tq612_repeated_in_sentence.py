"""TQ612 repeated-in-sentence: a word or phrase said twice a few words apart (`stood up
and stood in line`, `in silence for a minute in silence`).

Examples: cases/TQ612.toml."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from operator import eq

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import INTENSIFYING, sentence_starts, word_list

# Function words: a repeat of these alone is ordinary English.
_FUNCTION = frozenset("""the a an of to in on at for with and or but by as from that this these
    those it its is was were be been are has have had he she they we you i his her their our
    which who whom whose what when where while not no so than then there also into over about
    after before under between through during without will would could should can may might
    must shall do does did if all any each some more most other such only just very almost""".split())
# Coordination and comparison repeat a noun on purpose (`state symbols and state`,
# `police against the police`, `better than better`).
_DETERMINERS = frozenset("the a an this that these those its his her their our your my".split())
_MID_STOP = frozenset("and or against versus vs than that is was as when if".split())
# A repeated prepositional phrase (`in silence ... in silence`) is the phrase case.
_PREPOSITIONS = frozenset("in on at with for by from into under without".split())
# `house to house`, `match after match`, `side by side`: a word around a preposition.
_BETWEEN_OK = frozenset("to by after upon for on in against versus vs or and".split())
# Only words and spaces between a word and its repeat (`files, folders; files` is a list);
# no bracket, semicolon or quotation mark between a phrase and its repeat.
_PLAIN_RE = re.compile(r"[ ]+(?:[^\W\d_][\w'’-]*[ ]+)*")
_BREAK_RE = re.compile(r"[;()\[\]“”\"]")
_WINDOW = 3      # a word repeated with one or two words between
_PHRASE_WINDOW = 10


@rule(
    "TQ612", name="repeated-in-sentence", category=Category.STRUCTURE, severity=Severity.INFO,
    summary="A word or phrase said twice a few words apart (`stood up and stood in line`).",
    explanation="""When MT renders a source phrase and then the words around it again, or
    joins two overlapping segments, a sentence says the same thing twice a few words
    apart: `they stood up and stood in line`, `a minute in silence for the victims in
    silence`, `the arena rebuilt as a football arena`. A content word of five letters or
    more repeated with one or two words between, or a two-word phrase with a content word
    repeated within ten words, is reported at info severity; English does this on purpose
    (`house to house`, `match after match`, `very, very`), so a reader decides.""",
    sources=("MQM: Accuracy > Addition; Fluency > Duplication",),
)
def repeated_in_sentence(doc, ctx):
    sentences = doc.sentence_tokens()
    for si in candidate_sentences(doc):
        yield from _sentence_hits(doc, sentences[si][1])


def candidate_sentences(doc) -> list[int]:
    """The indices of the sentences that can hold a finding, in order: the sentences
    holding one of its two patterns (a lower-case content word repeated two or three words
    on, a preposition and a content word said twice) in the document's word list. A sentence's words are a contiguous run
    of that list, so each such sentence holds a candidate found there (a candidate across
    a sentence break only adds a sentence for the exact per-sentence test)."""
    words, texts = word_list(doc)
    n = len(texts)
    at: set[int] = set()
    for gap in (2, 3):
        for k in compress(range(n), map(eq, texts, texts[gap:])):
            a = texts[k]
            if len(a) >= 5 and a.islower() and a not in _FUNCTION and a not in INTENSIFYING:
                at.add(k)
    # Preposition pairs (`in silence`) that come twice in the document: only those can
    # come twice in one sentence. (`_may_repeat` lets any repeated pair through; only a
    # pair whose second word is a lower-case content word of four letters or more can be
    # reported, so the others do not make a sentence a candidate.)
    first: dict[tuple[str, str], int] = {}
    for k in compress(range(n - 1), map(_PREPOSITIONS.__contains__, texts)):
        b = texts[k + 1]
        if len(b) >= 4 and b.islower() and b not in _FUNCTION and b not in INTENSIFYING:
            pair = (texts[k], b)
            j = first.setdefault(pair, k)
            if j != k:
                at.add(j)
                at.add(k)
    if not at:
        return []
    starts = sentence_starts(doc)
    sentences = doc.sentences
    out = set()
    for k in at:
        w = words[k]
        si = bisect_right(starts, w[0]) - 1
        if si >= 0 and w[1] <= sentences[si].end:
            out.add(si)
    return sorted(out)


def _sentence_hits(doc, toks):
    """The findings in one sentence (its tokens)."""
    texts = [t.text for t in toks if t.kind == "word"]
    if len(texts) < 4 or not _may_repeat(texts):
        return
    words = [t for t in toks if t.kind == "word"]
    done = -1
    seen: dict[tuple[str, str], int] = {}
    for i, a in enumerate(words):
        if i <= done:
            continue
        la = a.lower
        if len(la) >= 5 and a.text.islower() and la not in _FUNCTION and la not in INTENSIFYING:
            for j in range(i + 2, min(i + _WINDOW + 1, len(words))):
                b = words[j]
                if b.text == a.text:
                    mid = {w.lower for w in words[i + 1:j]}
                    after_number = any(toks_before_is_number(doc.text, w) for w in (a, b))
                    plain = _PLAIN_RE.fullmatch(doc.text, a.end, b.start) is not None
                    anaphora = words[j - 1].lower in _DETERMINERS   # `the prompt removed the prompt`
                    if not (j == i + 2 and mid <= _BETWEEN_OK) and not anaphora and mid.isdisjoint(_MID_STOP) \
                            and plain and not after_number and not la.endswith("ly"):
                        yield Hit(a.start, b.end, f"`{a.text}` twice in a few words: one may be left over.",
                                  suggestions=(f"(drop one `{a.text}`)",))
                        done = j
                    break
            if done >= i:
                continue
        if i + 1 < len(words):
            b = words[i + 1]
            key = (la, b.lower)
            content = (la in _PREPOSITIONS and b.lower not in _FUNCTION and len(b.lower) >= 4
                       and b.lower not in INTENSIFYING)
            if content and a.text.islower() and b.text.islower() and doc.text[a.end:b.start] == " ":
                k = seen.get(key)
                if (k is not None and 2 <= i - k <= _PHRASE_WINDOW
                        and not _BREAK_RE.search(doc.text, words[k].end, a.start)):
                    yield Hit(words[k].start, b.end, f"`{a.text} {b.text}` twice in one sentence: one may be left over.",
                              suggestions=(f"(drop one `{a.text} {b.text}`)",))
                    done = i + 1
                    seen.clear()
                    continue
                seen[key] = i


def _may_repeat(texts: list[str]) -> bool:
    """Can the sentence hold a finding at all? A long lower-case content word repeated two
    or three words on, or a preposition pair said twice: most sentences have neither, so
    the per-word loop is skipped for them (mostly C-speed comparisons; a necessary
    condition of both checks below, never a sufficient one)."""
    for gap in (2, 3):
        if any(map(eq, texts, texts[gap:])):
            for a, b in zip(texts, texts[gap:]):
                if a == b and len(a) >= 5 and a.islower() and a not in _FUNCTION and a not in INTENSIFYING:
                    return True
    for p in _PREPOSITIONS.intersection(texts):
        if texts.count(p) >= 2:
            pairs = [(a, b) for a, b in zip(texts, texts[1:]) if a in _PREPOSITIONS and b.islower()]
            return len(pairs) > len(set(pairs))
    return False


def toks_before_is_number(text: str, tok) -> bool:
    """Is ``tok`` a unit after a number (`400 pesos`, `24 million`)?"""
    before = text[max(0, tok.start - 12):tok.start].rstrip()
    return bool(before) and (before[-1].isdigit() or before.endswith(("million", "billion")))
