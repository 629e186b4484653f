"""Word tokenisation with exact code-point offsets.

A token is a word (letters and digits, with internal apostrophes, hyphens and
numeric separators: ``each``, ``other’s``, ``long-term``, ``150,000``, ``2023in``)
or a single punctuation/symbol character. Whitespace is never part of a token.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# Numbers (digit groups joined by . , :), words (runs of letters/digits/marks joined by
# apostrophes or hyphens; a digit run glued to letters, `2023in`, is a word), and every
# other non-space character as a one-character token. The group name is the token kind.
TOKEN_RE = re.compile(
    r"""
    (?P<number> \d+ (?: [.,:]\d+ )* (?: [\-‐]\d+ (?: [.,:]\d+ )* )* (?![^\W_]|['’\-‐][^\W_]) )
    | (?P<word>
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


# A NamedTuple's own ``__new__`` is a Python-level function; calling ``tuple.__new__``
# directly builds the same Token about twice as fast, which matters for the one list of
# tokens every document builds (~1,000 per article).
_new_tuple = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [_new_tuple(Token, (m.start(), m.end(), m.group(), m.lastgroup))
            for m in TOKEN_RE.finditer(text, start, end)]
