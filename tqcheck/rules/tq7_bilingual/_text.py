"""Text helpers shared by the TQ7xx rules: accent folding, words, sentence offsets."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without accents: `Moscú` -> `moscu`, `Weiß` -> `weiss`."""
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    return list(WORD.finditer(text, start, len(text) if end is None else end))
