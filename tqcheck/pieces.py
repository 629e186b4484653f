"""Pieces of a file's text with the findings inside them: what reports walk, and line
numbers in file coordinates for a piece that starts at a line start.

Shared by the engine (line and column of each finding), the stores of large files
(``run.spill``) and the reports, so none of them imports another for these.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import LineIndex


@dataclass
class Piece:
    """A stretch of a file's text that starts at a line start, with the findings inside it.

    Reports walk a file piece by piece: an in-memory result is one piece (the whole
    text); a spilled result is one piece per chunk, so that only one chunk's text slice,
    line index and findings are in memory at a time.
    """

    start: int               # offset of ``text`` in the file
    first_line: int          # line number of ``text``'s first line in the file
    text: str
    findings: list
    line_start: int | None = None   # file offset where that line starts, when before ``start``
                                    # (a chunk of a very long line cut mid-line)

    def lines(self) -> "PieceLines":
        return PieceLines(self.text, self.start, self.first_line, self.line_start)


class PieceLines:
    """``LineIndex`` answers in file coordinates for a piece that starts at a line start."""

    def __init__(self, text: str, start: int = 0, first_line: int = 1, line_start: int | None = None):
        self.index = LineIndex(text)
        self.start, self.first_line = start, first_line
        # characters of the first line before the piece (a piece cut mid-line)
        self.shift = 0 if line_start is None else start - line_start

    @property
    def line_count(self) -> int:
        """Lines in the piece, counting the (possibly empty) one after its last line break."""
        return len(self.index.starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        line, col = self.index.line_col(offset - self.start)
        return line + self.first_line - 1, col + (self.shift if line == 1 else 0)

    def last_line_start(self) -> int:
        """File offset where the piece's last line starts (before the piece if that line
        is its first and it was cut mid-line): the next piece's ``line_start``."""
        if len(self.index.starts) == 1:
            return self.start - self.shift
        return self.start + self.index.starts[-1]

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """File offsets of line ``line`` without its line break; ``text`` is the piece's text."""
        start, end = self.index.line_span(line - self.first_line + 1, text)
        return start + self.start, end + self.start
