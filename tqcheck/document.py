"""The Document: text with paragraphs, sentences and tokens at exact offsets.

All offsets are code-point offsets into ``Document.text``, end exclusive. Expensive
views (sentences, tokens, anything a rule family registers through ``view``) are
computed on first use and cached on the document, so every rule shares them.
"""
from __future__ import annotations

import bisect
import operator
import re
from functools import cached_property, partial
from typing import Callable, NamedTuple, TypeVar

from .nlp.sentences import split_sentences
from .nlp.tokens import Token, tokenize

T = TypeVar("T")
_START = operator.itemgetter(0)    # Token.start
_KIND = operator.itemgetter(3)     # Token.kind

# A blank line: a line break, then only horizontal whitespace, then a line break. Written
# as alternatives that each start with a literal (`\r\n`, `\n`, `\r\r`), the same matches
# as `\r?\n...|\r\r+` in the same order, so the regex engine skips ahead to the next
# `\r` or `\n` instead of trying a match at every character (2.5x faster on news copy).
_AFTER_BREAK = r"[ \t\f\v\u00a0]*(?:\r?\n[ \t\f\v\u00a0]*)*\r?\n"
_BLANK_LINE_RE = re.compile(r"\r\n" + _AFTER_BREAK + r"|\n" + _AFTER_BREAK + r"|\r\r+")
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


class Span(NamedTuple):
    start: int
    end: int


class OffsetMap:
    """Maps offsets in a document's text back to the file it was read from.

    Readers that drop markup (HTML, Markdown) record, for each run of text copied
    verbatim, ``(text_start, file_start, length)``. Offsets inside a run map exactly;
    an offset between runs maps to the end of the previous run.
    """

    def __init__(self, runs: list[tuple[int, int, int]]):
        self.runs = sorted(runs)
        self._starts = [r[0] for r in self.runs]

    def to_source(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.runs[0][1] if self.runs else offset
        t, f, n = self.runs[i]
        return f + min(offset - t, n)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            s = self.to_source(start)
            return s, s
        return self.to_source(start), self.to_source(end - 1) + 1


class LineIndex:
    """1-based line and column for code-point offsets; CRLF, CR and LF all end a line."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in _LINE_BREAK_RE.finditer(text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """Offsets of line ``line`` (1-based) without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end


# A Span from a (start, end) pair at C level (``Span(s, e)`` runs a Python ``__new__``).
_span = partial(tuple.__new__, Span)


def _sentence_tokens(doc: "Document") -> list[tuple[Span, list[Token]]]:
    """``[(s, doc.tokens_in(s.start, s.end)) for s in doc.sentences]``, inlined (the
    sentences are in order: each search starts where the previous one ended)."""
    starts, tokens = doc._token_starts, doc.tokens
    bisect_left = bisect.bisect_left
    out = []
    i = 0
    for s in doc.sentences:
        start, end = s
        i = bisect_left(starts, start, i)
        toks = tokens[i:bisect_left(starts, end, i)]
        while toks and toks[-1].end > end:
            toks.pop()
        out.append((s, toks))
    return out


class Document:
    def __init__(self, text: str, path: str | None = None, offset_map: OffsetMap | None = None):
        self.text = text
        self.path = path
        self.offset_map = offset_map
        self._views: dict[str, object] = {}

    # -- structure -------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines, trimmed of surrounding whitespace."""
        spans = []
        pos = 0
        text = self.text
        for m in _BLANK_LINE_RE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
        out = []
        for s, e in spans:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(_span((s, e)))
        return out

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences from Punkt, split inside paragraphs (never across a blank line)."""
        out: list[Span] = []
        for p in self.paragraphs:
            out.extend(map(_span, split_sentences(self.text, p.start, p.end)))
        return out

    @cached_property
    def tokens(self) -> list[Token]:
        out: list[Token] = []
        for p in self.paragraphs:
            out.extend(tokenize(self.text, p.start, p.end))
        return out

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(_START, self.tokens))

    @property
    def word_count(self) -> int:
        kinds = list(map(_KIND, self.tokens))
        return len(kinds) - kinds.count("punct")

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    # -- lookups ---------------------------------------------------------------
    def slice(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside ``[start, end)``."""
        starts = self._token_starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        out = self.tokens[i:j]
        while out and out[-1].end > end:
            out.pop()
        return out

    def sentence_tokens(self) -> list[tuple[Span, list[Token]]]:
        """Each sentence with the tokens lying wholly inside it (``tokens_in``)."""
        return self.view("sentence_tokens", _sentence_tokens)

    def paragraph_of(self, offset: int) -> Span | None:
        paras = self.paragraphs
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and paras[i].start <= offset < paras[i].end:
            return paras[i]
        return None

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.lines.line_col(offset)

    def release(self) -> None:
        """Drop every cached structure (tokens, sentences, views); they are rebuilt on demand."""
        for name in ("paragraphs", "_paragraph_starts", "sentences", "tokens", "_token_starts", "lines"):
            self.__dict__.pop(name, None)
        self._views.clear()

    def view(self, key: str, factory: Callable[["Document"], T]) -> T:
        """A derived view computed once per document (POS tags, language guesses...)."""
        try:
            return self._views[key]  # type: ignore[return-value]
        except KeyError:
            value = factory(self)
            self._views[key] = value
            return value
