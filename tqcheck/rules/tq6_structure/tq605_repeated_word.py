"""TQ605 repeated-word: The same word twice in a row (`the the`).

Examples: cases/TQ605.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule

_LEGIT_REPEATS = frozenset("""had that is do bye ha knock tut chop very so no yes now there well
    far many much more again go pretty really""".split())


@rule(
    "TQ605", name="repeated-word", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="The same word twice in a row (`the the`).",
    explanation="""Segment joins and post-editing leave a word doubled. Legitimate repeats
    (`had had`, `that that`, names such as `Bora Bora`) are not flagged.""",
    fixable=True,
)
def repeated_word(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        toks = doc.tokens_in(p.start, p.end)
        for a, b in zip(toks, toks[1:]):
            if a.kind != "word" or b.kind != "word" or a.lower != b.lower:
                continue
            if a.lower in _LEGIT_REPEATS or b.text[:1].isupper() or not text[a.end:b.start].isspace():
                continue
            if "\n" in text[a.end:b.start]:
                continue
            yield Hit(a.start, b.end, f"Repeated word `{a.text}`.", suggestions=(a.text,), fix=a.text)
