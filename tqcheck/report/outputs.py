"""Where a run's reports go: ``--format FMT`` / ``FMT=PATH`` (repeatable), ``--output-file``,
and ``--statistics`` (findings per rule)."""
from __future__ import annotations

from typing import TextIO


def parse_outputs(values, output_file, known, fail=None) -> tuple[str, str | None, list[tuple[str, str]]]:
    """``--format`` values (``FMT`` or ``FMT=PATH``) and ``--output-file``: the main format,
    its file (``None``: standard output) and the extra ``(format, path)`` pairs. A bad
    value raises ``ValueError`` with the usage message, or calls ``fail(message)``."""
    try:
        return _parse(values, output_file, known)
    except ValueError as exc:
        if fail is None:
            raise
        fail(str(exc))
        raise


def _parse(values, output_file, known):
    main, extra = None, []
    for v in values or ["text"]:
        fmt, sep, path = v.partition("=")
        if fmt not in known:
            raise ValueError(f"unknown --format {fmt!r} (choose from: {', '.join(known)})")
        if sep:
            if not path:
                raise ValueError(f"--format {v!r}: no file after '='")
            extra.append((fmt, path))
        elif main is not None:
            raise ValueError("only one --format may go to standard output; write the others with --format FMT=PATH")
        else:
            main = fmt
    return main or "text", output_file, extra


def write_outputs(run, main: str, output_file: str | None, extra, *, quiet: bool = False) -> None:
    """Write the ``--output-file`` and ``--format FMT=PATH`` reports (no colour in files)."""
    from . import WRITERS

    targets = ([(main, output_file)] if output_file else []) + list(extra)
    for fmt, path in targets:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            WRITERS[fmt](run, fh, color=False, quiet=quiet)


def write_statistics(run, out: TextIO) -> None:
    """Findings per rule, most frequent first: ``count  code  severity  summary``."""
    from collections import Counter

    from ..rules.registry import get_rule

    counts: Counter = Counter()
    severities: dict[str, str] = {}
    for result in run.files:
        for piece in result.pieces():
            for f in piece.findings:
                counts[f.rule] += 1
                severities.setdefault(f.rule, f.severity.value)
    for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rule = get_rule(code)
        out.write(f"{n:>5}  {code}  {severities[code]:<7}  {rule.summary if rule else ''}\n")
