"""The token stream the lexicon matcher scans (see ``matcher``): a document's tokens
without quotation marks, and their lower-case forms."""
from __future__ import annotations

import bisect
from itertools import chain
from operator import itemgetter
from typing import NamedTuple, Sequence

from ..nlp.tokens import Token
from .pattern import QUOTES

_START, _LOWER = itemgetter(0), itemgetter(4)     # Token.start, Token.lower
# Every quotation mark is one character (a quote token's whole text is one of them).
_QUOTE_CHARS = tuple(sorted(QUOTES))
_CURLY = "’"


class Stream(NamedTuple):
    tokens: list[Token]      # tokens without quotation marks
    lows: list[str]          # their lower-case text (’ normalised to ')
    raw: list[Token]         # all tokens, quotes included
    shift: list[int]         # per removed quote, in order: the number of ``tokens`` before it

    def raw_index(self, j: int) -> int:
        """The position in ``raw`` of ``tokens[j]``."""
        return j + bisect.bisect_right(self.shift, j) if self.shift else j


def _quote_positions(raw: list[Token], text: str) -> tuple[list[int], list[int]]:
    """The positions of the tokens that are quotation marks, in order, and of the other
    tokens holding a ’. Found from the text by ``str.find`` (C speed; news copy holds a
    few dozen quote characters), each checked against the token there: a quote
    character inside a word (`country’s`) or a longer token is no quote token."""
    quotes: list[int] = []
    curly: set[int] = set()
    n = len(raw)
    if not n:
        return quotes, []
    lo, hi = raw[0][0], raw[-1][1]
    for q in _QUOTE_CHARS:
        a = text.find(q, lo, hi)
        k = 0
        while a >= 0:
            k = bisect.bisect_left(raw, a, k, n, key=_START)
            if k < n and raw[k][0] == a and raw[k][2] == q:
                quotes.append(k)
            elif q == _CURLY:     # inside the token before (tokens cover all but spaces)
                j = k - 1 if k == n or raw[k][0] != a else k
                if j >= 0 and raw[j][0] <= a < raw[j][1]:
                    curly.add(j)
            a = text.find(q, a + 1, hi)
    quotes.sort()
    return quotes, sorted(curly)


def stream(tokens: Sequence[Token], text: str) -> Stream:
    raw = tokens if isinstance(tokens, list) else list(tokens)
    quotes, curly = _quote_positions(raw, text)
    toks = raw
    shift: list[int] = []
    if quotes:
        # the pieces between quotation marks, joined in linear time (deleting each quote
        # from a list was quadratic in a text made of quotes)
        starts = [0, *(q + 1 for q in quotes)]
        ends = [*quotes, len(raw)]
        toks = list(chain.from_iterable(map(raw.__getitem__, map(slice, starts, ends))))
        shift = [q - m for m, q in enumerate(quotes)]
    if "Σ" in text and len(text.lower()) == len(text):
        # Capital sigma lowers by context (σ or final ς), so lower it in the text's context.
        low_text = text.lower()
        lows = [low_text[t[0]:t[1]] for t in toks]
    else:   # str.lower is otherwise context-free: each token's own lower-case form is the same
        lows = list(map(_LOWER, toks))
    for k in curly:     # ’ normalised to ' (raw position k, minus the quotes before it)
        j = k - bisect.bisect_left(quotes, k)
        lows[j] = lows[j].replace(_CURLY, "'")
    return Stream(toks, lows, raw, shift)
