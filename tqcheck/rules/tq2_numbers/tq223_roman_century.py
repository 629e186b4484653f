"""TQ223 roman-century: a century in Roman numerals (`the XXI century`, `XIX century`):
English writes `the 21st century`.

Examples: cases/TQ223.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy

_PREV_RE = lazy(r"([^\W\d_]+)[ \u00a0]+$")
_OPENERS = frozenset("the in from since by during until of a late early mid".split())
_ROMAN = {"I": 1, "V": 5, "X": 10}
_RE = lazy(r"(?<![\w-])(?P<num>X{0,2}(?:IX|IV|V?I{0,3}))[ \u00a0]+(?P<word>[Cc]entur(?:y|ies))\b")


def _value(roman: str) -> int:
    total = 0
    for a, b in zip(roman, roman[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@rule(
    "TQ223", name="roman-century", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="A century in Roman numerals (`the XXI century`): English writes `the 21st century`.",
    explanation="""Spanish, French, Italian and Portuguese number centuries in Roman
    numerals (`siglo XXI`, `XIXe siècle`, `XX secolo`); machine translation moves the
    numeral before `century` and keeps it: `the XXI century`. English writes `the 21st
    century`. Only a Roman numeral of at least two letters, or `V`, `X` (not `I`, a
    pronoun), directly before `century` is flagged.""",
    fixable=True,
    sources=("AP Stylebook: centuries", "MQM core typology: Locale convention"),
)
def roman_century(doc, ctx):
    text = doc.text
    if "entur" not in text:
        return
    for m in _RE.finditer(text):
        num = m.group("num")
        if not num or num == "I":
            continue
        prev = _PREV_RE.search(text, max(0, m.start() - 24), m.start())
        if prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _OPENERS:
            continue          # a monarch's or pope's numeral: `Henry VIII centuries later`
        out = _ordinal(_value(num))
        yield Hit(m.start(), m.end("num"), f"`{num} {m.group('word')}`: English numbers centuries in figures;"
                  f" write `{out} {m.group('word')}`.", suggestions=(out,), fix=out)
