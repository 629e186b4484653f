"""The token stream the lexicon matcher scans (see ``matcher``): a document's tokens
without quotation marks, and their lower-case forms."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple, Sequence

from ..nlp.tokens import Token
from .pattern import QUOTES

_TEXT, _LOWER = itemgetter(2), itemgetter(4)     # Token.text, Token.lower


class Stream(NamedTuple):
    tokens: list[Token]      # tokens without quotation marks
    lows: list[str]          # their lower-cased text (’ normalised to ')
    raw: list[Token]         # all tokens, quotes included
    raw_index: Sequence[int]     # position of each token in ``raw``


def stream(tokens: Sequence[Token], text: str) -> Stream:
    raw = tokens if isinstance(tokens, list) else list(tokens)
    texts = list(map(_TEXT, raw))
    present = QUOTES.intersection(texts)      # words are never quotes
    keep: Sequence[int] = range(len(raw))
    toks = raw
    if present:
        # the tokens that are not quotation marks, picked at C speed and in linear time
        # (deleting each quote from a list was quadratic in a text made of quotes)
        kept = list(map(not_, map(present.__contains__, texts)))
        keep, toks = list(compress(keep, kept)), list(compress(raw, kept))
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
    return Stream(toks, lows, raw, keep)
