"""Word tokenisation with exact code-point offsets.

A token is a word (letters and digits, with internal apostrophes, hyphens and
numeric separators: ``each``, ``other’s``, ``long-term``, ``150,000``, ``2023in``)
or a single punctuation/symbol character. Whitespace is never part of a token.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# Words: runs of letters/digits/marks joined by apostrophes or hyphens, and digit
# groups joined by . , : (numbers, times). Everything else non-space is one token.
TOKEN_RE = re.compile(
    r"""
    (?P<word>
        [^\W_]+
        (?: [.,:](?=\d)\d+ )*
        (?: ['’\-‐] [^\W_]+ (?: [.,:](?=\d)\d+ )* )*
    )
    | (?P<punct>\S)
    """,
    re.VERBOSE,
)

WORD = "word"
NUMBER = "number"
PUNCT = "punct"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # "word", "number" or "punct"

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


def _kind(text: str) -> str:
    if any(ch.isalpha() for ch in text):
        return WORD
    if text[0].isdigit():
        return NUMBER
    return PUNCT


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out = []
    append = out.append
    for m in TOKEN_RE.finditer(text, start, end):
        s = m.group()
        if m.lastgroup == "punct":
            append(Token(m.start(), m.end(), s, PUNCT))
        else:
            append(Token(m.start(), m.end(), s, _kind(s)))
    return out
