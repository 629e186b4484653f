"""TQ102 unpaired-quote: A quotation mark with no partner in its paragraph (stray close, quotation never closed).

Examples: cases/TQ102.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp.quotes import CLOSE_GLYPHS, NEUTRAL_GLYPHS
from ..registry import rule
from .common import show_fix
from .quote_pass import quote_pass

_ABBREVIATIONS = frozenset("inc jr sr ltd co corp st dr mr mrs ms gen col sgt prof no vs etc".split())


@rule(
    "TQ102", name="unpaired-quote", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="A quotation mark with no partner in its paragraph (stray close, quotation never closed).",
    explanation="""Segment-by-segment translation drops or duplicates quotation marks:
    `justice.” and international fairness,” Xi said` has two closing marks for one opening
    mark. Quotations running over several paragraphs (the paragraph ends open and the next
    one reopens) are fine. Which mark is wrong usually needs a human; the one safe fix is
    a closing mark after which the sentence runs on in lower case up to a second closing
    mark (`justice.” and ... fairness,”`): that first mark and its full stop go. A
    quotation closed with two single marks (`“narco-state’’`) is typesetting, not MT.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 13 (quotations): quotations running over paragraphs', 'MQM: Fluency > Punctuation'),
)
def unpaired_quote(doc, ctx):
    qp = quote_pass(doc, ctx)
    for e in qp.edits:
        if e.mark.role == "unclosed" and _closed_by_two_singles(qp.text, e.mark):
            continue
        if e.mark.role in ("stray", "unclosed"):
            yield _unpaired_hit(qp.text, qp.marks, e.index)


def _unpaired_hit(text, marks, k) -> Hit:
    m = marks[k]
    same = lambda j: 0 <= j < len(marks) and marks[j].para_start == m.para_start  # noqa: E731
    if m.role == "unclosed":
        return Hit(m.pos, m.pos + 1, f"Quotation opened with `{m.char}` is never closed in this paragraph.",
                   suggestions=("(add the closing mark or remove this one)",))
    closing_like = m.char in CLOSE_GLYPHS or (m.char in NEUTRAL_GLYPHS and m.position == "close")
    if closing_like and same(k - 1) and marks[k - 1].role == "close":
        first = marks[k - 1]
        a, b = first.pos, m.pos + 1
        # `justice.” and international fairness,” Xi said`: the sentence runs on in lower
        # case after the first mark, so the first mark (and its full stop) is the stray one.
        cont = re.match(r"[ \t]+[a-z]", text[first.pos + 1:first.pos + 4])
        if cont and first.char == m.char:
            s = first.pos
            if text[s - 1] == "." and not _abbreviation_before(text, s - 1):
                s -= 1
            elif not text[s - 1].isalnum():
                s = None
            if s is not None:
                rep = text[first.pos + 1:b]
                return Hit(s, b, "Stray closing quotation mark: the quotation runs on after it.",
                           suggestions=(show_fix(text, s, b, rep),), fix=rep)
        return Hit(a, b, "Two closing quotation marks for one opening mark: one of them is stray.",
                   suggestions=("(remove the stray closing mark)",))
    if closing_like and same(k + 1) and marks[k + 1].role == "close":
        a, b = m.pos, marks[k + 1].pos + 1
        return Hit(a, b, "Two closing quotation marks for one opening mark: one of them is stray.",
                   suggestions=("(remove the stray closing mark)",))
    what = "closing" if closing_like else "opening"
    return Hit(m.pos, m.pos + 1, f"Unpaired {what} quotation mark `{m.char}`.",
               suggestions=("(remove it or add the missing mark)",))


def _closed_by_two_singles(text: str, m) -> bool:
    """`the “hard winter’’ — said the mayor`: two closing single marks typed for a closing
    double mark, an old typesetting habit some newsrooms keep (not a translation artefact)."""
    end = min(m.para_end, m.pos + 600)
    for pair in ("’’", "''"):
        k = text.find(pair, m.pos + 1, end)
        if k > 0 and not text[k - 1].isspace():
            return True
    return False


def _abbreviation_before(text: str, dot: int) -> bool:
    a = dot
    while a > 0 and not text[a - 1].isspace() and dot - a < 20:
        a -= 1
    word = text[a:dot]
    return "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS
