"""TQ5 shared data: the corpora files (loanwords English keeps, the glossary, glue
exceptions) and the document's distinct words, which the pre-filters look at once each."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from ...nlp import langid
from ...packagedata import package_file

# Per-word memos hold this many distinct words (a few hundred per article; a run over
# a few thousand articles stays within it).
WORD_MEMO = 1 << 14


def corpus_text(name: str) -> str:
    return package_file("tqcheck.corpora", name).read_text("utf-8")


def _lines(name: str) -> list[str]:
    return [langid.norm(ln.strip()) for ln in corpus_text(name).splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def keeps() -> tuple[frozenset, int]:
    """Foreign words/phrases English keeps, as space-joined lower-case token strings."""
    from ...nlp.tokens import tokenize

    phrases = set()
    longest = 1
    for ln in _lines("langid/english_keeps.txt"):
        toks = [t.text for t in tokenize(ln) if t.kind != "punct"]
        phrases.add(" ".join(toks))
        longest = max(longest, len(toks))
    return frozenset(phrases), longest


@lru_cache(maxsize=1)
def glossary() -> dict:
    data = json.loads(corpus_text("langid/glossary.json"))
    data.pop("_note", None)
    return data


@lru_cache(maxsize=1)
def glue_keeps() -> frozenset:
    return frozenset(_lines("langid/glue_keeps.txt"))


def english_for(lang: str, phrase: str) -> str | None:
    gloss = glossary().get(lang, {})
    key = langid.norm(phrase)
    if key in gloss:
        return gloss[key]
    words = key.split()
    if 1 < len(words) <= 3 and all(w in gloss for w in words):
        return " ".join(gloss[w].split(" / ")[0] for w in words)
    return None


class WordVerdicts:
    """A per-word verdict (``judge(w)``, None for none) memoised per process, applied to
    a document's distinct words at C speed: the words judged before are sorted out with
    set operations, only new ones are judged (one Python call each)."""

    def __init__(self, judge):
        self.judge = judge
        self.verdict: dict[str, object] = {}
        self.some: set[str] = set()       # the words with a verdict

    def words_with(self, words: frozenset) -> frozenset:
        """The words of ``words`` with a verdict (``verdict[w]``)."""
        # Local references: when the memo is full it is replaced, not cleared, so a thread
        # of `tqcheck serve` in the middle of this call keeps a consistent pair.
        verdict, some = self.verdict, self.some
        new = words.difference(verdict)
        if new:
            if len(verdict) > 4 * WORD_MEMO:     # bounded, like the per-word memos
                verdict, some = self.verdict, self.some = {}, set()
                new = words
            judge = self.judge
            for w in new:
                v = verdict[w] = judge(w)
                if v is not None:
                    some.add(w)
        return words.intersection(some)


def vocab(doc) -> frozenset:
    """The distinct word tokens of the document: the pre-filters look at each word once."""
    # a token is a tuple (start, end, text, kind, lower): indexing is cheaper than its names
    return doc.view("tq5_vocab", lambda d: frozenset({t[2] for t in d.tokens if t[3] == "word"}))


def lower_vocab(doc) -> frozenset:
    return doc.view("tq5_lower_vocab", lambda d: frozenset(map(str.lower, vocab(d))))



_FIRST_WORD_RE = re.compile(r"[ \t]*\(?([^\W\d_][\w'’-]*)")


def line_firsts(doc) -> dict[str, list[int]]:
    """The lower-cased first word of each line (after an opening parenthesis), with the
    offsets where it stands: labels and prompts that must open their line are looked
    for only there, one match per line."""
    def build(d):
        out: dict[str, list[int]] = {}
        match = _FIRST_WORD_RE.match
        pos = 0
        for line in d.text.split("\n"):
            m = match(line)
            if m:
                out.setdefault(m.group(1).lower(), []).append(pos + m.start(1))
            pos += len(line) + 1
        return out

    return doc.view("tq5_line_firsts", build)
