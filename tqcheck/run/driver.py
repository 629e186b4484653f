"""The one driver of a run over files, folders and ``-``: plan, then check (in worker
processes when asked) or fix each file, then apply the baseline.

``check_paths`` and ``fix_paths`` (``check --fix`` / ``--diff``) are the same run with a
different action per file, so both see the same files with the same settings.
"""
from __future__ import annotations

import sys
from typing import TextIO

from ..config import Config
from ..readers import InputError
from .parallel import internal_error, run_tasks
from .plan import plan_tasks
from .result import RunResult


def _run(args, config, input_format, *, overrides=None, config_file=None, jobs=1, baseline=None,
         progress=False, spill=False, fix: str | None = None, out: TextIO | None = None,
         err: TextIO | None = None, follow_symlinks: bool = False):
    """``(RunResult, tasks)``; ``fix`` is None (check), ``"fix"`` or ``"diff"``."""
    tasks, errors, default = plan_tasks(args, config, input_format, overrides, config_file)
    run = RunResult(errors=list(errors), config=default)
    if fix is None:
        outcomes = ((None, o) if isinstance(o, InputError) else (o, None)
                    for o in run_tasks(tasks, jobs, progress, spill))
    else:
        from .fix import fix_task

        out, err = out or sys.stdout, err or sys.stderr
        outcomes = (_fix_one(fix_task, t, fix == "diff", out, err, _root(t[0], args), follow_symlinks)
                    for t in tasks)   # one after another
    for (result, error), task in zip(outcomes, tasks):
        if error is not None:
            run.errors.append(error)
        if result is not None:
            run.add(result, task[2])
    if fix is not None:
        out.flush()
    if baseline:
        from .baseline import apply_baseline

        run.baselined = apply_baseline(run, baseline)
    return run, tasks


def _root(path: str, args: list[str]) -> str | None:
    """The checked tree ``path`` was found in: the folder argument holding it (None for a
    file given by name: the folder holding it)."""
    import os

    best = None
    norm = os.path.normpath(path)
    for arg in args:
        base = os.path.normpath(arg)            # folders are walked as Path(arg): normalised
        prefix = base if base.endswith(os.sep) else base + os.sep
        if norm != base and (norm.startswith(prefix) or base == "."):
            if best is None or len(base) > len(best):
                best = base
    return best


def _fix_one(fix_task, task, diff, out, err, root, follow_symlinks):
    """``fix_task``; an unexpected exception is that file's error (the file is left as it was)."""
    try:
        return fix_task(task, diff, out, err, root, follow_symlinks)
    except (KeyboardInterrupt, SystemExit, BrokenPipeError):
        raise
    except Exception as exc:
        return None, internal_error(task[0], exc)


def check_paths(args: list[str], config: Config | None = None, input_format: str | None = None, *,
                overrides: dict | None = None, config_file: str | None = None, jobs: int = 1,
                baseline: str | None = None, progress: bool = False, spill: bool = False) -> RunResult:
    """Check files, folders and ``-`` (stdin); unreadable inputs are collected, not raised.

    With ``config`` every file uses it. Otherwise each file's configuration file is
    found by walking up from it (or ``config_file`` is used) and ``overrides``
    (Config field -> value, from the command line) go on top. ``jobs`` > 1 checks
    files in worker processes; the result is the same as a serial run, in the same
    order. ``baseline`` drops findings recorded in that baseline file. With ``spill``
    the findings of plain-text files over ``run.single.CHUNK_CHARS`` are kept in a
    temporary file (``FileResult.findings`` is then a ``run.spill.SpilledFindings``:
    iterable, sized, not a list), so memory holds one chunk's findings at a time, and
    with ``jobs`` > 1 the chunks of such a file are checked in that many processes; the
    CLI uses this. Raises ``ConfigError`` for a bad configuration file and
    ``BaselineError`` for a bad baseline.
    """
    return _run(args, config, input_format, overrides=overrides, config_file=config_file, jobs=jobs,
                baseline=baseline, progress=progress, spill=spill)[0]


def fix_paths(args: list[str], config: Config | None, diff: bool = False,
              out: TextIO | None = None, err: TextIO | None = None, *, input_format: str | None = None,
              overrides: dict | None = None, config_file: str | None = None, follow_symlinks: bool = False):
    """The ``check --fix`` / ``--diff`` run. Returns ``(RunResult, show_report)``.

    Files are rewritten in place (``--diff``: a unified diff goes to ``out`` instead);
    ``-`` (stdin) prints the fixed text to ``out``. What changed goes to ``err``. The
    RunResult holds the findings left after fixing (``--diff``: the findings as they are,
    since nothing was written), so exit codes and the report reflect the files on disk.
    Files, formats and per-file configurations are chosen as for checking; findings
    silenced by inline directives are neither fixed nor reported. Files are fixed one
    after another. ``show_report`` is False when the fixed text or a diff went to ``out``.
    What is refused (changed files, symlinks out of the tree unless ``follow_symlinks``,
    hard links): see ``run.fix``.
    """
    run, tasks = _run(args, config, input_format, overrides=overrides, config_file=config_file,
                      fix="diff" if diff else "fix", out=out, err=err, follow_symlinks=follow_symlinks)
    return run, not diff and all(t[0] != "-" for t in tasks)
