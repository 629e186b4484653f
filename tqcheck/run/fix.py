"""Fixing one file: `tqcheck check --fix` and `--diff`.

``fix_source`` checks, applies the safe fixes (``fix.apply_fixes``), re-checks and
repeats until no safe fix is left (a fix skipped because it overlapped another is
applied on the next pass if it still holds), so running ``--fix`` a second time changes
nothing. ``fix_task`` does that for one planned file and rewrites it atomically
(temporary file in the same folder, fsync, ``os.replace``; mode, owner and group kept),
with a UTF-8 BOM and every byte outside the fixed spans preserved; ``run.driver`` runs
it over the files of a run.

What ``--fix`` refuses (that file's error, the file left as it is):
- a file that changed while it was checked (device, inode, size, mtime or content differ
  just before the rename): the other writer's edit wins; run ``--fix`` again;
- a symlink that leads out of the checked tree (the folder given, or for a file given by
  name the folder holding it), unless ``follow_symlinks`` (``--fix-follow-symlinks``):
  the fix would rewrite a file elsewhere, possibly another user's;
- a file with several hard links: replacing it would split the links (the other names
  would keep the old text), and writing in place through the inode is not atomic (a
  kill mid-write would leave a truncated file), so neither is done;
- a file whose owner or group cannot be kept (someone else's file in a folder we may
  write).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

from ..config import Config
from ..engine import FileResult
from ..findings import Finding
from ..fix import apply_fixes, unified_diff
from ..readers import InputError
from .atomic import FileChanged, OwnerNotKept, same_file, write_atomic
from .single import check_source_suppressed

BOM = b"\xef\xbb\xbf"
MAX_PASSES = 10


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
    from ..readers.base import READERS

    text = source.text
    before = result = check_source_suppressed(source, config, rules)
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
        result = check_source_suppressed(READERS[source.format](text, source.path), config, rules)
    else:
        unapplied = [f for f in result.findings if f.fix is not None]
    return FixOutcome(source.path, source.text, text, before, result, applied, unapplied, deferred)


def _counts(findings: list[Finding]) -> str:
    c = Counter(f.rule for f in findings)
    return ", ".join(f"{code} ×{n}" if n > 1 else code for code, n in sorted(c.items()))


def _outside(path: str, root: str | None) -> bool:
    """True when ``path`` is reached through a symlink and its real file is outside ``root``."""
    import os

    if root is None:
        root = os.path.dirname(path) or "."
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    if real == os.path.abspath(path):
        return False
    return os.path.commonpath([real, real_root]) != real_root


def _refusal(path: str, root: str | None, follow_symlinks: bool) -> str | None:
    """Why ``--fix`` will not write ``path`` (checked before reading it), or None."""
    import os

    if not follow_symlinks and _outside(path, root):
        return (f"not fixed: a symlink to {os.path.realpath(path)}, outside the checked tree "
                "(--fix-follow-symlinks allows it)")
    try:
        st = os.stat(path)
    except OSError:
        return None          # reading it will say why
    if st.st_nlink > 1:
        return (f"not fixed: the file has {st.st_nlink} hard links, which a rewrite would split "
                "(fix one copy and link it again)")
    return None


def fix_task(task, diff: bool, out: TextIO, err: TextIO, root: str | None = None,
             follow_symlinks: bool = False) -> tuple[FileResult | None, InputError | None]:
    """Fix one ``(path, input_format, Config)`` task: ``(result to report, error)``.

    The file is rewritten in place (``diff``: a unified diff goes to ``out`` instead);
    ``-`` (stdin) prints the fixed text to ``out``. What changed goes to ``err``. The
    result holds the findings left after fixing (``diff``: the findings as they are,
    since nothing was written); a file that could not be written reports its findings
    as they are, with the error.
    """
    from ..readers.base import format_for, read_bytes, source_from_bytes
    from ..rules.registry import select_rules

    import os

    path, fmt, cfg = task
    rules = select_rules(cfg.select, cfg.ignore)
    before = None
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
            source = source_from_bytes(data, "-", fmt or "txt")
        else:
            refused = None if diff else _refusal(path, root, follow_symlinks)
            if refused:
                return None, InputError(path, refused)
            before = os.stat(path)
            data = read_bytes(path)
            if not same_file(before, os.stat(path)):
                return None, InputError(path, "not fixed: the file changed while it was read; run --fix again")
            source = source_from_bytes(data, path, format_for(path, fmt))
    except InputError as exc:
        return None, exc
    except OSError as exc:
        return None, InputError(path, exc.strerror or str(exc))
    outcome = fix_source(source, cfg, rules)
    bom = BOM if data.startswith(BOM) else b""
    new_bytes = bom + outcome.fixed.encode("utf-8")
    verb = "would fix" if diff else "fixed"
    result, error = outcome.after, None
    if diff:
        out.write(unified_diff(path, outcome.original, outcome.fixed))
        result = outcome.before
    elif path == "-":
        out.flush()
        if hasattr(out, "buffer"):
            out.buffer.write(new_bytes)
            out.buffer.flush()
        else:
            out.write(new_bytes.decode("utf-8"))
    elif outcome.changed:
        try:
            write_atomic(path, new_bytes, expect=(before, data), strict_owner=True)
        except FileChanged:
            return outcome.before, InputError(
                path, "not fixed: the file changed while it was checked (its new text is kept); run --fix again")
        except OwnerNotKept:
            return outcome.before, InputError(
                path, "not fixed: the rewritten file could not keep the file's owner and group")
        except OSError as exc:
            return outcome.before, InputError(path, f"cannot write fixed file: {exc.strerror or exc}")
    if outcome.applied:
        n = len(outcome.applied)
        later = (f"; {outcome.deferred} overlapping fix{'es' if outcome.deferred != 1 else ''} "
                 f"re-checked after the first") if outcome.deferred else ""
        err.write(f"{path}: {verb} {n} issue{'s' if n != 1 else ''} ({_counts(outcome.applied)}){later}\n")
    for f in outcome.unapplied:
        err.write(f"{path}:{f.line}:{f.column}: {f.rule} fix not applied: it overlaps another fix\n")
    return result, error
