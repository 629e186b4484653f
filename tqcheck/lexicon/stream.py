"""The token stream the lexicon matcher scans (see ``matcher``): a document's tokens
without quotation marks, and their lower-case forms."""
from __future__ import annotations

import bisect
import re
from itertools import chain
from operator import itemgetter
from typing import NamedTuple, Sequence

from ..nlp.tokens import Token
from .pattern import QUOTES

_START, _LOWER = itemgetter(0), itemgetter(4)     # Token.start, Token.lower
# Every quotation mark is one character (a quote token's whole text is one of them).
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]")


class Stream(NamedTuple):
    tokens: list[Token]      # tokens without quotation marks
    lows: list[str]          # their lower-case text (’ normalised to ')
    raw: list[Token]         # all tokens, quotes included
    shift: list[int]         # per removed quote, in order: the number of ``tokens`` before it

    def raw_index(self, j: int) -> int:
        """The position in ``raw`` of ``tokens[j]``."""
        return j + bisect.bisect_right(self.shift, j) if self.shift else j


def _quote_positions(raw: list[Token], text: str) -> list[int]:
    """The positions of the tokens that are quotation marks, in order. Found from the
    text (a C-level search for quote characters, which news copy holds a few dozen of),
    each checked against the token starting there: a quote character inside a word
    (`country’s`) or in a longer token is no quote token."""
    if not raw:
        return []
    out = []
    n = len(raw)
    lo = 0
    for m in _QUOTE_CHAR.finditer(text, raw[0][0], raw[-1][1]):
        a = m.start()
        k = bisect.bisect_left(raw, a, lo, n, key=_START)
        if k < n and raw[k][0] == a and raw[k][2] in QUOTES:
            out.append(k)
        lo = k
    return out


def stream(tokens: Sequence[Token], text: str) -> Stream:
    raw = tokens if isinstance(tokens, list) else list(tokens)
    quotes = _quote_positions(raw, text)
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
    if "’" in text:
        # tokens hold no line break: normalise all of them in one string
        joined = "\n".join(lows)
        if "’" in joined:
            split = joined.replace("’", "'").split("\n")
            lows = split if len(split) == len(lows) else [w.replace("’", "'") for w in lows]
    return Stream(toks, lows, raw, shift)
