"""TQ303 mistranslated-idiom: a source-language idiom translated literally (lexicon entries
of kind `idiom`).

Examples: cases/TQ303.toml; the entries' own examples are in corpora/<src>-en/*.toml."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from .explain import explain_more
from .lexicon_pass import hits


@rule(
    "TQ303", name="mistranslated-idiom", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="A source-language idiom translated literally (`row in the right direction`, `under the table`).",
    explanation="""Idioms do not survive word-for-word translation: `remar en la dirección
    correcta` is `move in the right direction`, `sobre la mesa` (under discussion) is
    `on the table`. The literal version reads as nonsense or, worse, as a different
    English idiom.""",
    fixable=True,
    sources=("MQM error typology: Accuracy > Mistranslation > Overly literal",),
)
def idiom(doc, ctx):
    return hits(doc, ctx, "idiom")


idiom.explain_more = explain_more("idiom")
