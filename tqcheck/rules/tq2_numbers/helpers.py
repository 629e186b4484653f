"""Shared number scanning for TQ2: the digit windows every rule scans, lazy patterns, and
the word lists several rules consult.

Every TQ2 pattern needs a digit near it, so the rules declare no trigger words: they scan
the windows of text around digit runs (``scan``; the view ``tq2_digit_windows`` is built
once per document), so the cost follows the amount of numbers, not of prose. A rule whose
pattern can also match without a digit (``a thousand million``) passes the extra offsets it
needs to ``scan``.
"""
from __future__ import annotations

import re

SPACES = " \u00a0\u202f\u2009"          # plain, no-break, narrow no-break, thin
NOT_BEFORE = r"(?<![\w.,/$€£¥\-])"     # a number starts here, not inside another
# The same test written after the number's first digit: the pattern then starts with a plain
# `\d`, so `re` skips ahead to the next digit instead of trying every position (a pattern
# that starts with a look-behind gets no such prefix). `\d{1,3}` becomes FIRST_DIGIT
# `\d{0,2}`: the same matches, tried in the same order.
FIRST_DIGIT = r"\d(?<![\w.,/$€£¥\-]\d)"


class lazy:
    """A regular expression compiled on first use, so importing the family stays cheap.

    The first attribute read compiles the pattern and copies its methods onto the
    instance, so later reads (``_RE.finditer`` tens of thousands of times per hundred
    articles) find them directly instead of going through ``__getattr__`` each time."""

    _METHODS = ("finditer", "search", "match", "fullmatch", "findall", "split", "sub", "subn",
                "scanner", "pattern", "flags", "groups", "groupindex")

    def __init__(self, *args):
        self._args = args

    def __getattr__(self, name):
        if name.startswith("__"):           # copy/pickle probes: not a pattern attribute
            raise AttributeError(name)
        rx = re.compile(*self._args)
        for attr in self._METHODS:
            self.__dict__[attr] = getattr(rx, attr)
        return getattr(rx, name)


# Every TQ2 pattern needs a digit near it, so the rules only scan windows of text around
# digit runs (a shared, cached view): cost follows the amount of numbers, not of prose.
_DIGITS = re.compile(r"\d[\d.,:/\-]*")               # a run of digits with its separators
_BEFORE, _AFTER, _STRETCH = 30, 45, 40


def _merge(spans) -> list[list[int]]:
    """Sorted ``(start, end)`` spans with the overlapping or touching ones joined."""
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def _build_windows(doc) -> list[tuple[int, int]]:
    text, n = doc.text, len(doc.text)
    out = _merge((max(0, m.start() - _BEFORE), min(n, m.end() + _AFTER)) for m in _DIGITS.finditer(text))
    for w in out:                                           # do not cut a word in two
        e, limit = w[1], min(n, w[1] + _STRETCH)
        while e < limit and not text[e].isspace():
            e += 1
        w[1] = e
    return [(s, e) for s, e in out]


def _windows(doc) -> list[tuple[int, int]]:
    return doc.view("tq2_digit_windows", _build_windows)


def scan(pattern, doc, extra=(), need=None):
    """``pattern.finditer`` over the windows around digits of ``doc`` (and around the
    ``extra`` offsets, for patterns that can also match without a digit).

    ``need`` is an optional cheaper pattern found in every stretch of text a match of
    ``pattern`` reads (what it consumes and what its look-aheads see, in the window): a
    window without it is skipped. A window spans at least 30 characters before and 45
    after every digit in it (``_BEFORE``, ``_AFTER``), so a need may also take in a
    digit's neighbours that ``pattern`` reads only through a look-behind."""
    text = doc.text
    windows = _windows(doc)
    if extra:
        windows = _merge(sorted(windows + [(max(0, i - _BEFORE), min(len(text), i + _AFTER + _STRETCH))
                                           for i in extra]))
    finditer = pattern.finditer
    if need is None:
        for s, e in windows:
            yield from finditer(text, s, e)
    else:
        search = need.search
        for s, e in windows:
            if search(text, s, e) is not None:
                yield from finditer(text, s, e)


def lower_text(doc) -> str:
    """The document's text in lower case at the same offsets, once per document (TQ404's
    casing evidence reads the same view)."""
    from ...nlp.text import lower_keeping_offsets

    return doc.view("lower_text", lambda d: lower_keeping_offsets(d.text))


def find_all(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out



# Citations, versions and ids before a number: not an amount.
CITATION_BEFORE = lazy(
    r"(?i:article|art\.|section|sec\.|chapter|paragraph|rule|clause|version|v\.?|no\.|number|figure|fig\.|"
    r"table|item|point|resolution|law|decree|page|p\.|pp\.|ip|release|model)\s*$")
COUNT_NOUNS = frozenset("""people persons residents inhabitants citizens migrants refugees workers employees jobs
    deaths dead victims cases infections patients soldiers troops police officers students children families
    homes houses households vehicles cars companies firms members participants protesters demonstrators
    visitors tourists passengers beds doctors teachers votes voters signatures schools hospitals candidates
    pesos euros dollars reais soles copies units animals trees flights arrests detainees prisoners""".split())


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ANY_MONTH = f"(?i:{MONTHS})"
