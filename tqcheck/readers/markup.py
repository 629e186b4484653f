"""Shared machinery for readers that drop markup: build text plus an exact map to the file.

``TextBuilder`` collects the text the rules see, piece by piece. A piece is either
copied verbatim from the file (it maps character for character), or replaces a run
of the file (an entity ``&amp;`` -> ``&``, a collapsed whitespace run), or is
synthetic (the blank line between two paragraphs). ``SegmentMap`` maps a span of the
text back to the file: a span that touches a replaced piece covers the whole source
run (so ``&amp;`` is never cut in half, and the engine drops a fix whose span does not
map to identical text).
"""
from __future__ import annotations

import bisect
import re

from ..document import OffsetMap

_WS = frozenset(" \t\n\r\f\v")
# Whitespace that does not stay as it is: runs of two or more, and any single non-space.
_ODD_WS = re.compile(r"[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]")


class SegmentMap(OffsetMap):
    def __init__(self, segments: list[tuple[int, int, int, int, bool]], text_len: int, file_len: int):
        # (text_start, text_len, file_start, file_len, verbatim), sorted by text_start.
        super().__init__([(t, f, n) for t, n, f, _fl, v in segments if v])
        self.segments = segments
        self._seg_starts = [s[0] for s in segments]
        self.text_len = text_len
        self.file_len = file_len

    def _seg(self, offset: int):
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        return self.segments[i] if i >= 0 else None

    def to_source(self, offset: int) -> int:
        seg = self._seg(offset)
        if seg is None:
            return self.segments[0][2] if self.segments else 0
        t, n, f, fl, verbatim = seg
        if offset >= t + n:      # past the last segment
            return f + fl
        return f + (offset - t) if verbatim else f

    def _end_to_source(self, end: int) -> int:
        seg = self._seg(end - 1)
        if seg is None:
            return 0
        t, n, f, fl, verbatim = seg
        if verbatim:
            return f + min(end - t, n)
        return f + fl

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_source(start)
        if end <= start:
            return s, s
        return s, max(s, self._end_to_source(end))


class TextBuilder:
    """Accumulates extracted text; ``collapse`` turns whitespace runs into one space."""

    def __init__(self, source: str, collapse: bool = True):
        self.source = source
        self.collapse = collapse
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int, int, bool]] = []
        self.pos = 0
        self.last = "\n"          # last character emitted ("\n" at start: no leading space)
        self.pending_break = False
        self.break_at = 0

    def _emit(self, text: str, file_start: int, file_len: int, verbatim: bool) -> None:
        if not text:
            return
        if self.pending_break and self.pos:
            self.parts.append("\n\n")
            self.segments.append((self.pos, 2, self.break_at, 0, False))
            self.pos += 2
            self.last = "\n"
        self.pending_break = False
        self.parts.append(text)
        segs = self.segments
        if verbatim and segs:
            t, n, f, fl, v = segs[-1]
            if v and t + n == self.pos and f + fl == file_start:   # extends the previous run
                segs[-1] = (t, n + len(text), f, fl + file_len, True)
                self.pos += len(text)
                self.last = text[-1]
                return
        segs.append((self.pos, len(text), file_start, file_len, verbatim))
        self.pos += len(text)
        self.last = text[-1]

    def add(self, data: str, file_start: int) -> None:
        """Text copied from the file at ``file_start``."""
        if not self.collapse:
            self._emit(data, file_start, len(data), True)
            return
        i, n = 0, len(data)
        if self.last in _WS or self.pending_break:      # no leading space in a block
            while i < n and data[i] in _WS:
                i += 1
        for m in _ODD_WS.finditer(data, i):
            if m.start() > i:
                self._emit(data[i:m.start()], file_start + i, m.start() - i, True)
            if not (self.last in _WS or self.pending_break):
                self._emit(" ", file_start + m.start(), m.end() - m.start(), False)
            i = m.end()
        if i < n:
            self._emit(data[i:], file_start + i, n - i, True)

    def add_replacement(self, text: str, file_start: int, file_len: int) -> None:
        """``text`` stands for ``file_len`` characters of the file (an entity, say)."""
        self._emit(text, file_start, file_len, text == self.source[file_start:file_start + file_len])

    def add_space(self, file_start: int, file_len: int) -> None:
        """Whitespace the parser normalised (CRLF): one space unless one is already there."""
        if self.last in _WS or self.pending_break:
            return
        self._emit(" ", file_start, file_len, False)

    def add_synthetic(self, text: str, file_at: int) -> None:
        self._emit(text, file_at, 0, False)

    def paragraph_break(self, file_at: int) -> None:
        if self.pos and not self.pending_break:
            self.pending_break = True
            self.break_at = file_at

    def line_break(self, file_at: int) -> None:
        if self.pos and not self.pending_break and self.last != "\n":
            self._emit("\n", file_at, 0, False)

    def build(self) -> tuple[str, SegmentMap]:
        text = "".join(self.parts)
        return text, SegmentMap(self.segments, len(text), len(self.source))


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts, counting only "\\n" (as html.parser does)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts
