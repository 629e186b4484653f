"""A Markdown job summary (GitHub's ``$GITHUB_STEP_SUMMARY``): per-file scores and a
table of every finding, so that none is lost to the annotation limits.

GitHub accepts up to 1 MiB of summary per step; past ``MAX_BYTES`` the table stops and
says how many rows were left out (the SARIF or JSON report has them all).
"""
from __future__ import annotations

from typing import TextIO

from .common import display_path, plural

MAX_BYTES = 900_000
SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}


def _cell(s: str) -> str:
    """Text safe inside a Markdown table cell (one line, no column breaks, no HTML)."""
    s = " ".join(str(s).split())
    s = s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
    return s if s.count("`") % 2 == 0 else s.replace("`", "'")   # paired backticks: code


def _code(s: str) -> str:
    s = " ".join(str(s).split()).replace("|", "\\|").replace("`", "'")
    return f"`{s}`" if s else ""


def write_summary(run, out: TextIO, *, not_annotated: int = 0, max_bytes: int = MAX_BYTES) -> None:
    """Append the summary for ``run`` to ``out``."""
    counts = run.count_by_severity()
    head = [f"## tqcheck: {plural(len(run.files), 'file')}, {plural(run.finding_count, 'finding')}", "",
            f"{counts['error']} error, {counts['warning']} warning, {counts['info']} info"
            + (f"; {run.suppressed} suppressed" if getattr(run, "suppressed", 0) else "")
            + (f"; {run.baselined} in the baseline" if getattr(run, "baselined", 0) else "") + ".", ""]
    if not_annotated:
        head += [f"**{plural(not_annotated, 'finding')} not shown as annotations** "
                 "(GitHub shows 10 per level per step); all findings are listed below.", ""]
    head += ["| file | words | score | errors | warnings | info |", "|---|---:|---:|---:|---:|---:|"]
    for r in run.files:
        c = {s.value: n for s, n in r.severity_counts().items()}
        head.append(f"| {_cell(display_path(r.path))} | {r.words} | {r.quality.score:.1f} | "
                    f"{c.get('error', 0)} | {c.get('warning', 0)} | {c.get('info', 0)} |")
    for e in run.errors:
        head.append(f"| {_cell(display_path(e.path))} | | | could not be read: {_cell(e.reason)} | | |")
    head += [""]
    text = "\n".join(head) + "\n"
    written = len(text.encode("utf-8"))
    out.write(text)
    if not run.finding_count:
        return
    out.write("| file | line:col | rule | severity | text | message |\n|---|---|---|---|---|---|\n")
    left = run.finding_count
    for r in run.files:
        path = _cell(display_path(r.path))
        for piece in r.pieces():
            rows = []
            for f in piece.findings:
                row = (f"| {path} | {f.line}:{f.column} | {f.rule} | {SEVERITY_MARK[f.severity.value]} | "
                       f"{_code(f.text[:80])} | {_cell(f.message)}"
                       + (f" Suggestion: {_cell(' | '.join(f.suggestions))}" if f.suggestions else "") + " |\n")
                size = len(row.encode("utf-8"))
                if written + size > max_bytes:
                    out.write("".join(rows))
                    out.write(f"\n_{plural(left, 'more finding')} not listed (summary size limit); "
                              "see the SARIF or JSON report._\n")
                    return
                rows.append(row)
                written += size
                left -= 1
            out.write("".join(rows))
    out.write("\n")
