"""Human-readable report: one block per finding, the line with the span underlined."""
from __future__ import annotations

from ..document import LineIndex
from ..findings import Finding, Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
_CONTEXT = 50  # characters shown either side of a span on long lines


def _excerpt(text: str, lines: LineIndex, f: Finding) -> tuple[str, int, int]:
    """The finding's line (clipped around the span on long lines) and the span's place in it."""
    line_start, line_end = lines.line_span(f.line, text)
    span_end = min(f.end, line_end)
    left = max(line_start, f.start - _CONTEXT)
    right = min(line_end, max(span_end, f.start + 1) + _CONTEXT)
    shown = text[left:right].replace("\t", " ")
    prefix = "…" if left > line_start else ""
    suffix = "…" if right < line_end else ""
    col = len(prefix) + (f.start - left)
    width = max(1, span_end - f.start)
    return prefix + shown + suffix, col, width


def _paint(s: str, code: str, color: bool) -> str:
    return f"{code}{s}{_RESET}" if color else s


def render_file(result, *, color: bool = False, quiet: bool = False) -> list[str]:
    out: list[str] = []
    lines = LineIndex(result.text)
    for f in result.findings:
        sev = _paint(f.severity.value, _COLORS[f.severity], color)
        head = f"{result.path}:{f.line}:{f.column}: {_paint(f.rule, _BOLD, color)} {sev} {f.message}"
        out.append(head)
        if quiet:
            continue
        excerpt, col, width = _excerpt(result.text, lines, f)
        gutter = f"{f.line:>5} | "
        out.append(gutter + excerpt)
        out.append(" " * (len(gutter) - 2) + "| " + " " * col + _paint("^" * width, _COLORS[f.severity], color))
        if f.suggestions:
            label = "fix" if f.fix is not None else "suggestion"
            out.append(" " * (len(gutter) - 2) + f"= {label}: " + " | ".join(f.suggestions))
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def file_summary(result) -> str:
    counts = {s: 0 for s in Severity}
    for f in result.findings:
        counts[f.severity] += 1
    lang = result.source_language
    lang_s = f"source language {lang.guess} ({lang.confidence:.2f})" if lang.guess else "source language unknown"
    return (
        f"{result.path}: {_plural(len(result.findings), 'finding')} "
        f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info); "
        f"{result.words} words; quality {result.quality.score:.1f} (penalty {result.quality.penalty:g}); {lang_s}"
    )


def render_text(run, *, color: bool = False, quiet: bool = False) -> str:
    out: list[str] = []
    for result in run.files:
        block = render_file(result, color=color, quiet=quiet)
        out.extend(block)
        if block and not quiet:
            out.append("")
        if not quiet:
            out.append(file_summary(result))
    counts = run.count_by_severity()
    total = run.finding_count
    summary = (
        f"Checked {_plural(len(run.files), 'file')}: {_plural(total, 'finding')} "
        f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info)"
    )
    if getattr(run, "suppressed", 0):
        summary += f"; {run.suppressed} suppressed"
    if getattr(run, "baselined", 0):
        summary += f"; {run.baselined} in the baseline"
    if run.errors:
        summary += f"; {_plural(len(run.errors), 'input')} could not be read"
    out.append(_paint(summary, _BOLD, color))
    return "\n".join(out) + "\n"
