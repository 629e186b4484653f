"""TQ609 cognate-repetition: A word next to another form of itself (`a report that reports`, `the sum sums`).

Examples: cases/TQ609.toml."""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress
from operator import eq, itemgetter

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import sentence_starts, word_list

_LINKS = frozenset("that which who to".split())
_DETERMINERS = frozenset("the a an this that its their his her".split())
_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
_STEM = 5
# Token.lower (field 4 of the token tuple: an index is cheaper than the field name)
_LOWER, _HEAD = itemgetter(4), itemgetter(slice(None, 3))
_FIRST = itemgetter(0)
_NATIVE = frozenset(["government"])   # `a government that governs`: a native slogan


@rule(
    "TQ609", name="cognate-repetition", category=Category.STRUCTURE, severity=Severity.INFO,
    summary="A word next to another form of itself (`a report that reports`, `the sum sums`).",
    explanation="""Literal translation of a source phrase built from one root (`una
    investigación que investiga`, `merecidamente merece`) gives English that says the same
    thing twice: `a report that reports`, `repeatedly repeats`, `the total
    totals`. English uses another verb (`an inquiry into`, `deserves`). A noun or adverb
    followed, directly or after `that/which/who`, by a verb of the same root is reported at
    info severity: figures such as `live a life` exist, so a reader decides.""",
    sources=("MQM: Fluency > Style > Unidiomatic; Accuracy > Addition",),
)
def cognate_repetition(doc, ctx):
    sentences = doc.sentence_tokens()
    for si in _candidate_sentences(doc):
        yield from _sentence_hits(sentences[si][1])


def _candidate_sentences(doc) -> list[int]:
    """The sentences that can hold a finding, in order. A finding is a lower-case word
    followed by a lower-case word of the same first three letters, next to it or after a
    linking word, so the two are one or two places apart in the document's word list (a
    sentence's words are a contiguous run of it). Those pairs are picked there at C speed,
    comparing the words as written: a lower-case word is its own lower-case form."""
    words, texts = word_list(doc)
    n = len(texts)
    # First letters (one-character strings are shared objects: no copy), then the three.
    firsts = list(map(_FIRST, texts))
    near = set(compress(range(n - 1), map(eq, firsts, firsts[1:])))
    near.update(compress(range(n - 1), map(eq, firsts, firsts[2:])))
    if not near:
        return []
    starts = sentence_starts(doc)
    sentences = doc.sentences
    out = set()
    for w in near:
        head = texts[w][:3]
        if texts[w].islower() and (texts[w + 1][:3] == head or (w + 2 < n and texts[w + 2][:3] == head)):
            a = words[w]
            si = bisect_right(starts, a.start) - 1
            if si >= 0 and a.end <= sentences[si].end:
                out.add(si)
    return sorted(out)


def _sentence_hits(toks):
    # Cognates share their first three letters (a stem of five, or `sum`/`sums`):
    # only tokens whose next or next-but-one token starts the same way are looked at,
    # picked at C speed.
    heads = list(map(_HEAD, map(_LOWER, toks)))          # t.lower[:3], at C speed
    near = set(compress(range(len(toks) - 1), map(eq, heads, heads[1:])))
    near.update(compress(range(len(toks) - 1), map(eq, heads, heads[2:])))
    for i in sorted(near):
        a = toks[i]
        if a.kind != "word" or not a.text.islower():
            continue
        j = i + 2 if i + 2 < len(toks) and toks[i + 1].lower in _LINKS else i + 1
        b = toks[j]
        if b.kind != "word" or not b.text.islower() or b.lower == a.lower:
            continue
        if _cognates(a.lower, b.lower, toks[i - 1].lower if i else "", j == i + 1):
            yield Hit(a.start, b.end, f"`{a.text}` and `{b.text}` repeat one root: the phrase says it twice.",
                      suggestions=("(use another verb, or drop one of them)",))


def _cognates(a: str, b: str, before: str, adjacent: bool) -> bool:
    if a in _NATIVE or not b.endswith(("s", "ed")):
        return False          # the second word reads as a verb: `investigates`, `sums`, `decided`
    if adjacent and before in _DETERMINERS and b in (a + "s", a + "es") and len(a) >= 3:
        return True           # the sum sums, the total totals
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    if n < _STEM or n < 0.6 * min(len(a), len(b)):
        return False
    return a.endswith("ly") and adjacent or a.endswith(_NOUN_ENDINGS)
