"""TQ302 false-friend: an English word that looks like the source word but means something
else (lexicon entries of kind `false-friend`).

Examples: cases/TQ302.toml; the entries' own examples are in corpora/<src>-en/*.toml."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from .explain import explain_more
from .lexicon_pass import hits


@rule(
    "TQ302", name="false-friend", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="An English word that looks like the source word but means something else (`the mandatary`).",
    explanation="""False friends: `mandatario` is a head of state, not a `mandatary`;
    `actualmente` is `currently`, not `actually`. Ambiguous ones (`actually`,
    `eventually`, `sensible`) are weak entries: they are reported only when the
    document's source language is the lexicon's language, inferred from the other
    evidence in the document (`--source-lang auto`) or given with --source-lang.""",
    fixable=True,
    sources=("MQM error typology: Accuracy > Mistranslation > False friend",),
)
def false_friend(doc, ctx):
    return hits(doc, ctx, "false-friend")


false_friend.explain_more = explain_more("false-friend")
