"""Findings of a large file kept on disk: one JSON line per chunk in a temporary file.

A plain-text file over ``api.CHUNK_CHARS`` is checked chunk by chunk. With ``spill``
its findings are not kept as objects: each chunk's findings (sorted; chunks follow each
other in the file, so the whole is sorted) are written as one line of compact JSON
arrays to an anonymous temporary file and read back, a chunk at a time, whenever the
findings are iterated. Memory then holds one chunk's findings, not the file's. The
files (in ``tempfile.gettempdir()``, deleted when closed) take about 250 bytes per
finding, twice while a file is checked (its candidate findings, then its findings).
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from typing import Iterable, Iterator

from .document import LineIndex
from .findings import Category, Finding, Severity

_CATEGORIES = {c.value: c for c in Category}
_SEVERITIES = {s.value: s for s in Severity}


def finding_row(f: Finding) -> list:
    """The finding as a JSON array (field order of ``Finding``)."""
    return [f.rule, f.category.value, f.severity.value, f.start, f.end, f.line, f.column, f.text,
            f.message, f.suggestions, f.fix, f.source_lang]


def finding_from_row(row: list) -> Finding:
    return Finding(row[0], _CATEGORIES[row[1]], _SEVERITIES[row[2]], row[3], row[4], row[5], row[6],
                   row[7], row[8], tuple(row[9]), row[10], row[11])


class RowSpill:
    """Groups of JSON-able rows appended to a temporary file, one line per group, read back by index."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._extents: list[tuple[int, int]] = []   # (byte offset, byte length) of each group

    @staticmethod
    def encode(rows: list) -> str:
        """A group's line of JSON (what ``append`` writes; ``append`` also takes it as is)."""
        return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))

    def append(self, rows: list | str) -> None:
        data = ((rows if isinstance(rows, str) else self.encode(rows)) + "\n").encode("utf-8")
        self._file.seek(0, 2)
        self._extents.append((self._file.tell(), len(data)))
        self._file.write(data)

    def __len__(self) -> int:
        return len(self._extents)

    def read(self, index: int) -> list:
        offset, length = self._extents[index]
        self._file.seek(offset)
        return json.loads(self._file.read(length))

    def close(self) -> None:
        self._file.close()


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

    def lines(self) -> "PieceLines":
        return PieceLines(self.text, self.start, self.first_line)


class PieceLines:
    """``LineIndex`` answers in file coordinates for a piece that starts at a line start."""

    def __init__(self, text: str, start: int = 0, first_line: int = 1):
        self.index = LineIndex(text)
        self.start, self.first_line = start, first_line

    @property
    def line_count(self) -> int:
        """Lines in the piece, counting the (possibly empty) one after its last line break."""
        return len(self.index.starts)

    def line_col(self, offset: int) -> tuple[int, int]:
        line, col = self.index.line_col(offset - self.start)
        return line + self.first_line - 1, col

    def line_span(self, line: int, text: str) -> tuple[int, int]:
        """File offsets of line ``line`` without its line break; ``text`` is the piece's text."""
        start, end = self.index.line_span(line - self.first_line + 1, text)
        return start + self.start, end + self.start


class SpilledFindings:
    """A file's findings, sorted, stored on disk chunk by chunk (see the module docstring).

    Supports what reports and the API need of a findings list: iteration (in order),
    ``len``, truth, ``pieces`` and ``severity_counts``. ``list(spilled)`` gives a list.
    """

    def __init__(self) -> None:
        self._rows = RowSpill()
        self._places: list[tuple[int, int, int]] = []   # (start, end, first line) of each chunk
        self._count = 0
        self.severity_counts = {s: 0 for s in Severity}

    def append_chunk(self, start: int, end: int, first_line: int, findings: Iterable[Finding]) -> None:
        rows = []
        for f in findings:
            rows.append(finding_row(f))
            self.severity_counts[f.severity] += 1
        self._rows.append(rows)
        self._places.append((start, end, first_line))
        self._count += len(rows)

    def chunk(self, index: int) -> list[Finding]:
        return [finding_from_row(r) for r in self._rows.read(index)]

    def __iter__(self) -> Iterator[Finding]:
        for i in range(len(self._places)):
            yield from self.chunk(i)

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    def pieces(self, text: str) -> Iterator[Piece]:
        for i, (start, end, first_line) in enumerate(self._places):
            yield Piece(start, first_line, text[start:end], self.chunk(i))

    def filtered(self, keep) -> "SpilledFindings":
        """A new store with the findings for which ``keep(finding)`` is true (called in order)."""
        out = SpilledFindings()
        for i, (start, end, first_line) in enumerate(self._places):
            out.append_chunk(start, end, first_line, [f for f in self.chunk(i) if keep(f)])
        return out

    def close(self) -> None:
        self._rows.close()
