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
# Longer words that follow a name or a clause (reporting verbs, adverbs, conjunctions):
# glued on the right only (`Arceannounced`, `morewithout`); no name ends in them.
_GLUE_RIGHT_LONG = frozenset("""announced explained stated noted warned insisted assured indicated
    confirmed declared stressed argued revealed reported denied claimed recalled acknowledged
    affirmed maintained expressed commented replied responded asked urged signed arrived
    visited finally however because during through without between against although since
    until would could should whose there these those being called""".split())
# Ending or starting with a glue word: ``str.endswith``/``startswith`` with a tuple (C
# speed; a regex alternation with `$` was tried at every letter). Sorted, so the tuples
# are the same in every process.
_GLUE_SUFFIXES = tuple(sorted(_GLUE_WORDS | _GLUE_RIGHT_LONG))
_GLUE_PREFIXES = tuple(sorted(w for w in _GLUE_WORDS if len(w) >= 3))


def _split_glued(word: str) -> int | None:
    """Index where ``word`` splits into a frequent English word/name and a glue word."""
    lw = word.lower()
    best = None
    for i in range(2, len(word) - 1):
        left, right = word[:i], lw[i:]
        lleft = left.lower()
        if ((right in _GLUE_WORDS and (len(right) >= 3 or (right in _GLUE_SHORT_RIGHT and len(left) >= 4)))
                or (right in _GLUE_RIGHT_LONG and len(left) >= 3)):
            # A capitalised left part is a name: any listed one (Zipf 2 is a rare name).
            need = 3.5 if len(right) <= 2 else (2.0 if left[:1].isupper() else 3.0)
            if len(right) <= 2 and len(left) >= 10:
                need = 2.0   # a long rare word is no name's start: `Reclassificationin`
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
    if not (lw.endswith(_GLUE_SUFFIXES) or lw.startswith(_GLUE_PREFIXES)) or lw in glue_keeps():
        return None
    if langid.en_zipf(w) != 0 or langid.src_zipf(w):
        return None
    return _split_glued(w)


# Words that open a sentence or a clause, glued after the end of the previous one
# (`exportsThe`, `PetroHe`). Not `In`, `On`, `At`, `As`, `Is`, `It`, which end brands.
CAMEL_STARTERS = frozenset("""The He She They We This That These Those There Then However But
    And According Although Also After Before When While His Her Their Its Meanwhile Despite
    During Since Until If For With Yet Still Now So Instead Furthermore Moreover""".split())


# Short function words that run into a capitalised word at a markup boundary; no brand
# starts with them in news copy (`andCongress`, `fromBrazil`). Not `the`: `theScore`,
# `theSkimm` are brands.
_CAMEL_FUNCTION_LEFT = frozenset("and from with into".split())


@lru_cache(maxsize=WORD_MEMO)
def camel_point(w: str) -> tuple[int, bool] | None:
    """(index, sure) where a lower-case letter runs into a capital inside ``w``, for a
    word and a name or sentence opener glued together (`pandemicLasso`, `exportsThe`,
    `EcuadorGuillermo`), or None. One inner capital only, the whole not a word of English
    or of a source language (brands such as `PayPal` or `YouTube` are in the English
    lists or in glue_keeps.txt). Sure: the right part opens a sentence, or the left part
    is a lower-case English word; otherwise (two capitalised names) uncertain."""
    if len(w) < 5 or not w.isalpha() or w.isupper():
        return None
    inner = [i for i in range(1, len(w)) if w[i].isupper()]
    if len(inner) != 1:
        return None
    i = inner[0]
    left, right = w[:i], w[i:]
    if len(left) < 3 or len(right) < 2 or not w[i - 1].islower():
        return None
    lw = w.lower()
    if lw in glue_keeps() or langid.en_zipf(lw) or langid.src_zipf(lw):
        return None
    lleft, lright = left.lower(), right.lower()
    if right in CAMEL_STARTERS and len(left) >= 4 and langid.en_zipf(lleft) >= 2.0:
        return i, True
    if left.islower() and len(left) >= 4 and langid.en_zipf(lleft) >= 3.0 and len(right) >= 3:
        return i, True
    if left in _CAMEL_FUNCTION_LEFT and len(right) >= 4 and langid.en_zipf(lright) >= 3.0:
        return i, True   # `fromParliament`, `andCongress`: a function word before a capital
    if (left[:1].isupper() and len(left) >= 4 and len(right) >= 4 and langid.en_zipf(lleft) >= 3.0
            and langid.en_zipf(lright) >= 2.5):
        return i, False
    return None




_NUM_GLUE_RE = re.compile(r"^(?:(\d[\d.,]*\d|\d)([a-z]{2,}|[A-Z][a-z]+)|([a-z]{2,})(\d[\d.,]*\d|\d))$")
# After a number, also the longer clause words and the number words (`$372finally`,
# `5million`, `2023The`); not units or nouns that make compound adjectives (`12inch`).
_AFTER_NUMBER = _GLUE_WORDS | _GLUE_RIGHT_LONG | frozenset("million billion trillion thousand percent".split())
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
    if word[:1].isupper():
        return fixed if word in CAMEL_STARTERS else None
    allowed = _AFTER_NUMBER if m.group(1) else _GLUE_WORDS
    if word not in allowed or (word in _YEAR_ONLY and not _is_year(num)):
        return None
    return fixed

