"""TQ505 glued-number: a number glued to a word (`2023in`, `in2023`).

Examples: cases/TQ505.toml."""
from __future__ import annotations

from itertools import filterfalse

from ...findings import Category, Hit, Severity
from ..registry import rule
from .data import vocab
from .glue import unglued_number

@rule(
    "TQ505", name="glued-number", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="A number glued to a word (`the vote in 2023in`, `in2023`, `$372finally`).",
    explanation="""Markup removal also glues numbers to the following or preceding word
    (`2023in`, `2022and`, `in2023`), also to clause words, number words and sentence
    openers (`$372finally`, `5million`, `2023The`). Units and ordinals (`12km`, `3pm`, `21st`) are fine;
    `in` and `to` count only next to a year, since `12in` is also inches.""",
    sources=["MQM typology: Fluency > Spelling (themqm.org)"],
    fixable=True,
)
def glued_number(doc, ctx):
    # Distinct words first, as in glued_words: each is matched once, not per occurrence.
    # Most are all letters (no digit at either end), set aside by one C-level pass.
    cands = {w: fixed for w in filterfalse(str.isalpha, vocab(doc))
             if (w[0].isdigit() or w[-1].isdigit()) and not w.isdigit()
             and (fixed := unglued_number(w)) is not None}
    if not cands:
        return
    for t in doc.tokens:
        fixed = cands.get(t.text)
        if fixed is None:
            continue
        if fixed[-1:].islower() and fixed.split(" ")[-1][:1].isupper():
            # `2023The`: a sentence opener; its full stop may be lost too, so no fix.
            num, word = fixed.split(" ")
            yield Hit(t.start, t.end, f"Number glued to a word: `{t.text}` should be `{num}. {word}`"
                      " (or with the punctuation the source had).", suggestions=(f"{num}. {word}", fixed))
            continue
        yield Hit(t.start, t.end, f"Number glued to a word: `{t.text}` should be `{fixed}`.",
                  suggestions=(fixed,), fix=fixed)
