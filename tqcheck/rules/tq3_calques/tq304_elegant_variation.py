"""TQ304 elegant-variation: a periphrasis for a country or office copied from
source-language style (lexicon entries of kind `elegant-variation`).

Examples: cases/TQ304.toml; the entries' own examples are in corpora/<src>-en/*.toml."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from .explain import explain_more
from .lexicon_pass import hits


@rule(
    "TQ304", name="elegant-variation", guess_aware=True, category=Category.STYLE, severity=Severity.INFO,
    summary="A periphrasis for a country or office copied from source-language style (`the Aztec country`).",
    explanation="""Spanish, French and Italian news style avoids repeating a name and
    writes `el país azteca` (Mexico), `l'Hexagone` (France), `il Belpaese` (Italy).
    English copy repeats the name or uses a pronoun; the periphrasis puzzles readers.""",
    sources=("H. W. Fowler, A Dictionary of Modern English Usage (1926): 'elegant variation'",
             "MQM error typology: Style > Unidiomatic style"),
)
def elegant_variation(doc, ctx):
    return hits(doc, ctx, "elegant-variation")


elegant_variation.explain_more = explain_more("elegant-variation")
