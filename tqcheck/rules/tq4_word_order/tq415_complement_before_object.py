"""TQ415 complement-before-object: an `as` complement between a verb and its object
(`has as its goal the reform`, `see as a priority the new law`).

Examples: cases/TQ415.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import WORD_ORDER_SOURCES
from .vocabulary import AS_COMPLEMENT_VERBS

_DETERMINERS = frozenset({"a", "an", "its", "their", "his", "her", "our", "the"})
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})
_LIFE_STAGES = frozenset("child children boy girl teenager teenagers student students kid kids adult adults "
                         "youngster baby young".split())
_STOP = frozenset({",", ";", ":", ".", "(", ")", "“", "”", '"', "and", "or", "but", "that", "which", "who",
                   "to", "of", "in", "for", "with", "by", "on", "at", "from"})


@rule(
    "TQ415", name="complement-before-object", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="An `as` complement between a verb and its object (`has as its goal the reform`).",
    explanation="""Spanish, Portuguese and Italian put the complement of `tener como`, `ver
    como`, `considerar` before a long object (`tiene como objetivo la reforma`, `ve como
    prioridad la nueva ley`); the translation keeps that order: `has as its goal the
    reform`, `sees as a priority the new law`. English puts the object first: `has the
    reform as its goal`, `sees the new law as a priority`. English occasionally moves a
    long object to the end this way, so the rule only informs.""",
    triggers=AS_COMPLEMENT_VERBS, sources=WORD_ORDER_SOURCES,
)
def complement_before_object(doc, ctx):
    text = doc.text
    for si, toks, v in positions(doc, "TQ415"):
        n = len(toks)
        if v + 5 >= n or toks[v + 1].lower != "as" or not toks[v].text.islower():
            continue
        j = v + 2
        if toks[j].lower in _DETERMINERS:
            j += 1
        c = j
        while c < n and c - j < 3 and toks[c].kind == "word" and toks[c].text.islower() \
                and toks[c].lower not in _OBJECT_OPENERS and toks[c].lower not in _STOP:
            c += 1
        if c == j or c + 1 >= n or toks[c].lower not in _OBJECT_OPENERS or toks[c + 1].kind != "word":
            continue
        if toks[c - 1].lower in _LIFE_STAGES:
            continue   # `had as a child the habit`: an adverbial, not a complement
        e = c + 1
        while e < n and e - c < 8 and toks[e].kind == "word" and (toks[e].lower not in _STOP or toks[e].lower == "of"):
            e += 1
        if toks[e - 1].lower in {"of", "the", "a", "an"}:
            e -= 1
        verb = toks[v].text
        complement = text[toks[v + 1].start:toks[c - 1].end]
        obj = text[toks[c].start:toks[e - 1].end]
        sugg = f"{verb} {obj} {complement}"
        yield Hit(toks[v].start, toks[e - 1].end,
                  f"The `as` complement comes before the object: English writes `{sugg}`.",
                  suggestions=(sugg,))
