"""Shared by TQ111 and TQ112: hyphens that open and close a parenthetical aside.

Spanish sets an aside off with rayas glued to its words (`—que ...—,`); MT writes
hyphens: ` -which ... record-, ` or, half spaced, ` - which ... record- `. A pair is an
opening hyphen (glued to the next word, or spaced) and a closing hyphen glued to the end
of a word later in the same sentence, not a suspended compound (`two- and three-year`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .scan import matches

_CLOSE_PAREN_RE = re.compile(r"(?<=[^\W_])-(?=[ \t]*[,.;:)]|[ \t]+|$)", re.MULTILINE)
_SUSPENDED_RE = re.compile(r"[ \t]+(?:and|or|to|nor)[ \t]+[^\W\d_]+-")
_SENT_END_RE = re.compile(r"[.!?][ \t]|\n")


@dataclass(frozen=True)
class HyphenPair:
    open_start: int     # the opening hyphen with the space before it (` -`, ` - `)
    open_end: int
    close: int          # offset of the closing hyphen
    spaced_open: bool   # ` - which ... record- `: the two hyphens are spaced differently


def hyphen_pairs(doc) -> list[HyphenPair]:
    return doc.view("tq1_hyphen_pairs", _pairs)


def _pairs(doc) -> list[HyphenPair]:
    text = doc.text
    out = []
    close_used = -1
    for g, m in matches(doc, "paren", "spaced"):
        s, e = m.span()
        if s < close_used or (g == "spaced" and text[s:e].strip() != "-"):
            continue
        c = _closing(text, e)
        if c is None:
            continue
        close_used = c + 1
        out.append(HyphenPair(s, e, c, g == "spaced"))
    return out


def _closing(text: str, e: int) -> int | None:
    """The closing hyphen after ``e``: glued to the end of a word, before a space or
    punctuation, in the same sentence, not a suspended compound."""
    limit = min(len(text), e + 250)
    stop = _SENT_END_RE.search(text, e, limit)
    limit = stop.start() + 1 if stop else limit
    for cm in _CLOSE_PAREN_RE.finditer(text, e, limit):
        if not _SUSPENDED_RE.match(text, cm.end()):
            return cm.start()
    return None
