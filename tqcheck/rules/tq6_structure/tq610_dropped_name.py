"""TQ610 dropped-name: A name or figure dropped from the sentence, leaving an empty slot (`such as, and`, `obtained by ..`).

Examples: cases/TQ610.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

_SLOT_RE = re.compile(
    r"\b(?:such[ \t]+as|including|namely|like)[ \t]*,[ \t]*(?:and|or)\b"      # such as, and Republicans
    r"|\((?:[ \t]*[-–][ \t]*[A-Z]{2}|[A-Z]{2,5}[ \t]*[-–])[ \t]*\)"           # (-SP) (PSD-) a party without its state
    r"|\b(?:by|from|to|with|reports|reported|told|according[ \t]+to|quoted[ \t]+by)"
    r"(?:[ \t]+\.\.?|[ \t]*\.\.)(?!\.)(?=[ \t]*(?:\n|$|[A-Z“\"]))",        # obtained by ..  reports .
    re.IGNORECASE)
# No match spans a line break, and each holds `, and`/`, or` after `as`, `including`,
# `namely` or `like`, a `(` with a dash before the next `)`, or a full stop after a space
# or before another: the pattern above (slow, tried at every word) runs only over the
# lines holding one of these, found by ``str.find`` and a pattern that starts with `,`.
_AND_OR_RE = re.compile(r",[ \t]*(?:and|or)\b", re.IGNORECASE)
_HINTS = (" .", "\t.", "..")
# The last two letters of `such as`, `including`, `namely`, `like`, as IGNORECASE matches
# them (`ſ` is an `s`, the Kelvin sign a `k`).
_FOLDS = {"a": "aA", "s": "sS\u017f", "n": "nN", "g": "gG", "l": "lL", "y": "yY", "k": "kK\u212a", "e": "eE"}
_SLOT_WORD_ENDS = frozenset(a + b for end in ("as", "ng", "ly", "ke") for a in _FOLDS[end[0]] for b in _FOLDS[end[1]])

@rule(
    "TQ610", name="dropped-name", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="A name or figure dropped from the sentence, leaving an empty slot (`such as, and`, `obtained by ..`).",
    explanation="""Web pages mark names up as links, and some pipelines drop the link with
    its text: the sentence keeps the words around the hole. `parties such as, and the
    Greens` lost the first party; `obtained by ..` and `, reports .` lost the outlet; a
    party and state tag such as `(-SP)` lost the party. Only the slot is certain, not
    what filled it, so no fix is offered.""",
    sources=("MQM: Accuracy > Omission",),
)
def dropped_name(doc, ctx):
    text = doc.text
    if "." not in text and "," not in text and "(" not in text:
        return
    for m in _slots(text):
        yield Hit(m.start(), m.end(), f"Something is missing here: `{m.group().strip()}` has an empty slot.",
                  suggestions=("(restore the missing name)",))


def _slots(text: str):
    """``_SLOT_RE.finditer(text)``, run line by line over the lines that can hold a match."""
    hints = []
    for m in _AND_OR_RE.finditer(text):
        j = i = m.start()
        while j and text[j - 1] in " \t":
            j -= 1
        if text[j - 2:j] in _SLOT_WORD_ENDS:              # `such as, and`
            hints.append(i)
    # `(-SP)`, `(PSD-)`: the slot's brackets hold no bracket, so its `(` is the last one
    # before its `)`; one look per `)` keeps this linear (a `(` per `(` was quadratic on
    # many `(` before one distant `)`).
    after = 0
    j = text.find(")")
    while j >= 0:
        i = text.rfind("(", after, j)
        if i >= 0 and ("-" in text[i:j] or "–" in text[i:j]):
            hints.append(i)
        after = j + 1
        j = text.find(")", after)
    for h in _HINTS:
        i = text.find(h)
        while i >= 0:
            hints.append(i)
            i = text.find(h, i + 1)
    done = -1
    for i in sorted(hints):
        if i < done:
            continue
        start = text.rfind("\n", 0, i) + 1
        done = text.find("\n", i)
        if done < 0:
            done = len(text)
        yield from _SLOT_RE.finditer(text, start, done)
