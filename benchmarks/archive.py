#!/usr/bin/env python3
"""Throughput of ``tqcheck archive`` / ``tqcheck.dask`` on DISTINCT articles, checked
against the serial API (issue 20; the figures in docs/archive.md come from here).

    pip install -e '.[dask]'                  # dask, distributed, pyarrow
    python benchmarks/archive.py              # 2,000 articles, 2 workers, 3 rounds (~3 minutes on 2 cores)
    python benchmarks/archive.py --n 50 --rounds 1     # quick check that the path works (~30 s)

Options: ``--n`` articles (default 2,000), ``--files`` input files (default 4, each one
partition), ``--workers`` local-cluster worker processes (default 2), ``--rounds``,
``--tqcheck PATH`` (the command timed end to end; its environment must have the extra),
``--no-compile`` (see benchmarks/distinct.py's docstring: byte-compile first, as an
installed package is). Run it with the environment's Python (``.venv/bin/python``).

The corpus: ``benchmarks/distinct.py``'s ``corpus(n)`` (seeded, ~500-word articles, none
repeating another; it reads ../shared/realdev at run time when present, never copies it),
written to a temporary folder as ``--files`` JSONL files (``{"id": "story-00000", "text":
...}``) and the same articles as Parquet files.

Figures, each round's wall-clock time, median (min, max) over ``--rounds``:
- serial: ``tqcheck.api.check_text`` on every article in this process, warmed first on
  other articles (one core): the reference the Dask findings must equal;
- ``tqcheck archive`` end to end (a fresh process: start a LocalCluster of ``--workers``
  single-threaded workers, check, write, stop), JSONL in and out;
- the Python API (``run_archive``) on a client whose workers are already warm (rules and
  models loaded on an earlier, different batch): JSONL -> JSONL and Parquet -> Parquet.

Each figure also gives the CPU time (user + system) it took, per article: on a machine
shared with other jobs the wall-clock time grows with the load, the CPU time much less,
so CPU ms per article is the figure to compare between runs (an idle machine with W
cores checks about W x 1000 / (ms per article) articles/s).

Every output is compared with the serial run: the JSONL parts concatenated must equal the
serial rows byte for byte (articles in input order; the rows sorted by id, each article's
findings in serial order, are then equal too), the Parquet rows value for value. A
mismatch exits 1. The date, the machine (cores, CPU, Python) and the load average before
and after are printed with the exact command that reproduces the run: on a shared
machine, quote the load average next to the figure.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def distinct_corpus(n: int) -> list[str]:
    """``benchmarks/distinct.py``'s corpus (imported from the file: benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("tq_bench_distinct", Path(__file__).with_name("distinct.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.corpus(n)


def write_inputs(articles: list[dict], folder: Path, files: int) -> tuple[list[str], list[str]]:
    """``files`` JSONL files and ``files`` Parquet files (when pyarrow is there) of the articles."""
    size = -(-len(articles) // files)
    jsonl, parquet = [], []
    for k in range(files):
        part = articles[k * size:(k + 1) * size]
        if not part:
            break
        path = folder / f"archive-{k:02d}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in part)
        jsonl.append(str(path))
        try:
            import pandas as pd

            path = folder / f"archive-{k:02d}.parquet"
            pd.DataFrame(part).to_parquet(path)
            parquet.append(str(path))
        except ImportError:
            pass
    return jsonl, parquet


def serial_lines(articles: list[dict]) -> list[str]:
    """The reference: ``check_text`` on each article, rows written as docs/archive.md says."""
    from tqcheck.api import check_text
    from tqcheck.config import Config

    config, out = Config(), []
    for a in articles:
        for f in check_text(a["text"], config).findings:
            d = f.to_json()
            row = {"id": a["id"], **{k: d[k] for k in ("rule", "category", "severity", "start", "end", "line",
                                                         "column", "text", "message", "suggestions")},
                   "fix": None if d["fix"] is None else d["fix"]["replacement"], "source_lang": d.get("source_lang")}
            out.append(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def jsonl_output(folder: Path) -> list[str]:
    return [line for p in sorted(folder.glob("part-*.jsonl")) for line in p.read_text("utf-8").splitlines(True)]


def parquet_output(folder: Path) -> list[str]:
    import pandas as pd

    from tqcheck.dask import row_json

    lines = []
    for row in pd.read_parquet(folder).to_dict("records"):
        plain = {k: (None if isinstance(v, float) and v != v else list(v) if k == "suggestions"
                     else v.item() if hasattr(v, "item") else v) for k, v in row.items()}
        lines.append(row_json(plain) + "\n")
    return lines


def same(name: str, got: list[str], want: list[str]) -> bool:
    if got == want:      # byte for byte, in input order (then equal by id too)
        return True
    diff = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    print(f"MISMATCH {name}: {len(got)} rows against {len(want)} serial; first difference at row {diff}:\n"
          f"  got  {got[diff:diff + 1]}\n  want {want[diff:diff + 1]}")
    return False


def fmt(ts: list[float], n: int, cpu: list[float] | None = None) -> str:
    med = statistics.median(ts)
    out = f"median {med:.2f} s (min {min(ts):.2f}, max {max(ts):.2f}) = {n / med:.0f} articles/s"
    if cpu:
        out += f"; CPU {statistics.median(cpu):.1f} s = {statistics.median(cpu) / n * 1000:.1f} ms per article"
    return out


def children_cpu() -> float:
    """User + system CPU seconds of this process's finished (waited-for) descendants."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def workers_cpu(client) -> float:
    """User + system CPU seconds the cluster's worker processes have used so far."""
    def own():
        import resource

        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    return sum(client.run(own).values())


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    return (f"{os.cpu_count()} cores ({cpu or 'unknown CPU'}), {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="distinct articles (default 2,000)")
    ap.add_argument("--files", type=int, default=4, help="input files, JSONL and Parquet each (default 4)")
    ap.add_argument("--workers", type=int, default=2, help="local-cluster worker processes (default 2)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tqcheck", default=str(Path(sys.executable).parent / "tqcheck"))
    ap.add_argument("--no-compile", action="store_true",
                    help="do not byte-compile the tqcheck package first (see benchmarks/distinct.py)")
    args = ap.parse_args()
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401

        from tqcheck.dask import open_client, run_archive
    except ImportError as exc:
        print(f"needs the dask extra (pip install -e '.[dask]'): {exc}", file=sys.stderr)
        return 2
    if not args.no_compile:
        import tqcheck

        subprocess.run([sys.executable, "-m", "compileall", "-q", os.path.dirname(tqcheck.__file__)], check=True,
                       stdout=subprocess.DEVNULL)
    command = " ".join(["python", "benchmarks/archive.py"] + [shlex.quote(a) for a in sys.argv[1:]])
    texts = distinct_corpus(args.n + 40)
    articles = [{"id": f"story-{i:05d}", "text": t} for i, t in enumerate(texts[:args.n])]
    warmup = [{"id": f"warm-{i:02d}", "text": t} for i, t in enumerate(texts[args.n:])]
    work = Path(tempfile.mkdtemp(prefix="tqarchive-"))
    ok = True
    results: dict = {"n": args.n, "workers": args.workers, "files": args.files}
    try:
        jsonl, parquet = write_inputs(articles, work, args.files)
        words = statistics.mean(len(a["text"].split()) for a in articles)
        print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {machine()}; "
              f"load average (1/5/15 min) at start {load()}")
        print(f"corpus: {args.n} distinct articles (benchmarks/distinct.py), mean {words:.0f} words, "
              f"in {len(jsonl)} JSONL files ({sum(os.path.getsize(p) for p in jsonl) / 2**20:.1f} MB)"
              f"{' and as many Parquet files' if parquet else ' (no pyarrow: Parquet skipped)'}; "
              f"{args.workers} single-threaded workers; {args.rounds} round(s)")

        serial_lines(warmup)   # load the rules and models first, as the warm workers have
        t, c = time.perf_counter(), time.process_time()
        serial = serial_lines(articles)
        results["serial_s"], results["serial_cpu_s"] = time.perf_counter() - t, time.process_time() - c
        print(f"serial check_text, this process, warm: {results['serial_s']:.2f} s = "
              f"{args.n / results['serial_s']:.0f} articles/s (one core); CPU {results['serial_cpu_s']:.1f} s = "
              f"{results['serial_cpu_s'] / args.n * 1000:.1f} ms per article; {len(serial)} findings in "
              f"{len({json.loads(x)['id'] for x in serial})} articles")

        times, cpu = [], []
        for r in range(args.rounds):
            out = work / f"cli-{r}"
            cmd = [args.tqcheck, "archive", *jsonl, "-o", str(out), "--workers", str(args.workers)]
            t, c = time.perf_counter(), children_cpu()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            times.append(time.perf_counter() - t)
            cpu.append(children_cpu() - c)
            if proc.returncode != 0:
                print(f"tqcheck archive failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
                return 1
            ok &= same("tqcheck archive (JSONL)", jsonl_output(out), serial)
            shutil.rmtree(out, ignore_errors=True)
        results["cli_jsonl_s"], results["cli_jsonl_cpu_s"] = times, cpu
        print(f"tqcheck archive, end to end (cluster start and stop included), JSONL: {fmt(times, args.n, cpu)} "
              f"(whole process tree)")

        client = open_client(workers=args.workers)
        try:
            # warm up on other articles, through both formats (rules, models, pandas, pyarrow)
            (work / "warm").mkdir()
            warm_jsonl, warm_parquet = write_inputs(warmup, work / "warm", 2 * args.workers)
            run_archive(warm_jsonl, str(work / "warm" / "out-jsonl"), client=client)
            if warm_parquet:
                run_archive(warm_parquet, str(work / "warm" / "out-parquet"), output_format="parquet", client=client)
            warm = client.run(lambda: "tqcheck.engine" in sys.modules)
            if not all(warm.values()):
                print(f"warning: not every worker warmed up: {warm}")
            for fmt_in, paths, fmt_out, read in (("JSONL", jsonl, "jsonl", jsonl_output),
                                                 ("Parquet", parquet, "parquet", parquet_output)):
                if not paths:
                    continue
                times, cpu = [], []
                for r in range(args.rounds):
                    out = work / f"api-{fmt_out}-{r}"
                    t, c = time.perf_counter(), workers_cpu(client)
                    run_archive(paths, str(out), output_format=fmt_out, client=client)
                    times.append(time.perf_counter() - t)
                    cpu.append(workers_cpu(client) - c)
                    ok &= same(f"run_archive ({fmt_in} -> {fmt_out})", read(out), serial)
                    shutil.rmtree(out, ignore_errors=True)
                results[f"api_{fmt_out}_s"], results[f"api_{fmt_out}_workers_cpu_s"] = times, cpu
                print(f"Python API, warm workers, {fmt_in} -> {fmt_in}: {fmt(times, args.n, cpu)} (workers)")
        finally:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"findings: {'byte-identical to the serial run in every round' if ok else 'MISMATCH (see above)'}")
    print(f"load average (1/5/15 min) at the end {load()}")
    print(f"reproduce: {command}")
    results.update(identical=ok, machine=machine(), date=time.strftime("%Y-%m-%d", time.gmtime()))
    print(json.dumps(results))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
