"""GitHub Actions workflow commands: annotations on the pull request, then a job summary.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message``
(``warning`` and ``notice`` for lower severities); values are escaped as the
runner expects (``%``, CR, LF; and ``:`` and ``,`` inside properties).

GitHub shows at most 10 annotations of each level per step and 50 per job, and drops
the rest silently. So at most ``PER_LEVEL`` annotations of each level are written;
when ``$GITHUB_STEP_SUMMARY`` names a file, every finding (and each file's score) is
also appended to it as a Markdown job summary that says how many were not annotated
(see ``report.summary``), and the log says so too.
"""
from __future__ import annotations

import os
from typing import TextIO

from ..findings import Severity
from .common import display_path, end_line_col, message_with_suggestions, render_with, write_pieces

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
PER_LEVEL = 10      # GitHub: annotations of one level shown per step
PER_JOB = 50        # GitHub: annotations shown per job (over all steps)


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


class _Budget:
    """How many annotations of each level may still be written (GitHub's limits)."""

    def __init__(self, per_level: int = PER_LEVEL, total: int = PER_JOB):
        self.left = {s: per_level for s in Severity}
        self.total = total
        self.hidden = 0

    def take(self, severity: Severity) -> bool:
        if self.left[severity] > 0 and self.total > 0:
            self.left[severity] -= 1
            self.total -= 1
            return True
        self.hidden += 1
        return False


def _file_lines(result, budget: _Budget):
    path = _prop(display_path(result.path))
    for piece in result.pieces():
        lines = piece.lines() if piece.findings else None
        for f in piece.findings:
            if not budget.take(f.severity):
                continue
            end_line, end_col = end_line_col(lines, f)
            props = f"file={path},line={f.line},col={f.column},endLine={end_line},endColumn={end_col},title={_prop(f.rule)}"
            yield f"::{COMMANDS[f.severity]} {props}::{_data(message_with_suggestions(f))}\n"


def write_github(run, out: TextIO, *, color: bool = False, quiet: bool = False,
                 summary_path: str | None = None) -> None:
    """Write an annotation per finding up to GitHub's limits, then the totals; append the
    job summary to ``summary_path`` (default: ``$GITHUB_STEP_SUMMARY`` when set)."""
    budget = _Budget()
    for result in run.files:
        write_pieces(_file_lines(result, budget), out)
    for e in run.errors:
        out.write(f"::error file={_prop(display_path(e.path))},title=tqcheck::{_data(e.reason)}\n")
    counts = run.count_by_severity()
    n_files = len(run.files)
    out.write(f"tqcheck: {n_files} file{'' if n_files == 1 else 's'}, {run.finding_count} findings "
              f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)\n")
    if summary_path is None:
        summary_path = os.environ.get("GITHUB_STEP_SUMMARY") or None
    if budget.hidden:
        where = "listed in the job summary" if summary_path else \
            "not shown (GitHub's annotation limit); use --format text, sarif or set GITHUB_STEP_SUMMARY"
        out.write(f"tqcheck: {budget.hidden} finding{'' if budget.hidden == 1 else 's'} not annotated: {where}\n")
    if summary_path:
        from .summary import write_summary

        with open(summary_path, "a", encoding="utf-8", newline="\n") as fh:
            write_summary(run, fh, not_annotated=budget.hidden)


def render_github(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_github, run, color=color, quiet=quiet)
