"""TQ405 gender-doublet: a collapsed gender doublet (`citizens and citizens`).

Examples: cases/TQ405.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from .helpers import NOUN_TAGS, VILAR_2006, sentence_index
from .vocabulary import CAP_DOUBLET_NOUNS, INTENSIFYING, POSTMODIFIERS


# The first article may be capitalised (`The teachers and the teachers`); the word itself
# must be written alike both times.
DOUBLET_RE = re.compile(r"\b(?P<keep>(?:(?P<art>[Tt]he|[Aa]ll|los) )?(?P<w>[^\W\d_][\w’'-]*)) (?:and|or) "
                        r"(?(art)(?P<art2>the|all|los) )(?P=w)\b")


# Cheap necessary condition for DOUBLET_RE, tried first (the full pattern starts at every
# word): an ` and `/` or ` after a word whose end repeats the start of the word after the
# conjunction (or after an article).
_WORD_CHAR_RE = re.compile(r"[\w’'-]")
# The run of word characters that ends at the search's end: anchored at a run's start, so
# the search does not rescan the run from each of its characters (`[\w’'-]+\Z` alone did).
_RUN_BEFORE_RE = re.compile(r"(?<![\w’'-])[\w’'-]+\Z")
_RUN_RE = re.compile(r"[\w’'-]+")
_ARTICLES = ("the ", "all ", "los ")
_LONGEST = 64       # characters looked back for the word before the conjunction


def _may_double(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a match of DOUBLET_RE: a word ``w`` before
    ` and ` / ` or ` and again after it (after `the`/`all`/`los`, or not), so the run of
    word characters before the conjunction ends with ``w`` and the run after begins with it."""
    for conj in (" and ", " or "):
        c = text.find(conj, start, end)
        while c >= 0:
            if c > start and _WORD_CHAR_RE.match(text, c - 1) and _repeats(text, start, end, c, c + len(conj)):
                return True
            c = text.find(conj, c + len(conj) - 1, end)
    return False


def _repeats(text: str, start: int, end: int, c: int, a: int) -> bool:
    lo = max(start, c - _LONGEST)
    before = _RUN_BEFORE_RE.search(text, lo, c)
    if before is not None:
        run_start = before.start()
    elif c > lo and _WORD_CHAR_RE.match(text, c - 1):
        run_start = lo    # the run starts before ``lo``: it is cut there
    else:
        return False
    if run_start == lo > start:
        return True       # a run longer than we look back: let the full pattern judge
    v = text[run_start:c]
    afters = [a]
    if text.startswith(_ARTICLES, a, end):
        afters.append(a + 4)     # after `the `, `all ` or `los `
    for b in afters:
        m = _RUN_RE.match(text, b, end)
        if m is not None:
            u = m.group()
            if u == v or not _JOINER_FREE_RE.fullmatch(u + v) and _ends(v) & _starts(u):
                return True
    return False


# `w` is a whole word (`\b` on both sides) of the run before the conjunction, ending it,
# and of the run after, starting it. In a run without `’`, `'` or `-` the only such word
# is the whole run (the runs hold word characters alone): the runs must be equal. With
# them, a word may start after one and end before or after one.
_JOINER_FREE_RE = re.compile(r"\w*")


def _ends(v: str) -> set[str]:
    """The ends of the run ``v`` that start at a word boundary (at the run's start, or
    after a `’`, `'` or `-` before a word character)."""
    return {v[j:] for j in range(len(v)) if j == 0 or (not _is_word(v[j - 1]) and _is_word(v[j]))}


def _starts(u: str) -> set[str]:
    """The starts of the run ``u`` that end at a word boundary (the next character, or
    the run's end, differs from the last in being a word character; after the run comes
    no word character)."""
    return {u[:i] for i in range(1, len(u) + 1)
            if _is_word(u[i - 1]) != (i < len(u) and _is_word(u[i]))}


def _is_word(ch: str) -> bool:
    """``\\w`` of a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


@rule(
    "TQ405", name="gender-doublet", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A collapsed gender doublet (`citizens and citizens`, `candidate or candidate`).",
    explanation="""Spanish, Portuguese, French and Italian name both genders for inclusive
    language (`ciudadanos y ciudadanas`, `candidato o candidata`); English has one word for
    both, so machine translation produces `citizens and citizens`. Write the noun once.
    Intensifying repetition (`again and again`, `more and more`, `years and years`,
    `bigger and bigger`) is fine. Chinese sources produce the same slip from two
    near-synonyms (`experience and experience`).""",
    fixable=True, sources=("MQM issue types (2015): Fluency > Duplication", VILAR_2006),
)
def gender_doublet(doc, ctx):
    pos = None
    text = doc.text
    for p in doc.paragraphs:
        if not _may_double(text, p.start, p.end):
            continue
        for m in DOUBLET_RE.finditer(text, p.start, p.end):
            word = m.group("w")
            if (m.group("art") or "").lower() != (m.group("art2") or ""):
                continue
            listed = word[:1].isupper() and word[1:].islower() and word.lower() in CAP_DOUBLET_NOUNS
            if listed:
                word = word.lower()   # `Mexicans and Mexicans`, `Peruvians and Peruvians`
            if not word.islower() or word in INTENSIFYING or word.endswith(("er", "est")) and \
                    not word.endswith(("ers",)):
                # comparatives (`longer and longer`) are intensifiers; singular agent nouns
                # in -er are left out too (too close to comparatives for a lexical check)
                continue
            pos = pos or pos_view(doc)
            si = sentence_index(doc, m.start("w"))
            if si is None:
                continue
            toks = doc.sentence_tokens()[si][1]
            k = next((i for i, t in enumerate(toks) if t.start == m.start("w")), None)
            if k is None or (not listed and pos.near(si, k, k)[k] not in NOUN_TAGS):
                continue
            # Two different sets: a premodified noun and a postmodified one
            # (`densely populated areas and areas with high demand`).
            after = text[m.end():m.end() + 8].lstrip().split(" ", 1)[0].lower()
            if after in POSTMODIFIERS and k >= 1 and pos.near(si, k - 1, k)[k - 1] in {"JJ", "VBN", "VBG"}:
                continue
            keep = m.group("keep")
            yield Hit(m.start(), m.end(),
                      f"Collapsed doublet `{m.group()}` (a gender pair such as `ciudadanos y "
                      f"ciudadanas`, or two source synonyms): write it once: `{keep}`.",
                      suggestions=(keep,), fix=keep)
