"""TQ205 space-before-percent: Space between a number and `%` (`15 %`): English closes it up (`15%`).

Examples: cases/TQ205.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import FIRST_DIGIT, lazy, scan, SPACES

_PERCENT_RE = lazy(rf"(?P<num>{FIRST_DIGIT}(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*(?:\.\d+)?))[{SPACES}]%")

_PERCENT_NEED = lazy(rf"\d[{SPACES}]%")   # in every match of _PERCENT_RE


@rule(
    "TQ205", name="space-before-percent", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Space between a number and `%` (`15 %`): English closes it up (`15%`).",
    explanation="""Spanish, French, German and Russian typography put a (no-break) space
    before the percent sign; English writes `15%`.""",
    fixable=True,
    sources=("AP Stylebook: percent", "MQM core typology: Locale convention > Number format"),
)
def space_before_percent(doc, ctx):
    text = doc.text
    if "%" not in text:
        return
    for m in scan(_PERCENT_RE, doc, need=_PERCENT_NEED):
        if N.parse_english(m.group("num")) is None:
            continue
        out = f"{m.group('num')}%"
        yield Hit(m.start(), m.end(), f"`{m.group()}`: English writes no space before `%`; write `{out}`.",
                  suggestions=(out,), fix=out)
