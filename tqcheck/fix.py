"""Safe fixes as text edits: apply findings' fixes to a text, and show the change as a diff.

A finding's ``fix`` replaces exactly ``file_text[start:end]``. ``apply_fixes`` applies
the non-overlapping ones in one pass and returns the overlapping ones it skipped. The
``check --fix`` / ``--diff`` run that re-checks, repeats and rewrites files is
``run.fix`` (one file) under ``run.driver`` (many).
"""
from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from typing import Iterable

from .findings import Finding


@dataclass
class FixResult:
    text: str
    applied: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)   # overlapped a fix that was applied


def apply_fixes(text: str, findings: Iterable[Finding]) -> FixResult:
    """Apply every safe fix that does not overlap an earlier one (by position).

    Two fixes conflict when their spans overlap, or when both insert at the same point.
    A fix whose span no longer holds the text it was computed on, or that would change
    nothing, is ignored.
    """
    candidates = sorted(
        (f for f in findings if f.fix is not None and 0 <= f.start <= f.end <= len(text)
         and text[f.start:f.end] == f.text and f.fix != f.text),
        key=lambda f: (f.start, f.end, f.rule, f.fix),
    )
    applied: list[Finding] = []
    skipped: list[Finding] = []
    last_end = -1
    last_empty_at = -1
    for f in candidates:
        if f.start < last_end or (f.start == f.end and f.start == last_empty_at):
            skipped.append(f)
            continue
        applied.append(f)
        last_end = max(last_end, f.end)
        last_empty_at = f.start if f.start == f.end else -1
    pieces = []
    pos = 0
    for f in applied:
        pieces.append(text[pos:f.start])
        pieces.append(f.fix)
        pos = f.end
    pieces.append(text[pos:])
    return FixResult("".join(pieces), applied, skipped)


def unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=path if os.path.isabs(path) else f"a/{path}",
                                 tofile=path if os.path.isabs(path) else f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
