"""Findings of a large file kept on disk: one JSON line per chunk in a temporary file.

A plain-text file over ``run.single.CHUNK_CHARS`` is checked chunk by chunk. With ``spill``
its findings are not kept as objects: each chunk's findings (sorted; chunks follow each
other in the file, so the whole is sorted) are written as one line of compact JSON
arrays to an anonymous temporary file and read back, a chunk at a time, whenever the
findings are iterated. Memory then holds one chunk's findings, not the file's. The
files (in ``tempfile.gettempdir()``, deleted when closed) take about 250 bytes per
finding, twice while a file is checked (its candidate findings, then its findings).
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from ..findings import Category, Finding, Severity
from ..pieces import Piece

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
        import tempfile   # here, not at import: only a file over 1 MB spills (tempfile imports random)

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


class SpilledFindings:
    """A file's findings, sorted, stored on disk chunk by chunk (see the module docstring).

    Supports what reports and the API need of a findings list: iteration (in order),
    ``len``, truth, ``pieces`` and ``severity_counts``. ``list(spilled)`` gives a list.
    """

    def __init__(self) -> None:
        self._rows = RowSpill()
        self._places: list[tuple[int, int, int, int | None]] = []   # (start, end, first line, line start)
        self._count = 0
        self.severity_counts = {s: 0 for s in Severity}

    def append_chunk(self, start: int, end: int, first_line: int, findings: Iterable[Finding],
                     line_start: int | None = None) -> None:
        rows = []
        for f in findings:
            rows.append(finding_row(f))
            self.severity_counts[f.severity] += 1
        self._rows.append(rows)
        self._places.append((start, end, first_line, line_start))
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
        for i, (start, end, first_line, line_start) in enumerate(self._places):
            yield Piece(start, first_line, text[start:end], self.chunk(i), line_start)

    def filtered(self, keep) -> "SpilledFindings":
        """A new store with the findings for which ``keep(finding)`` is true (called in order)."""
        out = SpilledFindings()
        for i, (start, end, first_line, line_start) in enumerate(self._places):
            out.append_chunk(start, end, first_line, [f for f in self.chunk(i) if keep(f)], line_start)
        return out

    def close(self) -> None:
        self._rows.close()


class CandidateSpill:
    """A file's first-pass candidates, ``(finding, weak language, guess-aware?)`` per part,
    one line of JSON per part in a temporary file (``engine.check_documents``' store)."""

    def __init__(self) -> None:
        self._rows = RowSpill()

    @staticmethod
    def encode(rows: list) -> str:
        return RowSpill.encode([(finding_row(f), w, a) for f, w, a in rows])

    def append(self, rows: list | str) -> None:
        """Add one part's candidates (or their line from ``encode``, made in a worker)."""
        self._rows.append(rows if isinstance(rows, str) else self.encode(rows))

    def read(self, index: int) -> list:
        return [(finding_from_row(f), w, a) for f, w, a in self._rows.read(index)]

    def close(self) -> None:
        self._rows.close()


class DiskStorage:
    """``engine.Storage`` for large files: candidates and findings in temporary files, and
    with ``jobs`` > 1 the first pass in that many forked worker processes."""

    def __init__(self, jobs: int = 1):
        self.jobs = jobs

    def new_candidates(self) -> CandidateSpill:
        return CandidateSpill()

    def new_findings(self) -> SpilledFindings:
        return SpilledFindings()

    def add_findings(self, findings: SpilledFindings, part, ordered: list[Finding]) -> None:
        findings.append_chunk(part.start, part.end, part.first_line, ordered, part.line_start)

    def first_pass(self, parts, config, file_text, path, rules):
        if self.jobs > 1 and len(parts) > 1 and _can_fork():
            return _first_pass_parallel(parts, config, file_text, path, rules, self.jobs)
        return None


_JOB: tuple = ()   # what forked workers of ``_first_pass_parallel`` check (inherited, not pickled)


def _first_pass_parallel(parts, config, file_text, path, rules, jobs):
    """``engine.first_pass`` in forked worker processes, in order. Each chunk's line
    numbers must be known before it is checked, so the parent first counts the lines of
    every chunk; workers send back each chunk's candidates as one line of JSON."""
    from ..pieces import PieceLines
    from ..readers import InputError
    from .pool import OK, fork_map

    global _JOB
    for k in range(1, len(parts)):
        prev = parts[k - 1]
        if getattr(parts[k], "fixed_lines", False):       # a markup chunk: lines already known
            continue
        lines = PieceLines(file_text[prev.start:prev.end], prev.start, prev.first_line, prev.line_start)
        parts[k].first_line = prev.first_line + lines.line_count - 1
        parts[k].line_start = lines.last_line_start()
    _JOB = (parts, config, file_text, path, rules)
    try:
        done: dict = {}
        following = 0
        for k, status, value in fork_map(_first_pass_worker, range(len(parts)), min(jobs, len(parts)), 1):
            if status != OK:
                raise InputError(path, f"could not check: {value}")
            done[k] = value
            while following in done:        # in order
                yield done.pop(following)
                following += 1
    finally:
        _JOB = ()


def _first_pass_worker(k: int):
    from ..engine import check_part

    parts, config, file_text, path, rules = _JOB
    rows, votes, aware, words, _ = check_part(parts[k], config, file_text, path, rules)
    return CandidateSpill.encode(rows), [(lang, s.value) for lang, s in votes], aware, words


def _can_fork() -> bool:
    from .pool import can_fork

    return can_fork()
