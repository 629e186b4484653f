"""Text helpers shared by the bilingual layer and the rules: accent folding."""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without accents: `Moscú` -> `moscu`, `Weiß` -> `weiss`."""
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
