"""The token pattern language of lexicon entries, compiled to item sequences.

Items are space-separated; each matches one token, case-insensitively:
``word`` a literal (punctuation too), ``<lemma>`` any inflection, ``a|an|<the>``
alternatives, ``item?`` optional, ``{NAME}`` one to four capitalised words,
``{NUM}`` a number, ``{ANY}`` any one word, ``{POSS}`` a possessive determiner.
Optional items are expanded at compile time, so a pattern becomes a few plain
sequences of ``Item``s that the trie matcher indexes.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from .inflect import inflections

NAME, NUM, ANY = "NAME", "NUM", "ANY"
CLASSES = {NAME, NUM, ANY, "POSS"}
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
MAX_OPTIONAL = 4
QUOTES = frozenset('"“”„‟«»‘’‚‛‹›`\'')


class PatternError(ValueError):
    pass


class Item(NamedTuple):
    """One token position: literal lower-case words and/or token classes."""

    words: frozenset
    classes: frozenset


_BRACKETS = re.compile(r"[<>{}]")
_LEMMA = re.compile(r"[^<>{}\s|?]+")


def _parse_alt(alt: str, pattern: str) -> tuple[set[str], set[str]]:
    if not alt:
        raise PatternError(f"empty alternative in {pattern!r}")
    first, last = alt[0], alt[-1]
    if first == "{" or last == "}":
        name = alt[1:-1] if first == "{" and last == "}" else None
        if name not in CLASSES:
            raise PatternError(f"unknown slot {alt!r} in {pattern!r} (use {{NAME}}, {{NUM}}, {{ANY}} or {{POSS}})")
        if name == "POSS":
            return set(POSSESSIVES), set()
        return set(), {name}
    if first == "<" or last == ">":
        lemma = alt[1:-1] if first == "<" and last == ">" else ""
        if not _LEMMA.fullmatch(lemma):
            raise PatternError(f"malformed lemma slot {alt!r} in {pattern!r}")
        return set(inflections(lemma)), set()
    if _BRACKETS.search(alt):
        raise PatternError(f"stray bracket in {alt!r} in {pattern!r}")
    if alt in QUOTES:
        raise PatternError(f"quotation marks are skipped by the matcher; remove {alt!r} from {pattern!r}")
    return {alt.lower().replace("’", "'")}, set()


def parse_item(text: str, pattern: str) -> tuple[Item, bool]:
    optional = len(text) > 1 and text.endswith("?")
    body = text[:-1] if optional else text
    words: set[str] = set()
    classes: set[str] = set()
    for alt in body.split("|") if body != "|" else ["|"]:
        w, c = _parse_alt(alt, pattern)
        words |= w
        classes |= c
    return Item(frozenset(words), frozenset(classes)), optional


def _plain(tok: str) -> str | None:
    """The literal word of a plain one-word item, else None."""
    tok = tok[:-1] if len(tok) > 1 and tok.endswith("?") else tok
    if "|" in tok or _BRACKETS.search(tok):
        return None
    return tok.lower()


def _reject_multiword_alternatives(tokens: list[str], pattern: str) -> None:
    """Lint: `the past|the previous` reads as the, past|the, previous (one token per
    alternative), not as two phrases. Flag an alternative group one of whose later
    alternatives repeats a literal word X of the 3 items before the group when the
    items between X and the group also follow the group (`X A|X B`, `X Y A|X Y B`)."""
    for i, tok in enumerate(tokens):
        body = tok[:-1] if len(tok) > 1 and tok.endswith("?") else tok
        if "|" not in body or body == "|":
            continue
        for alt in body.split("|")[1:]:
            if any(_plain(tokens[i - k]) == alt.lower()
                   and [t.lower() for t in tokens[i + 1:i + k]] == [t.lower() for t in tokens[i - k + 1:i]]
                   for k in range(1, min(3, i) + 1)):
                raise PatternError(
                    f"alternatives are one token each: {tok!r} repeats {alt!r} from before it; "
                    f"write a multi-word alternative as its own pattern or entry in {pattern!r}")


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> tuple[tuple[Item, ...], ...]:
    """Every plain item sequence the pattern stands for (optional items expanded)."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise PatternError("empty pattern")
    tokens = pattern.split()
    _reject_multiword_alternatives(tokens, pattern)
    parsed = [parse_item(tok, pattern) for tok in tokens]
    optional = [i for i, (_, opt) in enumerate(parsed) if opt]
    if len(optional) > MAX_OPTIONAL:
        raise PatternError(f"at most {MAX_OPTIONAL} optional items per pattern: {pattern!r}")
    out = []
    seen = set()
    for drop in itertools.product((False, True), repeat=len(optional)):
        dropped = {optional[k] for k, d in enumerate(drop) if d}
        seq = tuple(item for i, (item, _) in enumerate(parsed) if i not in dropped)
        if not seq or seq in seen:
            continue
        if all(not it.words and it.classes <= {ANY, NUM} for it in seq):
            raise PatternError(f"pattern {pattern!r} can match without any fixed word")
        seen.add(seq)
        out.append(seq)
    if not out:
        raise PatternError(f"pattern {pattern!r} is all optional")
    return tuple(out)
