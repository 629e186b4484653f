"""TQ5 protected regions: quotations, titles, glosses in parentheses and italics, where
foreign words are names or terms the writer chose to keep; span lookups over them."""
from __future__ import annotations

import bisect
import re

_QUOTED_RE = re.compile(
    r"“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]|\"[^\"\n]{1,300}\"|‘[^’\n]{1,120}’(?!\w)"
    r"|\([^()\n]{1,200}\)|(?<![\w*])\*[^*\n]{1,120}\*(?![\w*])|(?<![\w_])_[^_\n]{1,120}_(?![\w_])"
    r"|`[^`\n]{1,200}`")
_WORD_RE = re.compile(r"[^\W\d_]+")
_QUOTE_MAX_WORDS = 7


def quotes(doc, paragraphs) -> tuple[list, list]:
    """(protected spans, long quotations) in ``paragraphs``. Protected: short quotations,
    titles, glosses in parentheses and italics, where foreign words are names, titles or
    terms the writer chose to keep. A quotation of more than seven words that is not
    title-cased is checked as a unit of its own (an untranslated quote)."""
    short, long = [], []
    for p in paragraphs:
        for m in _QUOTED_RE.finditer(doc.text, p.start, p.end):
            inner = m.group()[1:-1]
            words = _WORD_RE.findall(inner)
            if not words:
                continue
            caps = sum(1 for w in words if w[:1].isupper() and len(w) > 3)
            long_words = sum(1 for w in words if len(w) > 3)
            if len(words) <= _QUOTE_MAX_WORDS or caps >= 0.6 * max(long_words, 1):
                short.append(m.span())
            else:
                long.append((m.start() + 1, m.end() - 1))
    return sorted(short), sorted(long)


def inside(spans, start: int, end: int) -> bool:
    """Is [start, end) inside one of ``spans`` (sorted by start)? Looks only at the few
    spans starting just before ``start``, so a long document stays linear."""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return any(s <= start and end <= e for s, e in spans[max(0, i - 8):i])


def overlaps(spans, start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, 0))
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i])

