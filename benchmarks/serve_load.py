#!/usr/bin/env python3
"""Load benchmark for ``tqcheck serve``, on loopback only and bounded in time.

Starts ``tqcheck serve`` on a free loopback port, then N clients (default 20), each on
its own keep-alive connection, send seed-sized texts to ``POST /v2/check`` back to back
for D seconds (default 30) after a short warm-up. Reports throughput, latency
percentiles, status codes and errors, the latency of ``/healthz`` probes during the load
(the event loop must stay free while workers check), and the resident memory of the
server and its worker processes sampled every second.

    python benchmarks/serve_load.py                      # 20 clients, 30 s
    python benchmarks/serve_load.py --clients 20 --duration 30 --json benchmarks/work/serve_load.json

The client is a minimal asyncio HTTP/1.1 client (no third-party code) so that it takes
as little of the shared CPU as possible; it runs on the same machine as the server.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "efe-2022-02-04.txt"
BUDGET = {"p95_ms": 250.0, "errors": 0}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def texts(n: int = 8) -> list[str]:
    """Seed-sized texts: the seed with its paragraphs rotated, so requests differ."""
    paras = SEED.read_text("utf-8").split("\n\n")
    return ["\n\n".join(paras[i:] + paras[:i]) for i in range(min(n, len(paras)))]


def tree_rss_kb(pid: int) -> int:
    """Resident memory (kB) of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) of ``pid`` itself and of its live descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    f = fh.read().rsplit(")", 1)[1].split()
                stats[int(d)] = (int(f[1]), (int(f[11]) + int(f[12])) / tick)
            except (OSError, ValueError, IndexError):
                pass
    own = stats.get(pid, (0, 0.0))[1]
    kids, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        for c, (ppid, cpu) in stats.items():
            if ppid == p:
                kids += cpu
                todo.append(c)
    return own, kids


class Conn:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, method: str, path: str, body: bytes = b"",
                      ctype: str = "application/x-www-form-urlencoded") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        self.writer.write(head + body)
        await self.writer.drain()
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split()[1])
        length, close = 0, False
        while True:
            line = await self.reader.readuntil(b"\r\n")
            if line == b"\r\n":
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                close = True
        data = await self.reader.readexactly(length)
        if close:
            await self.close()
        return status, data

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


async def client(host, port, bodies, offset, stop_at, count_from, latencies, statuses, errors):
    conn = Conn(host, port)
    i = offset
    while time.perf_counter() < stop_at:
        body = bodies[i % len(bodies)]
        i += 1
        t0 = time.perf_counter()
        try:
            status, data = await conn.request("POST", "/v2/check", body)
            ok = status == 200 and b'"matches"' in data
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            status, ok = type(exc).__name__, False
            await conn.close()
        t1 = time.perf_counter()
        if t0 >= count_from:
            latencies.append(t1 - t0)
            statuses[status] = statuses.get(status, 0) + 1
            if not ok:
                errors.append(status)
    await conn.close()


async def probe(host, port, stop_at, out):
    conn = Conn(host, port)
    while time.perf_counter() < stop_at:
        t0 = time.perf_counter()
        try:
            await conn.request("GET", "/healthz")
            out.append(time.perf_counter() - t0)
        except (OSError, asyncio.IncompleteReadError):
            await conn.close()
        await asyncio.sleep(0.5)
    await conn.close()


async def sampler(pid, t_start, stop_at, out):
    while time.perf_counter() < stop_at:
        out.append((round(time.perf_counter() - t_start, 1), tree_rss_kb(pid)))
        await asyncio.sleep(1.0)


async def load(host, port, pid, clients, duration, warmup):
    bodies = [urllib.parse.urlencode({"text": t, "language": "en-US"}).encode() for t in texts()]
    t_start = time.perf_counter()
    count_from = t_start + warmup
    stop_at = count_from + duration
    latencies, statuses, errors, probes, rss = [], {}, [], [], []

    async def mark_cpu():
        await asyncio.sleep(max(0.0, count_from - time.perf_counter()))
        cpu.append((cpu_seconds(pid), time.process_time()))

    cpu: list = []
    await asyncio.gather(
        mark_cpu(),
        sampler(pid, t_start, stop_at, rss),
        probe(host, port, stop_at, probes),
        *(client(host, port, bodies, k, stop_at, count_from, latencies, statuses, errors) for k in range(clients)),
    )
    cpu.append((cpu_seconds(pid), time.process_time()))
    (m0, w0), c0 = cpu[0]
    (m1, w1), c1 = cpu[-1]
    cpu_split = {"server_event_loop": round(m1 - m0, 1), "workers": round(w1 - w0, 1), "client": round(c1 - c0, 1)}
    return latencies, statuses, errors, probes, rss, cpu_split


def pct(values, q):
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=30.0, help="measured seconds (max 120)")
    ap.add_argument("--warmup", type=float, default=3.0)
    ap.add_argument("--workers", type=int, default=0, help="server worker processes (0: one per core)")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    duration = min(args.duration, 120.0)            # bounded, whatever is asked
    clients = max(1, min(args.clients, 200))
    host, port = "127.0.0.1", free_port()
    load_before = round(os.getloadavg()[0], 2)
    server = subprocess.Popen([sys.executable, "-m", "tqcheck", "serve", "--host", host, "--port", str(port),
                               "--workers", str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            if server.poll() is not None:
                print(server.stderr.read().decode(), file=sys.stderr)
                return 2
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.1)
        rss_idle = tree_rss_kb(server.pid)
        latencies, statuses, errors, probes, rss, cpu_split = asyncio.run(
            load(host, port, server.pid, clients, duration, args.warmup))
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    ms = [x * 1000 for x in latencies]
    measured = [kb for t, kb in rss if t >= args.warmup]
    third = max(1, len(measured) // 3)
    result = {
        "clients": clients, "duration_s": duration, "cores": os.cpu_count(),
        "text_chars": len(texts()[0]), "requests": len(ms),
        "throughput_rps": round(len(ms) / duration, 1),
        "latency_ms": {"p50": round(pct(ms, 50), 1), "p95": round(pct(ms, 95), 1),
                       "p99": round(pct(ms, 99), 1), "max": round(max(ms), 1) if ms else None,
                       "mean": round(statistics.fmean(ms), 1) if ms else None},
        "statuses": {str(k): v for k, v in sorted(statuses.items(), key=str)},
        "errors": len(errors),
        "healthz_ms_during_load": {"p50": round(pct([p * 1000 for p in probes], 50), 1),
                                   "max": round(max(probes) * 1000, 1) if probes else None},
        "rss_mb": {"idle": round(rss_idle / 1024, 1),
                   "first_third_mean": round(statistics.fmean(measured[:third]) / 1024, 1) if measured else None,
                   "last_third_mean": round(statistics.fmean(measured[-third:]) / 1024, 1) if measured else None,
                   "max": round(max(measured) / 1024, 1) if measured else None},
        "cpu_s_measured": cpu_split,
        "load_average_before": load_before,
        "rss_samples_mb": [(t, round(kb / 1024, 1)) for t, kb in rss],
    }
    lat = result["latency_ms"]
    r = result["rss_mb"]
    print(f"tqcheck serve load: {clients} clients, {duration:.0f} s, {result['text_chars']}-character texts, "
          f"{os.cpu_count()} cores (client on the same machine)")
    print(f"  requests {result['requests']}  throughput {result['throughput_rps']} req/s  errors {result['errors']}  "
          f"statuses {result['statuses']}")
    print(f"  latency ms  p50 {lat['p50']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}")
    print(f"  /healthz during load ms  p50 {result['healthz_ms_during_load']['p50']}  "
          f"max {result['healthz_ms_during_load']['max']}")
    print(f"  server RSS MB (server + workers)  idle {r['idle']}  first third {r['first_third_mean']}  "
          f"last third {r['last_third_mean']}  max {r['max']}")
    c = result["cpu_s_measured"]
    print(f"  CPU seconds while measured: server event loop {c['server_event_loop']}  workers {c['workers']}  "
          f"client {c['client']}  (1-min load average before the run: {load_before})")
    print("  RSS over time (s: MB) " + " ".join(f"{t:g}:{mb}" for t, mb in result["rss_samples_mb"]))
    ok = result["errors"] <= BUDGET["errors"] and lat["p95"] <= BUDGET["p95_ms"]
    print(f"  budget (0 errors, p95 <= {BUDGET['p95_ms']:.0f} ms): {'met' if ok else 'NOT met'}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
