"""TQ123 missing-space-after-punctuation: No space after sentence punctuation (`?they`, `Lima.Asked`, `farmers,which`).

Examples: cases/TQ123.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import URLISH, chunk, matches

# A capitalised ordinary word (not `DataFrame`, not `os.Path.join`) after the full stop.
_NEXT_SENTENCE_RE = re.compile(r"[A-Z][a-z]+(?=[\s,;:!?)”\"’]|\.(?:\s|$)|$)")
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|gov|edu|io|co)\b", re.IGNORECASE)


@rule(
    "TQ123", name="missing-space-after-punctuation", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="No space after sentence punctuation (`?they`, `Lima.Asked`, `farmers,which`).",
    explanation="""Segment joins drop the space after a full stop, question mark or comma.
    URLs, e-mail addresses, abbreviations (`U.S.`, `a.m.`), decimals and times are not
    flagged.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): one space after punctuation', 'MQM: Fluency > Punctuation'),
)
def missing_space_after_punctuation(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "glue"):
        s = m.start()
        if _glued(text, s):
            mark = text[s]
            yield Hit(s, s + 1, f"No space after `{mark}`.", suggestions=(show_fix(text, s, s + 1, mark + " "),),
                      fix=mark + " ")


def _glued(text: str, s: int) -> bool:
    mark = text[s]
    around = chunk(text, s)
    if any(u in around.lower() for u in URLISH):
        return False
    prev2 = text[max(0, s - 2):s]
    nxt2 = text[s + 1:s + 3]
    if mark in "?!":
        return True
    if mark == ".":
        # Lima.Asked — not U.S., e.g., a.m., Node.js or a domain name
        return len(prev2) == 2 and prev2.isalpha() and prev2.islower() and \
            _NEXT_SENTENCE_RE.match(text, s + 1) is not None and not _DOMAIN_RE.search(around)
    # farmers,which  — letters on both sides
    return len(prev2) == 2 and prev2.isalpha() and len(nxt2) == 2 and nxt2.isalpha()
