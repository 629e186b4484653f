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
