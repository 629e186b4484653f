"""TQ301 calque: a source-language phrase rendered word for word (lexicon entries of kind
`calque`).

Examples: cases/TQ301.toml; the entries' own examples are in corpora/<src>-en/*.toml."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from .explain import explain_more
from .lexicon_pass import hits


@rule(
    "TQ301", name="calque", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="A source-language phrase rendered word for word (`collects in a statement`, `gave to know`).",
    explanation="""Machine translation maps a Spanish, French, Portuguese, Italian or German
    phrase onto English words one by one: `recoge en un comunicado` becomes `collects in a
    statement`, `dio a conocer` becomes `gave to know`, `el pasado martes` becomes `the past
    Tuesday`. Each finding names the source phrase and the English to write instead. The
    phrases come from the lexicons in corpora/<src>-en/ and any house phrasebook given.""",
    fixable=True,
    sources=("MQM error typology: Accuracy > Mistranslation > Overly literal",),
)
def calque(doc, ctx):
    return hits(doc, ctx, "calque")


calque.explain_more = explain_more("calque")
