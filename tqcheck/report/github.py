"""GitHub Actions workflow commands: one annotation per finding on the pull request.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message``
(``warning`` and ``notice`` for lower severities); values are escaped as the
runner expects (``%``, CR, LF; and ``:`` and ``,`` inside properties).
"""
from __future__ import annotations

from ..document import LineIndex
from ..findings import Severity
from .common import display_path, end_line_col, message_with_suggestions

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(run, *, color: bool = False, quiet: bool = False) -> str:
    out = []
    for result in run.files:
        lines = LineIndex(result.text)
        path = _prop(display_path(result.path))
        for f in result.findings:
            end_line, end_col = end_line_col(lines, f)
            props = f"file={path},line={f.line},col={f.column},endLine={end_line},endColumn={end_col},title={_prop(f.rule)}"
            out.append(f"::{COMMANDS[f.severity]} {props}::{_data(message_with_suggestions(f))}")
    for e in run.errors:
        out.append(f"::error file={_prop(display_path(e.path))},title=tqcheck::{_data(e.reason)}")
    counts = run.count_by_severity()
    out.append(f"tqcheck: {len(run.files)} files, {run.finding_count} findings "
               f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)")
    return "\n".join(out) + "\n"
