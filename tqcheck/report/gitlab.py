"""GitLab Code Quality report (``artifacts: reports: codequality``): a JSON array with
one issue per finding: description, check_name, a fingerprint unique in the report,
severity (``info``/``minor``/``major``) and the location (path and line range).

The fingerprint hashes the path, rule and finding text (not the offsets) plus the
occurrence number, so it is stable across edits elsewhere in the file, as GitLab's
merge-request comparison needs.
"""
from __future__ import annotations

import hashlib
import json
from typing import TextIO

from ..findings import Severity
from .common import display_path, end_line_col, message_with_suggestions, render_with

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issues(run):
    for result in run.files:
        path = display_path(result.path)
        seen: dict[str, int] = {}
        for piece in result.pieces():
            lines = piece.lines() if piece.findings else None
            for f in piece.findings:
                key = f"{path}\0{f.rule}\0{' '.join(f.text.split())}"
                n = seen[key] = seen.get(key, 0) + 1
                end_line, _ = end_line_col(lines, f)
                yield {
                    "type": "issue",
                    "description": f"{f.rule} {message_with_suggestions(f)}",
                    "check_name": f.rule,
                    "categories": ["Style"],
                    "fingerprint": hashlib.sha256(f"{key}\0{n}".encode("utf-8")).hexdigest(),
                    "severity": SEVERITIES[f.severity],
                    "location": {"path": path, "lines": {"begin": f.line, "end": end_line}},
                }
    for e in run.errors:
        yield {"type": "issue", "description": f"tqcheck: {e.reason}", "check_name": "tqcheck",
               "categories": ["Bug Risk"], "severity": "critical",
               "fingerprint": hashlib.sha256(f"{e.path}\0error".encode("utf-8")).hexdigest(),
               "location": {"path": display_path(e.path), "lines": {"begin": 1}}}


def write_gitlab(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    """Write the array one issue per line."""
    out.write("[")
    first = True
    for issue in _issues(run):
        out.write(("\n  " if first else ",\n  ") + json.dumps(issue, ensure_ascii=False, sort_keys=True))
        first = False
    out.write("\n]\n" if not first else "]\n")


def render_gitlab(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_gitlab, run, color=color, quiet=quiet)
