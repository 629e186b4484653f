"""TQ204 space-thousands-separator: Thousands grouped with a space or narrow space (`3 500 people`): English uses commas.

Examples: cases/TQ204.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import SYMBOLS
from .helpers import lazy, scan, SPACES

_SPACE_GROUP_RE = lazy(
    rf"(?<![\w.,+\-/:])(?<!\d[{SPACES}])(?P<num>[1-9]\d{{0,2}}(?:[{SPACES}]\d{{3}})+(?:,\d+)?)(?![\d])"
    rf"(?![{SPACES}]\d)(?P<after>[{SPACES}]*(?:%|[€$£¥]|(?P<word>[^\W\d_]+)))?"
)
_SPACE_GROUP_NEED = lazy(rf"\d[{SPACES}]\d{{3}}")   # in every match of _SPACE_GROUP_RE (`10 000`: a 0 before the space)
_FUNCTION_WORDS = frozenset("""and or to at in on from for of by with the a an is was were are be as than
    then but if per until till through via ext extension""".split())


@rule(
    "TQ204", name="space-thousands-separator", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Thousands grouped with a space or narrow space (`3 500 people`): English uses commas.",
    explanation="""French, Russian and European Portuguese group thousands with a (narrow)
    no-break space (CLDR); English writes `3,500`. Reported when the group is followed by a
    noun, a percent sign or a currency sign, so phone numbers and lists of numbers stay quiet.""",
    fixable=True,
    sources=(
        "Unicode CLDR number symbols (decimal and group separators of es, fr, pt, it, de, ru)",
        "MQM core typology: Locale convention > Number format",
    ),
)
def space_thousands(doc, ctx):
    text = doc.text
    months = N.english_months()
    for m in scan(_SPACE_GROUP_RE, doc, need=_SPACE_GROUP_NEED):
        num = m.group("num")
        typeset = any(ch in num for ch in "\u00a0\u202f\u2009")   # typed on purpose, not a phone
        after = m.group("after") or ""
        if after.strip(SPACES) in SYMBOLS and after:
            continue                                       # `1 500 €`: TQ202 rewrites it whole
        word = (m.group("word") or "").lower()
        if not typeset:
            if not after:
                continue
            if word in months:
                continue
            if word in _FUNCTION_WORDS and not (word in ("and", "to", "or")
                                                and _SPACE_GROUP_RE.match(text, m.end() + 1)):
                continue                                   # `2 000 and 3 000 people` is a range
        before = text[max(0, m.start() - 12):m.start()].rstrip(SPACES).split()
        if before and (before[-1].lower().strip(".,") in months or before[-1][-1:].isdigit()):
            continue
        _, src = N.readings(num)
        if src is None:
            continue
        value = N.english(src)
        yield Hit(m.start(), m.end("num"),
                  f"`{num}` groups thousands with a space (French/Russian convention); "
                  f"English writes `{value}`.",
                  suggestions=(value,), fix=value)
