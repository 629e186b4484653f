"""TQ410 lowercase-sentence-start: a sentence or paragraph that starts in lower case
(`... on Friday. according to the police`).

Examples: cases/TQ410.toml."""
from __future__ import annotations

import bisect
import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .vocabulary import ABBREVIATIONS, NAME_PARTICLES

_ANY_WORD_RE = re.compile(r"[^\W\d_]+")
_ENDS = frozenset(".!?")
_GLUE = frozenset("./@:_")
_STAMP_RE = re.compile(r":|[ \t]+\d+[-/.]\d")
_CONTINUED = (":", ",", ";", "`", "—", "–", "-")
_PROSE_ENDS = (".", "!", "?", "”", '"', "’", ")")
# A sentence end inside a paragraph: `.`, `!` or `?` and spaces before a lower-case letter.
_END_RE = re.compile(r"[.!?][ \t]+(?=[“\"‘]?[a-zß-öø-ÿ])")
# The first word, after at most one opening quotation mark (`"everything`); a bracket may
# open a lower-case aside, and Markdown leaves one where it drops a code span.
_WORD_RE = re.compile(r"[“\"‘]?(?P<word>[a-zß-öø-ÿ][^\W\d_]*(?:['’\-][^\W\d_]+)*)\b")


def _after_sentence_end(text: str, start: int, para_start: int) -> bool:
    """True when ``start`` opens a paragraph, or follows `word.`, `word!` or `word?` and
    white space (not an abbreviation, an initial or an ellipsis)."""
    j = start
    while j > para_start and text[j - 1] in " \t":
        j -= 1
    if j == para_start:
        return True
    if j == start or text[j - 1] not in _ENDS:
        return False
    k = j - 1
    if text[k] == "." and k > para_start and text[k - 1] in ".…":
        return False
    w = k
    while w > para_start and (text[w - 1].isalnum()):
        w -= 1
    word = text[w:k]
    if not word:
        return False
    if word.isdigit():
        return True
    if len(word) == 1 or word.lower() in ABBREVIATIONS:
        return False
    return not (w > para_start and text[w - 1] == ".")   # `e.g.`, `U.S.`


def _dropped_before(doc, at: int, word_start: int) -> bool:
    """True when the reader dropped markup (a code span, emphasis, a tag, a list or heading
    marker) between the sentence end or paragraph start before ``at`` and ``word_start``:
    the boundary is then the reader's, not the writer's (`` `cmd` applies ``, `**tool**`)."""
    om = doc.offset_map
    if om is None or len(om.runs) < 2:
        return False
    text = doc.text
    lo = at
    while lo > 0 and text[lo - 1] in " \t\r\n":
        lo -= 1
    starts = om._starts
    i = max(1, bisect.bisect_left(starts, lo))
    while i < len(starts) and starts[i] <= word_start:
        t, f, _n = om.runs[i]
        pt, pf, pn = om.runs[i - 1]
        if f - (pf + pn) > t - (pt + pn):
            return True
        i += 1
    return False


def _markup_name(doc, word: str) -> bool:
    """In a document read from markup, a lower-case word used again mid-sentence and never
    capitalised is a name written in lower case (`tqcheck`, `pip`), not a slip."""
    if doc.offset_map is None:
        return False
    words = doc.view("TQ410-case", _case_counts)
    low, up = words.get(word, (0, 0))
    return low >= 3 and up == 0


def _case_counts(doc) -> dict:
    counts: dict[str, tuple[int, int]] = {}
    for m in _ANY_WORD_RE.finditer(doc.text):
        w = m.group()
        k = w.lower()
        low, up = counts.get(k, (0, 0))
        counts[k] = (low + 1, up) if w[0].islower() else (low, up + 1)
    return counts


@rule(
    "TQ410", name="lowercase-sentence-start", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A sentence or paragraph that starts in lower case (`... on Friday. according to the police`).",
    explanation="""Machine translation of segments cut in mid-sentence, and source casing,
    leave a sentence or a paragraph starting with a lower-case word: `according to the
    police`, `the mayor said`, `. "nothing more to say`. English capitalises the first word
    of every sentence. Words with a capital inside (`iPhone`, `eBay`), name particles
    (`de`, `van`), list items after a bullet or dash, text after an abbreviation (`p.m.`,
    `e.g.`), an initial or an ellipsis, and sentences after a closing quotation mark are
    left alone. Lower-case month names are TQ206's.""",
    fixable=True,
    sources=("MQM issue types (2015): Fluency > Spelling > Capitalization",
             "Chicago Manual of Style 8.1 / AP Stylebook: capitalise the first word of a sentence"),
)
def lowercase_sentence_start(doc, ctx):
    text = doc.text
    before = ""
    for p in doc.paragraphs:
        # A paragraph start counts when the paragraph is prose (ends a sentence), not a
        # byline, credit or label (`by Ana Ruiz`, `photo: archive`), and does not continue
        # the paragraph before it (`... as follows:`, a code block in Markdown).
        prose = text[p.start:p.end].rstrip().endswith(_PROSE_ENDS) and not before.endswith(_CONTINUED)
        before = text[p.start:p.end].rstrip()
        starts = ([p.start] if prose else []) + [m.end() for m in _END_RE.finditer(text, p.start, p.end)]
        for at in starts:
            m = _WORD_RE.match(text, at, p.end)
            if m is None:
                continue
            word = m.group("word")
            after = text[m.end("word"):m.end("word") + 2]
            if after[:1] in _GLUE and after[1:2].strip():
                continue   # `www.example.com`, `http://`, `user@...`
            if _STAMP_RE.match(text, m.end("word")):
                continue   # `date 2022-02-04`, `photo:`: leaked metadata or a label (TQ601)
            if any(c.isupper() for c in word) or word.lower() in NAME_PARTICLES \
                    or not _after_sentence_end(text, at, p.start):
                continue
            if _dropped_before(doc, at, m.start("word")) or _markup_name(doc, word):
                continue
            fixed = word[:1].upper() + word[1:]
            yield Hit(m.start("word"), m.end("word"),
                      f"Sentence starts in lower case: write `{fixed}`.",
                      suggestions=(fixed,), fix=fixed)
