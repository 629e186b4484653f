"""Text helpers shared by the bilingual layer and the rules: letter runs, accent folding."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A word as the bilingual checks compare words: a run of letters (no digits, no `_`).
LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without accents: `Moscú` -> `moscu`, `Weiß` -> `weiss`."""
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def lower_keeping_offsets(s: str) -> str:
    """``s.lower()`` with every index unchanged, for searching lower-case text and
    reporting offsets into ``s``: the one character whose lower case is longer (`İ`,
    U+0130, lowers to `i` plus a combining dot) is lowered to plain `i`."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return s.replace("\u0130", "i").lower()
