"""TQ603 doubled-punctuation: Doubled punctuation such as `ended. .` or `,,` left by segment joins.

Examples: cases/TQ603.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

_DOUBLE_RE = re.compile(r"([.,;:])([ \t]*)\1|([,;:])[ \t]*\.(?!\.)")
_TWO_MARKS_RE = re.compile(r"[.,;:][ \t]*[.,;:]")


@rule(
    "TQ603", name="doubled-punctuation", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="Doubled punctuation such as `ended. .` or `,,` left by segment joins.",
    explanation="""When translated segments are joined, the mark closing one segment is
    often kept alongside the mark of the next (`the vote ended. .`, `farmers,, which`).
    Ellipses (`...`, `. . .`) and abbreviations followed by a comma (`U.S.,`) are fine.""",
    fixable=True,
)
def doubled_punctuation(doc, ctx):
    text = doc.text
    # Every match starts where two marks meet (`[ \t]*` apart): the pattern above, with its
    # alternation and back-reference, runs from the first such place on, and not at all in
    # most stories (this one starts with a character set, which `re` skips to quickly).
    first = _TWO_MARKS_RE.search(text)
    if first is None:
        return
    for m in _DOUBLE_RE.finditer(text, first.start()):
        s, e = m.span()
        mark = m.group(1) or m.group(3)
        if mark == "." and m.group(1):
            # Part of an ellipsis: `...` or `. . .`
            if (s > 0 and text[s - 1] == ".") or (e < len(text) and text[e] == "."):
                continue
            if text[max(0, s - 2):s] == ". " or text[e:e + 2] == " .":
                continue
        keep = "." if m.group(3) else mark
        yield Hit(s, e, f"Doubled punctuation `{text[s:e]}`.", suggestions=(keep,), fix=keep)
