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
# In every match the rule reports: a separator and minutes (`17:30`, `17h30`) or a unit.
_CLOCK_NEED = lazy(r"\d(?:[.:h][0-5]\d|\s+hours(?![\w'’])|\s*h(?:rs)?(?![\w'’]))")
_ZONE_AFTER = lazy(r"[ \u00a0]*(?:[ap]\.?m\b|(?:GMT|UTC|CET|CEST|BST|EST|EDT|CST|PST|ET|PT|Z)\b|"
                   r"(?i:local\b|hrs\b|h\b|o'clock))|[:.]\d")
_AT_BEFORE = lazy(r"(?i:\bat)[ \u00a0]+$")
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
    summary="24-hour time (`at 17.00 hours`, `at 17h30`, `at 17:00`): English news writes `5:30 p.m.`.",
    explanation="""Spanish `a las 17.00 horas` and French `à 17h30` come out as `at 17.00 hours`
    and `at 17h30`, and `a las 17:00` as `at 17:00`; English news writes `at 5 p.m.` and `at
    5:30 p.m.` (noon, midnight). A time up to 12:59 without a.m. or p.m. (`at 11:00`) is
    reported at info level with both readings; times with a zone (`17:00 GMT`) stay quiet. Only
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
    for m in scan(_CLOCK_RE, doc, need=_CLOCK_NEED):
        sep, unit = m.group("sep"), (m.group("unit") or "").strip()
        if sep is None and unit != "h" and unit != "hrs" and not (
                unit == "hours" and 13 <= int(m.group("h")) <= 23 and _AT_BEFORE.search(text, max(0, m.start() - 4),
                                                                                        m.start())):
            continue                                         # `at 17`, `after 17 hours`: not a clock time
        bare = sep == ":" and not unit                       # `at 17:00`, no `hours`
        if bare and _ZONE_AFTER.match(text, m.end()):
            continue                                         # `17:00 GMT`, `11:00 a.m.`, `2:05:37`
        if sep in (".", ":") and unit != "hours" and not bare:
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
        end = m.end()
        if bare and 0 < h <= 12:                             # `at 11:00`: morning or evening?
            outs = ("noon", "midnight") if h == 12 and not minute else \
                (_twelve_hour(h, minute), _twelve_hour(h + 12, minute))
            yield Hit(m.start(), end, f"`{m.group()}` is a clock time without a.m. or p.m. (source-"
                      f"language 24-hour style); English news writes `{outs[0]}` or `{outs[1]}`.",
                      suggestions=outs, severity=Severity.INFO)
            continue
        out = _twelve_hour(h, minute)
        if out.endswith(".") and text.startswith(".", end):
            end += 1                                         # `at 5 p.m.` ends the sentence: one period
        yield Hit(m.start(), end, f"`{text[m.start():end]}` is a 24-hour source-language time; "
                  f"English news writes `{out}`.", suggestions=(out,), fix=out)
