"""TQ605 repeated-word: The same word twice in a row (`the the`).

Examples: cases/TQ605.toml."""
from __future__ import annotations

from bisect import bisect_right
from itertools import compress
from operator import eq, itemgetter

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import INTENSIFYING as _INTENSIFYING

_LEGIT_REPEATS = frozenset("""had that is do bye ha knock tut chop very so no yes now there well
    far many much more again go pretty really""".split())
INTENSIFYING = _LEGIT_REPEATS | _INTENSIFYING
# Function words no name repeats: `The The Chancellor` at a sentence's start is a doubling,
# where `Bora Bora` or `Sing Sing` (capitalised content words) are names.
# Only at a sentence's start: mid-sentence `the band The The` is a name.
_FUNCTION_REPEATS = frozenset("the an of to for with from and by at".split())
_LOWER = itemgetter(4)    # Token.lower (a token is a tuple)
_SENTENCE_END = frozenset('.!?:;"“”‘’\'')


@rule(
    "TQ605", name="repeated-word", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="The same word twice in a row (`the the`).",
    explanation="""Segment joins and post-editing leave a word doubled (`the the`), also
    across a stray full stop (`the warehouse. warehouse owned by the port`: the repeat is
    in lower case, so no sentence ended there; the fix keeps one word and drops the stop)
    or a comma (`health, health and housing`: a word of the list was lost, so no fix).
    Legitimate repeats (`had had`, `that that`, `very, very`, names such as `Bora Bora`)
    are not flagged; a capitalised repeat is flagged only for a function word (`The The
    minister`), since a capitalised content word twice is usually a name.""",
    fixable=True,
)
def repeated_word(doc, ctx):
    paragraphs = doc.paragraphs
    for pi in _candidate_paragraphs(doc):
        p = paragraphs[pi]
        yield from _paragraph_hits(doc.text, doc.tokens_in(p.start, p.end))


def _candidate_paragraphs(doc) -> list[int]:
    """The paragraphs where a word's lower-case form comes again next, or after a full
    stop or comma, in order: found once in the document's token list (the concatenation of the
    paragraphs' tokens), at C speed; a pair across a paragraph break only adds a
    paragraph for the exact per-paragraph test."""
    toks = doc.tokens
    lows = list(map(_LOWER, toks))
    at = [i for i in compress(range(len(toks)), map(eq, lows, lows[1:])) if toks[i].kind == "word"]
    # across a mark: a word, then `.` or `,` (what ``_across_mark`` needs first)
    at += [i for i in compress(range(len(toks)), map(eq, lows, lows[2:]))
           if toks[i].kind == "word" and toks[i + 1].text in ".,"]
    if not at:
        return []
    starts = [p.start for p in doc.paragraphs]
    return sorted({bisect_right(starts, toks[i].start) - 1 for i in at})


def _paragraph_hits(text, toks):
    # Only where a token's lower-case form comes again one (or, across a mark, two)
    # tokens on: the positions are picked at C speed, no per-token Python work.
    lows = [t.lower for t in toks]
    for j in compress(range(len(toks)), map(eq, lows, lows[1:])):
        a, b = toks[j], toks[j + 1]
        if a.kind != "word" or b.kind != "word":
            continue
        if a.lower in _LEGIT_REPEATS or not text[a.end:b.start].isspace():
            continue
        if b.text[:1].isupper() and not (a.lower in _FUNCTION_REPEATS and b.text[1:].islower()
                                         and (j == 0 or toks[j - 1].text in _SENTENCE_END)):
            continue
        if "\n" in text[a.end:b.start]:
            continue
        yield Hit(a.start, b.end, f"Repeated word `{a.text}`.", suggestions=(a.text,), fix=a.text)
    for i in compress(range(len(toks)), map(eq, lows, lows[2:])):
        hit = _across_mark(text, toks[i], toks[i + 1], toks[i + 2], toks[i + 3:i + 5])
        if hit:
            yield hit


def _across_mark(text, a, mark, b, after):
    """`the warehouse. warehouse owned by the port`: a full stop between a word and its
    repeat in lower case (the sentence did not end there); `health, health`: a comma."""
    if mark.text not in ".," or a.kind != "word" or b.kind != "word" or a.lower != b.lower:
        return None
    if not b.text.islower() or len(a.text) < 3 or a.lower in INTENSIFYING or not a.text.isalpha():
        return None
    if text[a.end:mark.start] or text[mark.end:b.start] not in (" ", "\u00a0"):
        return None
    if mark.text == ".":
        return Hit(a.start, b.end, f"`{a.text}` repeated across a stray full stop.",
                   suggestions=(a.text,), fix=a.text)
    # only in a list that goes on with other words (`health, health and housing`, not
    # `it rained, rained and rained`)
    if len(after) < 2 or after[0].lower not in ("and", "or", ",") or after[1].lower == a.lower:
        return None
    return Hit(a.start, b.end, f"`{a.text}` repeated after a comma: a word of a list was probably lost.",
               suggestions=(f"(replace one `{a.text}`)",))
