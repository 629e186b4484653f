"""The accept list: a newsroom's own words that no rule may flag (names, kept foreign terms).

A term with a capital letter matches case-sensitively, an all-lower-case term in any
case; a multi-word term matches with any run of white space between its words. An
occurrence is whole-word: no letter, digit or underscore right before or after it
(``Sheinbaumsaid`` holds no occurrence of ``Sheinbaum``). The engine drops every hit
whose span lies within an occurrence (``AcceptList.covers``), for every rule.

An accept file holds one term per line; ``#`` starts a comment (at the start of a line
or after white space) and blank lines are ignored.
"""
from __future__ import annotations

import re
from functools import lru_cache

_COMMENT = re.compile(r"(?:^|\s)#.*$")


class AcceptFileError(ValueError):
    """An accept file that cannot be read; ``str()`` is one line naming the file."""


def read_accept_file(path: str) -> tuple[str, ...]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise AcceptFileError(f"{path}: cannot read accept file: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise AcceptFileError(f"{path}: not an accept file (binary data); expected one term per line")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AcceptFileError(f"{path}: accept file is not valid UTF-8 (byte offset {exc.start})") from None
    terms = []
    for line in text.splitlines():
        term = " ".join(_COMMENT.sub("", line).split())
        if term:
            terms.append(term)
    return tuple(terms)


def merge(*lists) -> tuple[str, ...]:
    """The terms of all ``lists`` in order, white space normalised, each once."""
    seen: dict[str, None] = {}
    for terms in lists:
        for t in terms:
            t = " ".join(t.split())
            if t:
                seen.setdefault(t, None)
    return tuple(seen)


def _alternation(terms) -> str:
    parts = sorted({r"\s+".join(re.escape(w) for w in t.split()) for t in terms}, key=lambda p: (-len(p), p))
    return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"


class AcceptList:
    def __init__(self, terms: tuple[str, ...]):
        exact = [t for t in terms if t != t.lower()]
        folded = [t for t in terms if t == t.lower()]
        self.patterns = [re.compile(_alternation(exact))] if exact else []
        if folded:
            self.patterns.append(re.compile(_alternation(folded), re.IGNORECASE))
        self._last: tuple[str | None, list[tuple[int, int]]] = (None, [])

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every occurrence in ``text``, sorted (cached for the last text;
        the cache is one tuple, replaced whole, so threads sharing the list stay correct)."""
        last = self._last
        if last[0] is not text:
            last = (text, sorted(m.span() for p in self.patterns for m in p.finditer(text)))
            self._last = last
        return last[1]

    def covers(self, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` lies within an occurrence (an empty span: strictly inside)."""
        for s, e in self.occurrences(text):
            if s > start:
                break
            if end <= e and (start < end or s < start < e):
                return True
        return False


@lru_cache(maxsize=32)
def accept_list(terms: tuple[str, ...]) -> AcceptList | None:
    return AcceptList(terms) if terms else None
