"""Apply safe fixes: `tqcheck check --fix` and `--diff`.

A finding's ``fix`` replaces exactly ``file_text[start:end]``. ``apply_fixes`` applies
the non-overlapping ones in one pass and returns the overlapping ones it skipped.
``fix_source`` re-checks and repeats until no safe fix is left (a fix skipped because
it overlapped another is applied on the next pass if it still holds), so running
``--fix`` a second time changes nothing. Files are rewritten atomically (temporary
file in the same folder, fsync, ``os.replace``, file mode kept), with a UTF-8 BOM and
every byte outside the fixed spans preserved.
"""
from __future__ import annotations

import difflib
import os
import stat
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, TextIO

from .config import Config
from .engine import FileResult
from .findings import Finding

BOM = b"\xef\xbb\xbf"
MAX_PASSES = 10


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


@dataclass
class FixOutcome:
    path: str
    original: str
    fixed: str
    before: FileResult            # findings on the original text
    after: FileResult             # findings left on the fixed text
    applied: list[Finding]
    unapplied: list[Finding]      # safe fixes that overlapped another and could not be applied
    deferred: int = 0             # fixes skipped for an overlap in one pass (re-checked in the next)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def fix_source(source, config: Config, rules=None, max_passes: int = MAX_PASSES) -> FixOutcome:
    """Check, fix, re-check until no safe fix is left; ``source`` is a readers.Source."""
    from .api import check_source_suppressed as check_source
    from .readers.base import READERS

    text = source.text
    before = result = check_source(source, config, rules)
    applied: list[Finding] = []
    unapplied: list[Finding] = []
    deferred = 0
    for _ in range(max_passes):
        step = apply_fixes(text, result.findings)
        if not step.applied:  # (then nothing was skipped either: a skip needs an applied fix)
            break
        applied.extend(step.applied)
        deferred += len(step.skipped)
        text = step.text
        result = check_source(READERS[source.format](text, source.path), config, rules)
    else:
        unapplied = [f for f in result.findings if f.fix is not None]
    return FixOutcome(source.path, source.text, text, before, result, applied, unapplied, deferred)


def write_atomic(path: str, data: bytes) -> None:
    """Replace (or create) ``path`` with ``data``: temp file in the same folder, fsync,
    rename; an existing file's mode is kept, a new file gets the umask's default."""
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tqfix", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def unified_diff(path: str, old: str, new: str) -> str:
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=path if os.path.isabs(path) else f"a/{path}",
                                 tofile=path if os.path.isabs(path) else f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _counts(findings: list[Finding]) -> str:
    c = Counter(f.rule for f in findings)
    return ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in sorted(c.items()))


def fix_paths(args: list[str], config: Config | None, diff: bool = False,
              out: TextIO | None = None, err: TextIO | None = None, *, input_format: str | None = None,
              overrides: dict | None = None, config_file: str | None = None):
    """The ``check --fix`` / ``--diff`` run. Returns ``(RunResult, show_report)``.

    Files are rewritten in place (``--diff``: a unified diff goes to ``out`` instead);
    ``-`` (stdin) prints the fixed text to ``out``. What changed goes to ``err``. The
    RunResult holds the findings left after fixing (``--diff``: the findings as they are,
    since nothing was written), so exit codes and the report reflect the files on disk.
    Files, formats and per-file configurations are chosen as for checking
    (``api.plan_tasks``: configuration files, include/exclude, ``input_format``); findings
    silenced by inline directives are neither fixed nor reported. Files are fixed one
    after another.
    """
    from .api import RunResult, plan_tasks
    from .readers import InputError
    from .readers.base import format_for, read_bytes, source_from_bytes
    from .rules.registry import select_rules

    out = out or sys.stdout
    err = err or sys.stderr

    tasks, errors, default = plan_tasks(args, config, input_format, overrides, config_file)
    run = RunResult(errors=list(errors), config=default)
    paths = [t[0] for t in tasks]
    for path, fmt, cfg in tasks:
        rules = select_rules(cfg.select, cfg.ignore)
        try:
            if path == "-":
                data = sys.stdin.buffer.read()
                source = source_from_bytes(data, "-", fmt or "txt")
            else:
                data = read_bytes(path)
                source = source_from_bytes(data, path, format_for(path, fmt))
        except InputError as exc:
            run.errors.append(exc)
            continue
        outcome = fix_source(source, cfg, rules)
        bom = BOM if data.startswith(BOM) else b""
        new_bytes = bom + outcome.fixed.encode("utf-8")
        verb = "would fix" if diff else "fixed"
        if diff:
            out.write(unified_diff(path, outcome.original, outcome.fixed))
            run.add(outcome.before, cfg)
        else:
            if path == "-":
                out.flush()
                if hasattr(out, "buffer"):
                    out.buffer.write(new_bytes)
                    out.buffer.flush()
                else:
                    out.write(new_bytes.decode("utf-8"))
            elif outcome.changed:
                try:
                    write_atomic(path, new_bytes)
                except OSError as exc:
                    run.errors.append(InputError(path, f"cannot write fixed file: {exc.strerror or exc}"))
                    run.add(outcome.before, cfg)
                    continue
            run.add(outcome.after, cfg)
        if outcome.applied:
            n = len(outcome.applied)
            later = (f"; {outcome.deferred} overlapping fix{'es' if outcome.deferred != 1 else ''} "
                     f"re-checked after the first") if outcome.deferred else ""
            err.write(f"{path}: {verb} {n} issue{'s' if n != 1 else ''} ({_counts(outcome.applied)}){later}\n")
        for f in outcome.unapplied:
            err.write(f"{path}:{f.line}:{f.column}: {f.rule} fix not applied: it overlaps another fix\n")
    out.flush()
    return run, not diff and "-" not in paths
