"""Forked worker processes that notice a dead worker: ``fork_map``.

``multiprocessing.Pool`` waits forever for the answer of a worker killed by a signal
(``kill -9``, the kernel's OOM killer). Here each worker has its own pipe and the parent
waits on the pipes *and* on the workers' process sentinels: when a worker dies, the task
it was running (the first one it had not answered; a worker answers its tasks in order)
is reported as lost, the tasks it had been sent but not started go back to the queue,
and a new worker takes its place. The work function and its data are inherited through
``fork`` (nothing is pickled on the way in); answers are pickled back.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator

OK, LOST, RAISED = "ok", "lost", "raised"


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _serve(conn, func: Callable) -> None:
    """A worker: answer each index sent with ``(index, OK, func(index))`` (or ``RAISED``
    and the exception in one line) until ``None``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # the parent stops the run (and us)
    try:
        while True:
            try:
                index = conn.recv()
            except EOFError:
                break
            if index is None:
                break
            try:
                conn.send((index, OK, func(index)))
            except Exception as exc:     # (pickling the answer included)
                conn.send((index, RAISED, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"))
    finally:
        conn.close()
        os._exit(0)    # no atexit handlers or inherited buffers of the parent


class _Worker:
    def __init__(self, ctx, func: Callable):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, func), daemon=True)
        self.proc.start()
        child.close()
        self.pending: deque = deque()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.conn.close()


def death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"the worker process checking it was killed by {name}{hint}"
    return f"the worker process checking it exited unexpectedly (exit code {exitcode})"


def fork_map(func: Callable[[int], object], indices: Iterable[int], workers: int,
             depth: int = 2, local: bool = False) -> Iterator[tuple[int, str, object]]:
    """``(index, OK, func(index))`` for each index, in completion order, computed in
    ``workers`` forked processes; ``(index, RAISED, "Error: message")`` when ``func``
    raised, ``(index, LOST, reason)`` for an index whose worker died while on it. ``depth``: tasks sent ahead to each worker (fewer idle waits).
    With ``local`` the calling process computes indices too, between looks at the workers'
    answers (``workers`` + 1 processes at work: one process fewer holding the loaded
    state for the same number of cores); the workers are sent theirs first."""
    ctx = multiprocessing.get_context("fork")
    queue = deque(indices)
    # Writing to a dead worker's pipe must raise (handled), not kill us with SIGPIPE
    # (the CLI restores SIGPIPE's default action so that `| head` ends it quietly).
    sigpipe = getattr(signal, "SIGPIPE", None)
    old_sigpipe = None
    if sigpipe is not None:
        try:
            old_sigpipe = signal.signal(sigpipe, signal.SIG_IGN)
        except ValueError:          # not the main thread (a server): leave it as it is
            sigpipe = None
    pool = [_Worker(ctx, func) for _ in range(max(1, min(workers, len(queue))))]
    try:
        while queue or any(w.pending for w in pool):
            for w in pool:
                while queue and len(w.pending) < depth:
                    index = queue.popleft()
                    w.pending.append(index)
                    try:
                        w.conn.send(index)
                    except OSError:       # dead already (its sentinel says so below): it never got this one
                        w.pending.pop()
                        queue.appendleft(index)
                        break
            waitables = {}
            for w in pool:            # every worker's sentinel: an idle one may die too
                if w.pending:
                    waitables[w.conn] = w
                waitables[w.proc.sentinel] = w
            if local and queue:
                index = queue.popleft()
                try:
                    value = func(index)
                except Exception as exc:
                    yield index, RAISED, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
                else:
                    yield index, OK, value
                ready = wait(list(waitables), timeout=0)
            else:
                ready = wait(list(waitables))
            dead = []
            for obj in ready:
                w = waitables[obj]
                if obj is w.conn:
                    try:              # every answer already there (the parent may have been busy)
                        while True:
                            index, status, value = w.conn.recv()
                            w.pending.popleft()
                            yield index, status, value
                            if not w.pending or not w.conn.poll():
                                break
                    except (EOFError, OSError):
                        dead.append(w)
                        continue
                elif w not in dead:
                    dead.append(w)
            for w in dead:
                if w not in pool:
                    continue
                while w.pending:          # answers sent before it died
                    try:
                        if not w.conn.poll():
                            break
                        index, status, value = w.conn.recv()
                    except (EOFError, OSError):
                        break
                    w.pending.popleft()
                    yield index, status, value
                w.proc.join()
                if w.pending:
                    yield w.pending.popleft(), LOST, death_reason(w.proc.exitcode)
                    queue.extendleft(reversed(w.pending))
                    w.pending.clear()
                w.conn.close()
                pool.remove(w)
                if queue:
                    pool.append(_Worker(ctx, func))
    finally:
        for w in pool:
            w.stop()
        for w in pool:
            w.proc.join(timeout=5)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
        if sigpipe is not None:
            signal.signal(sigpipe, old_sigpipe)
