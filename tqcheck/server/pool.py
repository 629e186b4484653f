"""Worker processes driven from the asyncio event loop.

Each worker is a process with a pipe; the loop waits on the pipe's file descriptor
(``add_reader``), so no thread blocks while a check runs. Admission is bounded: at most
``max_pending`` requests are checking or waiting for a worker; the next one gets
``Busy`` (429). A request that has waited or run past its deadline gets ``Unavailable``
(503); if its check was running, that worker is killed and replaced, so a pathological
input cannot hold a worker forever.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import sys


class Busy(Exception):
    """Too many requests pending (HTTP 429)."""


class Unavailable(Exception):
    """No answer in time, or no worker (HTTP 503)."""


def _context():
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        # Workers fork from a server process that has already imported tqcheck.
        ctx.set_forkserver_preload(["tqcheck.server.worker", "tqcheck.api", "tqcheck.rules"])
        return ctx
    return multiprocessing.get_context("spawn")


async def _readable(conn, timeout: float | None) -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fd = conn.fileno()

    def ready() -> None:
        if not fut.done():
            fut.set_result(None)

    loop.add_reader(fd, ready)
    try:
        await asyncio.wait_for(fut, timeout)
    finally:
        loop.remove_reader(fd)


class _Worker:
    def __init__(self, ctx, init: dict):
        from .worker import main

        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=main, args=(child, init), daemon=True, name="tqcheck-serve-worker")
        self.proc.start()
        child.close()

    async def ready(self, timeout: float) -> None:
        await _readable(self.conn, timeout)
        try:
            msg = self.conn.recv()
        except (EOFError, OSError):
            raise RuntimeError("a worker process exited while starting") from None
        if msg[0] != "ready":
            raise RuntimeError(f"a worker process failed to start: {msg[1]}")

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(1)
        finally:
            self.conn.close()


class WorkerPool:
    def __init__(self, size: int, max_pending: int, init: dict, start_timeout: float = 120.0):
        self.size = size
        self.max_pending = max(1, max_pending)
        self.init = init
        self.start_timeout = start_timeout
        self.pending = 0
        self.workers: list[_Worker] = []
        self.replaced = 0
        self._ctx = _context()
        self._idle: asyncio.Queue | None = None
        self._closing = False
        self._tasks: set[asyncio.Task] = set()

    async def start(self) -> None:
        self._idle = asyncio.Queue()
        workers = [_Worker(self._ctx, self.init) for _ in range(self.size)]
        self.workers.extend(workers)
        try:
            await asyncio.gather(*(w.ready(self.start_timeout) for w in workers))
        except BaseException:
            await self.close()
            raise
        for w in workers:
            self._idle.put_nowait(w)

    def pids(self) -> list[int]:
        return [w.proc.pid for w in self.workers]

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background."""
        worker.kill()
        if worker in self.workers:
            self.workers.remove(worker)
        self.replaced += 1
        if self._closing:
            return

        async def start_new() -> None:
            new = _Worker(self._ctx, self.init)
            self.workers.append(new)
            try:
                await new.ready(self.start_timeout)
            except Exception:            # noqa: BLE001 - leave the pool one short; logged by 503s
                new.kill()
                self.workers.remove(new)
                return
            self._idle.put_nowait(new)

        task = asyncio.get_running_loop().create_task(start_new())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self, job: dict, deadline: float) -> tuple[int, bytes]:
        """``(status, body)`` for ``job``; ``deadline`` is a loop time."""
        if self._closing:
            raise Unavailable("the server is shutting down")
        if self.pending >= self.max_pending:
            raise Busy(f"{self.pending} requests are already pending (limit {self.max_pending})")
        loop = asyncio.get_running_loop()
        self.pending += 1
        try:
            try:
                worker = self._idle.get_nowait()
            except asyncio.QueueEmpty:
                try:
                    worker = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - loop.time()))
                except asyncio.TimeoutError:
                    raise Unavailable("timed out waiting for a free worker") from None
            if deadline - loop.time() <= 0:     # no time left to check: keep the worker
                self._idle.put_nowait(worker)
                raise Unavailable("timed out waiting for a free worker")
            try:
                worker.conn.send(job)
                await _readable(worker.conn, max(0.0, deadline - loop.time()))
                answer = worker.conn.recv()
            except asyncio.TimeoutError:
                self._replace(worker)
                raise Unavailable("the check did not finish within the request timeout") from None
            except (EOFError, OSError):
                self._replace(worker)
                raise Unavailable("the worker process ended unexpectedly") from None
            except BaseException:        # cancelled (client gone): the worker state is unknown
                self._replace(worker)
                raise
            self._idle.put_nowait(worker)
            return answer
        finally:
            self.pending -= 1

    async def close(self) -> None:
        self._closing = True
        for t in list(self._tasks):
            t.cancel()
        for w in list(self.workers):
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in list(self.workers):
            await asyncio.get_running_loop().run_in_executor(None, w.proc.join, 2)
            if w.proc.is_alive():
                w.kill()
            else:
                w.conn.close()
        self.workers.clear()
