"""Human-readable report: one block per finding, the line with the span underlined."""
from __future__ import annotations

from typing import TextIO

from ..findings import Finding, Severity
from ..pieces import Piece, PieceLines
from .common import terminal_safe, plural

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
_CONTEXT = 50  # characters shown either side of a span on long lines


def _excerpt(piece: Piece, lines: PieceLines, f: Finding) -> tuple[str, int, int]:
    """The finding's line (clipped around the span on long lines) and the span's place in
    it; control characters and bidi overrides are shown escaped (``terminal_safe``)."""
    line_start, line_end = lines.line_span(f.line, piece.text)
    span_end = max(f.start, min(f.end, line_end))
    left = max(line_start, f.start - _CONTEXT)
    right = min(line_end, max(span_end, f.start + 1) + _CONTEXT)

    def shown(a: int, b: int) -> str:
        return terminal_safe(piece.text[a - piece.start:b - piece.start].replace("\t", " "))

    before, span, after = shown(left, f.start), shown(f.start, span_end), shown(span_end, right)
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    col = len(prefix) + len(before)
    width = max(1, len(span))
    return prefix + before + span + after + suffix, col, width


def _paint(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{_RESET}" if color else s


def render_piece(path: str, piece: Piece, *, color: bool = False, quiet: bool = False) -> list[str]:
    """The report lines for the findings of one piece of a file."""
    out: list[str] = []
    lines = piece.lines() if piece.findings and not quiet else None
    for f in piece.findings:
        sev = _paint(f.severity.value, _COLORS[f.severity], color)
        head = f"{terminal_safe(path)}:{f.line}:{f.column}: {_paint(f.rule, _BOLD, color)} {sev} {terminal_safe(f.message)}"
        out.append(head)
        if quiet:
            continue
        excerpt, col, width = _excerpt(piece, lines, f)
        gutter = f"{f.line:>5} | "
        out.append(gutter + excerpt)
        out.append(" " * (len(gutter) - 2) + "| " + " " * col + _paint("^" * width, _COLORS[f.severity], color))
        if f.suggestions:
            label = "fix" if f.fix is not None else "suggestion"
            out.append(" " * (len(gutter) - 2) + f"= {label}: " + terminal_safe(" | ".join(f.suggestions)))
    return out


def file_summary(result) -> str:
    counts = result.severity_counts()
    lang = result.source_language
    lang_s = f"source language {lang.guess} ({lang.confidence:.2f})" if lang.guess else "source language unknown"
    return (
        f"{terminal_safe(result.path)}: {plural(len(result.findings), 'finding')} "
        f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info); "
        f"{result.words} words; quality {result.quality.score:.1f} (penalty {result.quality.penalty:g}); {lang_s}"
    )


def write_text(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    """Write the report to ``out`` a piece of a file at a time."""
    for result in run.files:
        wrote = False
        for piece in result.pieces():
            block = render_piece(result.path, piece, color=color, quiet=quiet)
            if block:
                out.write("\n".join(block) + "\n")
                wrote = True
        if not quiet:
            out.write(("\n" if wrote else "") + file_summary(result) + "\n")
    counts = run.count_by_severity()
    total = run.finding_count
    summary = (
        f"Checked {plural(len(run.files), 'file')}: {plural(total, 'finding')} "
        f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)"
    )
    if getattr(run, "suppressed", 0):
        summary += f"; {run.suppressed} suppressed"
    if getattr(run, "baselined", 0):
        summary += f"; {run.baselined} in the baseline"
    if run.errors:
        summary += f"; {plural(len(run.errors), 'input')} could not be read"
    out.write(_paint(summary, _BOLD, color) + "\n")


def render_text(run, *, color: bool = False, quiet: bool = False) -> str:
    from .common import render_with

    return render_with(write_text, run, color=color, quiet=quiet)
