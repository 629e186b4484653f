"""TQ608 repeated-coordination: The same word on both sides of `and`/`or`/`of the` (`in Paris and Paris`, `the president of the president`).

Examples: cases/TQ608.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import INTENSIFYING

_OF_THE_OK = frozenset("best worst most least king kings lord lords song songs cream pick".split())
# `we need change, and change will come`: after a comma, the repeat opens a new clause
# when a finite verb or modal follows it (rhetorical repetition, not a lost word).
_CLAUSE_VERBS = frozenset("""will would can could must may might shall should is are was were has have had
    does did do comes came goes went means meant""".split())


@rule(
    "TQ608", name="repeated-coordination", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="The same word on both sides of `and`/`or`/`of the` (`in Paris and Paris`, `the president of the president`).",
    explanation="""When MT collapses two different source words into one English word — a
    gendered pair (`ciudadanos y ciudadanas`), two titles, a name and the place it was
    confused with — the result coordinates a word with itself: `in Paris and Paris`,
    `citizens and citizens`, `the president of the president`. English repeats a word
    around `and` only to intensify (`more and more`, `again and again`, `bigger and
    bigger`, `years and years`, `waited and waited`), and those are left alone, as is a
    repeat after a comma that opens a new clause (`we need change, and change will come`). Which word was lost needs a
    reader, so no fix is offered.""",
    sources=("MQM: Accuracy > Mistranslation; Fluency > Duplication",),
    triggers=("and", "or", "of"),
)
def repeated_coordination(doc, ctx):
    for _, toks, k in positions(doc, "TQ608"):
        if toks[k].lower == "of":
            # the president of the president
            if k < 2 or k + 2 >= len(toks) or toks[k + 1].lower != "the" or toks[k - 2].lower != "the":
                continue
            a, b = toks[k - 1], toks[k + 2]
            if a.lower in _OF_THE_OK:
                continue
        else:
            j = k - 2 if k >= 2 and toks[k - 1].text == "," else k - 1
            if j < 0 or k + 1 >= len(toks):
                continue
            a, b = toks[j], toks[k + 1]
            if j == k - 2 and k + 2 < len(toks) and toks[k + 2].lower in _CLAUSE_VERBS:
                continue  # `we need change, and change will come`: a new clause
            if a.lower in INTENSIFYING or (a.lower.endswith(("er", "ed", "ing")) and not a.text[0].isupper()):
                continue  # more and more, bigger and bigger, waited and waited, growing and growing
        if a.kind != "word" or a.lower != b.lower or len(a.text) < 3 or not a.text.isalpha():
            continue
        yield Hit(a.start, b.end, f"`{a.text}` coordinated with itself: a different word was probably lost.",
                  suggestions=(f"(replace one `{a.text}` with the word that was meant)",))
