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


class _TokenFields(NamedTuple):
    start: int
    end: int
    text: str
    kind: str   # "word", "number" or "punct"
    lower: str  # text.lower(), computed once


class Token(_TokenFields):
    """A token: ``Token(start, end, text, kind)``; ``lower`` is filled in from ``text``.

    Rules read ``tok.lower`` several hundred thousand times per hundred articles, so the
    lower-case form is a stored field (a C-level tuple getter) rather than a property
    that lower-cases again on every read (measured: 8 % of the per-article time)."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, text: str, kind: str, lower: str | None = None):
        return _new_tuple(cls, (start, end, text, kind, text.lower() if lower is None else lower))

    @property
    def is_word(self) -> bool:
        return self.kind == WORD


# Calling ``tuple.__new__`` directly builds a Token about twice as fast as going through a
# Python-level ``__new__``, which matters for the one list of tokens every document builds
# (~1,000 per article).
_new_tuple = tuple.__new__


# Tokens are found in whitespace-separated chunks: no token spans whitespace and no part
# of ``TOKEN_RE`` looks past a space (its lookaheads need a digit, a letter or an
# apostrophe/hyphen next), so a chunk's tokens are those ``TOKEN_RE`` finds in the chunk
# alone. ``str.split()`` cuts at the same whitespace as ``\s`` (both ``Py_UNICODE_ISSPACE``)
# and costs a tenth of a regex ``findall``; the offsets follow from the lengths wherever
# the chunks are one whitespace character apart. Runs of two or more whitespace characters
# (rare inside a paragraph) cut the text into stretches where that holds.
_SPACE_RUN = re.compile(r"\s\s+")
_tokens_of_chunk = TOKEN_RE.findall


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Token] = []
    piece = text[start:end]
    chunks = piece.split()
    if sum(map(len, chunks)) + len(chunks) - 1 == len(piece):   # one space between chunks, none around
        _add_tokens(chunks, start, out)
        return out
    pos = start
    for m in _SPACE_RUN.finditer(text, start, end):
        _add_stretch(text, pos, m.start(), out)
        pos = m.end()
    _add_stretch(text, pos, end, out)
    return out


def _add_stretch(text: str, start: int, end: int, out: list[Token]) -> None:
    """The tokens of ``text[start:end]``, a stretch without two whitespace characters in a
    row (but perhaps one at either end)."""
    piece = text[start:end]
    if piece[:1].isspace():
        start += 1
    _add_tokens(piece.split(), start, out)


def _add_tokens(chunks: list[str], pos: int, out: list[Token]) -> None:
    """Appends the tokens of ``chunks``, the first starting at ``pos`` and each next one
    after exactly one whitespace character."""
    append = out.append
    for chunk in chunks:
        # Most chunks are a plain word (letters only: one ``word`` token, as ``[^\W_]+``
        # takes them all and nothing can follow) or a plain word and one mark (`said,`:
        # a last character that is not a letter or digit ends the word and is a ``punct``
        # token on its own; a mark ending a chunk never joins the word before it).
        if chunk.isalpha():
            stop = pos + len(chunk)
            append(_new_tuple(Token, (pos, stop, chunk, WORD, chunk.lower())))
            pos = stop + 1
            continue
        word = chunk[:-1]
        if word.isalpha() and not chunk[-1].isalnum():
            stop = pos + len(word)
            append(_new_tuple(Token, (pos, stop, word, WORD, word.lower())))
            mark = chunk[-1]
            append(_new_tuple(Token, (stop, stop + 1, mark, PUNCT, mark.lower())))
            pos = stop + 2
            continue
        for number, word, punct in _tokens_of_chunk(chunk):
            if number:
                g, kind = number, NUMBER
            elif word:
                g, kind = word, WORD
            else:
                g, kind = punct, PUNCT
            stop = pos + len(g)
            append(_new_tuple(Token, (pos, stop, g, kind, g.lower())))
            pos = stop
        pos += 1
