"""Checking many files: serially, or in forked worker processes with the same output.

Workers inherit the task list and the loaded rules through ``fork`` (nothing is
pickled on the way in) and send back results whose documents keep their text and
offset map but not their cached views (a serial run over several files does the
same, so memory does not grow with the number of files); results are put back in
input order, so a parallel run prints exactly what a serial run prints. Standard input is
always read in the parent. Where ``fork`` is unavailable the run is serial. With
``spill``, files large enough to be chunked are checked in the parent too (their
findings live in a temporary file owned by the process that wrote it), before the
pool starts, each with its chunks spread over ``jobs`` forked workers.

No file can stop the run: an exception while checking a file (a bug in a rule, a
``MemoryError``) becomes that file's error, and a worker that dies (``kill -9``, the OOM
killer) loses only the file it was on, reported as an error (``pool.fork_map``); the
other files are still checked, and the CLI exits 2 ("could not check").
"""
from __future__ import annotations

import os
import sys

from ..readers import InputError

MIN_FILES_PER_JOB = 2      # parallelise only when every worker gets a few files
PROGRESS_MIN_FILES = 20

_TASKS: list = []


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _check(task, spill: bool = False, jobs: int = 1):
    from ..rules.registry import select_rules
    from .single import check_path

    path, fmt, config = task
    try:
        return check_path(path, config, fmt, select_rules(config.select, config.ignore), spill, jobs)
    except InputError as exc:
        return exc
    except RecursionError:
        return InputError(path, "could not check: input nested too deeply (recursion limit)")
    except MemoryError:
        return InputError(path, "could not check: out of memory")
    except Exception as exc:     # a bug: this file's error, never the end of the run
        return internal_error(path, exc)


def internal_error(path: str, exc: BaseException) -> InputError:
    """An unexpected exception while checking ``path``, as that file's one-line error."""
    where = ""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
    message = " ".join(str(exc).split())[:200]
    return InputError(path, f"could not check: internal error {type(exc).__name__}{where}: {message} "
                            "(please report it)")


def _light(result):
    """Keep the document's text and offset map but not its cached views (tokens, tags...):
    a run over many files then holds one document's views at a time, not all of them."""
    doc = getattr(result, "document", None)
    if doc is not None:
        doc.release()
    return result


def _worker(index: int):
    out = _check(_TASKS[index])
    if isinstance(out, InputError):
        return ("error", out.path, out.reason)
    return ("ok", _light(out))


class _Progress:
    def __init__(self, total: int, enabled: bool):
        self.total, self.done = total, 0
        self.enabled = enabled and total >= PROGRESS_MIN_FILES

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} files")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()


def run_tasks(tasks: list, jobs: int = 1, progress: bool = False, spill: bool = False) -> list:
    """FileResult or InputError for each (path, input_format, config) task, in order;
    ``spill``: see ``run.driver.check_paths``."""
    from ..rules.registry import all_rules
    from .single import may_be_chunked

    all_rules()                              # import every family before forking
    jobs = max(1, jobs)
    bar = _Progress(len(tasks), progress)
    results: list = [None] * len(tasks)
    parallel = [i for i, t in enumerate(tasks) if t[0] != "-" and not (spill and may_be_chunked(t[0]))]
    if jobs > 1 and len(parallel) >= 2 * MIN_FILES_PER_JOB:
        from .pool import OK, can_fork, fork_map   # multiprocessing: only for a run that may use a pool

        use_pool = can_fork()
    else:
        use_pool = False
    if not use_pool:
        parallel = []
    in_pool = set(parallel)
    for i, t in enumerate(tasks):
        if i not in in_pool:
            results[i] = _check(t, spill, jobs) if len(tasks) == 1 else _light(_check(t, spill, jobs))
            bar.step()
    if parallel:
        global _TASKS
        _TASKS = tasks
        try:
            # The parent is one of the ``jobs`` processes at work (it checks files between
            # collecting answers): one process fewer holding the loaded state than ``jobs``
            # workers and an idle parent (tree RSS 164 -> 118 MB on 200 articles). Workers are
            # forked as soon as the rules are imported, before the first check, so they load
            # the lexicons, Punkt and word lists at the same time as the parent. Loading
            # first in the parent and sharing it copy-on-write was measured too: the same
            # RSS (shared pages count in every process), a lower PSS (84 against 98 MB), but
            # the second core idle while the parent loads, and copy-on-write faults on the
            # shared objects' reference counts after the fork: more CPU in all (docs/performance.md).
            # A few tasks are sent ahead per worker: an article takes a few milliseconds, so
            # this keeps workers busy; if a worker dies, only the task it was on is lost.
            workers = max(1, min(jobs, len(parallel) // MIN_FILES_PER_JOB) - 1)
            for i, status, out in fork_map(_worker, parallel, workers, depth=4, local=True):
                if status != OK:
                    results[i] = InputError(tasks[i][0], f"could not check: {out}")
                else:
                    results[i] = out[1] if out[0] == "ok" else InputError(out[1], out[2])
                bar.step()
        finally:
            _TASKS = []
    bar.close()
    return results
