"""TQ224 source-number-sign: the Romance number sign before a number (`Law N° 27444`,
`Decree nº 12`): English writes `No.`.

Examples: cases/TQ224.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, scan

_RE = lazy(r"(?<![\w.])(?P<sign>[Nn]\.?[º°o]|[Nn]ro\.|[Nn]úm\.)(?=[ \u00a0]?\d)")


@rule(
    "TQ224", name="source-number-sign", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="The Romance number sign before a number (`Law N° 27444`, `nº 12`): English writes `No.`.",
    explanation="""Spanish, Portuguese, Italian and French number laws, decrees and cases
    with `Nº`, `N°`, `N.º`, `nro.` or `núm.` (número); machine translation copies the sign:
    `Law N° 27444`. English writes `No. 27444` (or `Law 27444`). Only the sign directly
    before a number is flagged; `No.` itself and `no` as a word stay quiet.""",
    fixable=True,
    sources=("AP Stylebook: No.", "MQM core typology: Locale convention"),
)
def source_number_sign(doc, ctx):
    text = doc.text
    if not any(c in text for c in "º°") and "ro." not in text and "úm." not in text:
        return
    for m in scan(_RE, doc):
        sign = m.group("sign")
        if sign[-1] == "o" and "." not in sign:
            continue          # `No5`? not a sign: English `No` needs its full stop
        yield Hit(m.start(), m.end(), f"`{sign}` is the source's number sign; English writes `No.`.",
                  suggestions=("No.",), fix="No.")
