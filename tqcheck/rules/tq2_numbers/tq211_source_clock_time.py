"""TQ211 source-clock-time: 24-hour time with `hours` or `h` (`at 17.00 hours`, `at 17h30`): English news writes `5:30 p.m.`.

Examples: cases/TQ211.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, scan

_CLOCK_RE = lazy(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[.:h])(?P<m>[0-5]\d))?(?P<unit>\s+hours|\s*h(?:rs)?)?(?![\w'’])"
)
_CLOCK_BEFORE = lazy(r"(?i:\b(?:at|from|until|till|to|since|before|after|by|between|and|around|about))\s+$")


def _twelve_hour(h: int, minute: int) -> str:
    if minute == 0 and h in (0, 24):
        return "midnight"
    if minute == 0 and h == 12:
        return "noon"
    suffix = "a.m." if h % 24 < 12 else "p.m."
    h12 = h % 12 or 12
    return f"{h12}:{minute:02d} {suffix}" if minute else f"{h12} {suffix}"


@rule(
    "TQ211", name="source-clock-time", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="24-hour time with `hours` or `h` (`at 17.00 hours`, `at 17h30`): English news writes `5:30 p.m.`.",
    explanation="""Spanish `a las 17.00 horas` and French `à 17h30` come out as `at 17.00 hours`
    and `at 17h30`; English news writes `at 5 p.m.` and `at 5:30 p.m.` (noon, midnight). Only
    times after `at`, `from`, `until` and similar are reported, so durations (`12 hours of
    talks`) stay quiet.""",
    fixable=True,
    sources=(
        "AP Stylebook: times; a.m., p.m.; noon; midnight",
        "MQM core typology: Locale convention > Time format",
    ),
)
def source_clock_time(doc, ctx):
    text = doc.text
    for m in scan(_CLOCK_RE, doc):
        sep, unit = m.group("sep"), (m.group("unit") or "").strip()
        if sep is None and unit != "h" and unit != "hrs":
            continue                                         # `at 17`, `at 17 hours`: not sure / too rare
        if sep in (".", ":") and unit != "hours":
            continue                                         # `17.30h` is left to a human
        if sep == "h" and unit:
            continue
        if not _CLOCK_BEFORE.search(text[max(0, m.start() - 9):m.start()]):
            continue
        if re.match(r"\s+of\b", text[m.end():m.end() + 4]):
            continue                                         # `after 10.30 hours of talks`
        h, minute = int(m.group("h")), int(m.group("m") or 0)
        if h == 24 and minute or (sep is None and 0 < h < 13):
            continue                                         # `at 3 h`: 3 a.m. or 3 hours?
        out = _twelve_hour(h, minute)
        yield Hit(m.start(), m.end(), f"`{m.group()}` is a 24-hour source-language time; "
                  f"English news writes `{out}`.", suggestions=(out,), fix=out)
