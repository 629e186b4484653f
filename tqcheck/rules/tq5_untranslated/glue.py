"""TQ504/TQ505 helpers: where a token splits into two glued words, or a number and a
glued word."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp import langid
from .data import WORD_MEMO, glue_keeps

_GLUE_WORDS = frozenset("""the and who said says told added that which when where while with
    from for was were has had have his her their its this but not are after before into
    over about also than then in on at to of by as is it he she they or an""".split())
_GLUE_MIN_LEN = 5
# Two-letter words glued on the right only count after a word of four letters or more,
# and not `it`, `he`, `an`, `or`, `as`, which end too many names and tool names (`junit`).
_GLUE_SHORT_RIGHT = frozenset({"in", "on", "at", "to", "of", "by", "is"})
_GLUE_AFFIX_RE = re.compile(
    "(?:" + "|".join(sorted(_GLUE_WORDS, key=len, reverse=True)) + ")$|^(?:"
    + "|".join(sorted((w for w in _GLUE_WORDS if len(w) >= 3), key=len, reverse=True)) + ")")


def _split_glued(word: str) -> int | None:
    """Index where ``word`` splits into a frequent English word/name and a glue word."""
    lw = word.lower()
    best = None
    for i in range(2, len(word) - 1):
        left, right = word[:i], lw[i:]
        lleft = left.lower()
        if right in _GLUE_WORDS and (len(right) >= 3 or (right in _GLUE_SHORT_RIGHT and len(left) >= 4)):
            need = 3.5 if len(right) <= 2 else (2.5 if left[:1].isupper() else 3.0)
            if langid.en_zipf(lleft) >= need:
                cand = (len(right), i)
                best = max(best, cand) if best else cand
        if lleft in _GLUE_WORDS and len(lleft) >= 3 and left.islower():
            if langid.en_zipf(right) >= 3.5 and len(right) >= 3:
                cand = (len(lleft), i)
                best = max(best, cand) if best else cand
    return best[1] if best else None


@lru_cache(maxsize=WORD_MEMO)
def glue_point(w: str) -> int | None:
    """Where to put the space back in ``w``, or None when it is not two glued words.
    Long, alphabetic, no inner capitals (brands), ending or starting with a glue word
    (string tests first), not a listed name, and not a word of English or of a source
    language at all."""
    if not (len(w) >= _GLUE_MIN_LEN and w.isalpha() and w[1:].islower()):
        return None
    lw = w.lower()
    if not _GLUE_AFFIX_RE.search(lw) or lw in glue_keeps():
        return None
    if langid.en_zipf(w) != 0 or langid.src_zipf(w):
        return None
    return _split_glued(w)




_NUM_GLUE_RE = re.compile(r"^(?:(\d[\d.,]*\d|\d)([a-z]{2,})|([a-z]{2,})(\d[\d.,]*\d|\d))$")
_YEAR_ONLY = frozenset({"in", "to"})  # also units/ranges (12in screen): only after a year


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2099


def unglued_number(w: str) -> str | None:
    """``w`` with the space put back between a number and a glue word, or None."""
    m = _NUM_GLUE_RE.match(w)
    if not m:
        return None
    if m.group(1):
        num, word, fixed = m.group(1), m.group(2), f"{m.group(1)} {m.group(2)}"
    else:
        num, word, fixed = m.group(4), m.group(3), f"{m.group(3)} {m.group(4)}"
    if word not in _GLUE_WORDS or (word in _YEAR_ONLY and not _is_year(num)):
        return None
    return fixed

