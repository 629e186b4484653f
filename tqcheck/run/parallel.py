"""Checking many files: serially, or in forked worker processes with the same output.

Workers inherit the task list and the loaded rules through ``fork`` (nothing is
pickled on the way in) and send back results whose documents keep their text and
offset map but not their cached views (a serial run over several files does the
same, so memory does not grow with the number of files); ``imap`` keeps the input
order, so a parallel run prints exactly what a serial run prints. Standard input is
always read in the parent. Where ``fork`` is unavailable the run is serial. With
``spill``, files large enough to be chunked are checked in the parent too (their
findings live in a temporary file owned by the process that wrote it), before the
pool starts, each with its chunks spread over ``jobs`` forked workers.
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


def _can_fork() -> bool:
    import multiprocessing           # imported only for a run that may use a pool (~4 ms)

    return "fork" in multiprocessing.get_all_start_methods()


def _check(task, spill: bool = False, jobs: int = 1):
    from ..rules.registry import select_rules
    from .single import check_path

    path, fmt, config = task
    try:
        return check_path(path, config, fmt, select_rules(config.select, config.ignore), spill, jobs)
    except InputError as exc:
        return exc


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
    use_pool = jobs > 1 and len(parallel) >= 2 * MIN_FILES_PER_JOB and _can_fork()
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
            import multiprocessing

            preload([tasks[i][2] for i in parallel])
            ctx = multiprocessing.get_context("fork")
            workers = min(jobs, len(parallel) // MIN_FILES_PER_JOB)
            # Small batches: an article takes a few milliseconds, so a batch of 4 costs
            # little to send and leaves at most ~4 articles of idle time at the end.
            chunk = max(1, min(4, len(parallel) // (workers * 4)))
            with ctx.Pool(workers) as pool:
                for i, out in zip(parallel, pool.imap(_worker, parallel, chunksize=chunk)):
                    results[i] = out[1] if out[0] == "ok" else InputError(out[1], out[2])
                    bar.step()
        finally:
            _TASKS = []
    bar.close()
    return results


# A short article of our own that reaches the lazily loaded state of every family: Punkt,
# the tagger, the lexicon tries, language identification, Babel's locale data for the
# number conventions, the word lists. Checked once in the parent before the pool forks.
_WARM_TEXT = (
    "MADRID, 4 Feb (EFE).- The minister, who made declarations to the press this Monday, "
    "said that inflation rose to 5,5 % and that 1.000 workers and workers lost their jobs.\n\n"
    "«We will not accept it», the spokesman underlined, after the meeting of the "
    "Council of Ministers. Sales reached 2 300 million euros in the first semester.\n\n"
    "Es muy importante que el gobierno tome medidas ahora mismo, dijo el portavoz. "
    "La situación económica es difícil para todos los ciudadanos del país.\n\n"
    "Read also: The company announced new results on 12/03/2024 - the chief executive, "
    "Mr. Smith, explained to reporters that the plan was ambitious.\n"
)


def preload(configs=()) -> None:
    """Load in this process everything a check loads on first use, so forked workers
    share it (copy-on-write) instead of each loading it again: one short built-in text
    is checked with each distinct configuration (phrasebooks are loaded per
    configuration). Findings are not kept; every cache it fills is pure, so output is
    unchanged. Long-lived objects are then moved out of the garbage collector's sight
    (``gc.freeze``) so the collector in a worker does not write to the shared pages."""
    import gc

    from ..config import Config
    from .single import check_text

    seen = set()
    for config in (list(configs) or [Config()])[:8]:
        key = repr(config)
        if key in seen:
            continue
        seen.add(key)
        try:
            check_text(_WARM_TEXT, config)
        except Exception:     # a warm-up is an optimisation; the real run reports errors
            pass
    if not os.environ.get("TQ_NOFREEZE"):
        gc.freeze()
