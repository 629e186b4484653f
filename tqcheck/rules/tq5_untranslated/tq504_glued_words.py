"""TQ504 glued-words: two words glued together at a link or markup boundary.
The split is ``glue.glue_point``.

Examples: cases/TQ504.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .data import vocab
from .glue import glue_point

@rule(
    "TQ504", name="glued-words", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="Two words glued together (`Sánchezsaid`, `Lulawho`, `Moscowand`).",
    explanation="""Converting a web page to text drops the space at link and markup
    boundaries, gluing a name to the next word (`Sánchezsaid`, `Lulawho`, `Moscowand`).
    A token is flagged when it is not an English word and splits into a frequent English
    word or known name plus a function word (`and`, `who`, `said`, `the` ...). Brands
    and names with inner capitals (`YouTube`, `iPhone`, `PlayStation`, `McDonald`,
    `PayPal`) and listed names stay quiet. The fix inserts the space.""",
    sources=["MQM typology: Fluency > Spelling (themqm.org)"],
    fixable=True,
)
def glued_words(doc, ctx):
    # Distinct words first; each is judged once per process (see glue_point).
    cands = {w: i for w in vocab(doc) if (i := glue_point(w)) is not None}
    if not cands:
        return
    for t in doc.tokens:
        w = t.text
        if w not in cands:
            continue
        i = cands[w]
        fixed = f"{w[:i]} {w[i:]}"
        yield Hit(t.start, t.end, f"Words glued together: `{w}` should be `{fixed}`.",
                  suggestions=(fixed,), fix=fixed)

