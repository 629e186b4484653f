"""TQ510 source-bis: `bis` or `ter` after a name for the second or third government or
plan of that name (`the Conte bis government`, `the Prodi ter`).

Examples: cases/TQ510.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

_BIS_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-zà-ÿ]+)[ \u00a0](?P<n>bis|ter)(?![\w-])(?![ \u00a0][A-Z])")
# (not a Dutch or German name particle: `Gerrit ter Horst`)
_ORDINAL = {"bis": "second", "ter": "third"}


@rule(
    "TQ510", name="source-bis", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="`bis`/`ter` after a name for the second or third of its kind (`the Conte bis government`).",
    explanation="""Italian and French number a leader's successive governments, plans or
    laws with Latin `bis` and `ter` after the name (`governo Conte bis`, `le plan Borloo
    bis`); English says `the second Conte government`. A capitalised name followed by
    `bis` or `ter` in lower case is flagged; legal numbering after a digit (`article 41
    bis`, the `41-bis` regime) is not, nor a name particle (`Gerrit ter Horst`).""",
    sources=("MQM typology: Accuracy > Untranslated",),
    triggers=("bis", "ter"),
)
def source_bis(doc, ctx):
    from ..triggers import positions

    if not positions(doc, "TQ510"):
        return
    for m in _BIS_RE.finditer(doc.text):
        name, n = m.group("name"), m.group("n")
        out = f"the {_ORDINAL[n]} {name}"
        yield Hit(m.start(), m.end(), f"`{name} {n}` numbers the {name} government or plan the source's way:"
                  f" English writes `{out} ...`.", suggestions=(f"{_ORDINAL[n]} {name}",))
