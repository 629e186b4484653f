"""GitHub Actions workflow commands: one annotation per finding on the pull request.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message``
(``warning`` and ``notice`` for lower severities); values are escaped as the
runner expects (``%``, CR, LF; and ``:`` and ``,`` inside properties).
"""
from __future__ import annotations

from typing import TextIO

from ..findings import Severity
from .common import display_path, end_line_col, message_with_suggestions, render_with, write_pieces

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def _file_lines(result):
    path = _prop(display_path(result.path))
    for piece in result.pieces():
        lines = piece.lines() if piece.findings else None
        for f in piece.findings:
            end_line, end_col = end_line_col(lines, f)
            props = f"file={path},line={f.line},col={f.column},endLine={end_line},endColumn={end_col},title={_prop(f.rule)}"
            yield f"::{COMMANDS[f.severity]} {props}::{_data(message_with_suggestions(f))}\n"


def write_github(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    """Write one annotation per finding (a piece of a file at a time), then the summary."""
    for result in run.files:
        write_pieces(_file_lines(result), out)
    for e in run.errors:
        out.write(f"::error file={_prop(display_path(e.path))},title=tqcheck::{_data(e.reason)}\n")
    counts = run.count_by_severity()
    out.write(f"tqcheck: {len(run.files)} files, {run.finding_count} findings "
              f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)\n")


def render_github(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_github, run, color=color, quiet=quiet)
