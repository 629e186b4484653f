"""TQ404 capitalised-mid-sentence: a pronoun or verb capitalised after a comma (`Pérez, He stressed`).

Examples: cases/TQ404.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .vocabulary import CAP_AFTER, CAP_PRONOUNS, CAP_VERBS

CAP_TRIGGERS = frozenset(w.lower() for w in CAP_PRONOUNS | CAP_VERBS)


@rule(
    "TQ404", name="capitalised-mid-sentence", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A pronoun or verb capitalised in mid-sentence (`Pérez, He stressed`).",
    explanation="""Segment-based translation starts a new sentence where the source only had
    a clause: `Ana Ruiz Pérez, He stressed`, `and that It will open`. After a comma or a
    conjunction a pronoun or a reporting verb is lower case. Capitalised words followed by
    another capitalised word (titles such as `It Follows`) and words after an opening
    quotation mark are left alone.""",
    fixable=True, triggers=CAP_TRIGGERS,
    sources=("MQM issue types (2015): Fluency > Spelling > Capitalization",),
)
def capitalised_mid_sentence(doc, ctx):
    text = doc.text
    for si, toks, i in positions(doc, "TQ404"):
        if not 1 <= i < len(toks) - 1:
            continue
        w = toks[i]
        if w.text not in CAP_PRONOUNS and w.text not in CAP_VERBS:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if prev.text not in CAP_AFTER or "\n" in text[prev.end:w.start]:
            continue
        if nxt.kind != "word" or not nxt.text[:1].islower():
            continue
        low = w.text.lower()
        kind = "pronoun" if w.text in CAP_PRONOUNS else "verb"
        yield Hit(w.start, w.end,
                  f"Capitalised {kind} `{w.text}` in mid-sentence: write `{low}`.",
                  suggestions=(low,), fix=low)
