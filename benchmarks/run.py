#!/usr/bin/env python3
"""tqcheck benchmark: builds its corpora, runs tqcheck (and proselint for comparison),
prints a table and writes JSON.

SUPERSEDED for the budget figures by ``benchmarks/distinct.py`` (issue 20): this script's
200 "articles" are 4 distinct texts repeated, its ratios come from separate minima rather
than paired runs and its 10x scaling check is dominated by fixed cost. Keep using it only
for what distinct.py does not measure: the 100 MB single file, ``--help`` start-up and the
per-family breakdown. The README's Performance table comes from distinct.py.

    python benchmarks/run.py            # everything (about 5 minutes on 2 cores)
    python benchmarks/run.py --quick    # skip the 100x folder and the 100 MB file

Run it with the project's virtual environment active (tqcheck installed). The
command-line figures measure this checkout installed by pip (not editable) into
benchmarks/work/venv-tqcheck, reinstalled on each run; proselint is installed into
its own environment there on first use. `--current-env` measures this environment's
tqcheck instead.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "benchmarks" / "work"
SEED = ROOT / "seeds" / "efe-2022-02-04.txt"
BIN = Path(sys.executable).parent
TIME = "/usr/bin/time"

BUDGET = {
    "ratio_to_proselint": 0.5,      # tqcheck wall / proselint wall on 200 files
    "jobs2_speedup": 1.6,           # --jobs 1 wall / --jobs 2 wall
    "warm_median_ms": 30.0,
    "peak_rss_mb": 250.0,
    "scaling_10x": 10.5,
    "help_s": 0.3,
}


# -- corpora ---------------------------------------------------------------------------
def article_texts(n: int = 200) -> list[str]:
    """n seed-sized articles: the seed, and the project's dev passages joined to seed size."""
    seed = SEED.read_text("utf-8")
    dev = sorted((ROOT / "corpora" / "eval").rglob("*.txt"))
    passages = [p.read_text("utf-8").strip() for p in dev if p.name != "clean-en.txt"]
    articles = []
    buf: list[str] = []
    for p in passages:
        buf.append(p)
        if sum(len(b) for b in buf) >= len(seed) * 0.8:
            articles.append("\n\n".join(buf) + "\n")
            buf = []
    out = []
    i = 0
    while len(out) < n:
        # Alternate the seed and the dev articles so both kinds of copy are measured.
        if not articles or i % 2 == 0:
            out.append(seed)
        else:
            out.append(articles[(i // 2) % len(articles)])
        i += 1
    return out


def build_folder(name: str, texts: list[str], copies: int) -> Path:
    folder = WORK / name
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    k = 0
    for c in range(copies):
        for t in texts:
            (folder / f"article-{k:05d}.txt").write_text(t, "utf-8")
            k += 1
    marker.write_text("ok")
    return folder


def build_big_file(texts: list[str], size: int = 100 * 1024 * 1024) -> Path:
    path = WORK / "big-100mb.txt"
    if path.exists() and path.stat().st_size >= size:
        return path
    block = "\n\n".join(texts).encode("utf-8")
    with open(path, "wb") as fh:
        written = 0
        while written < size:
            fh.write(block + b"\n\n")
            written += len(block) + 2
    return path


# -- measuring -------------------------------------------------------------------------
def _child_env() -> dict:
    """The environment for measured commands: the caller's, without PYTHONDONTWRITEBYTECODE.

    A normal installation has bytecode caches (pip writes them when it installs, and an
    editable install writes them on first import). With the variable set, as in some
    sandboxes, every tqcheck process would recompile its own modules from source while
    proselint, installed by pip, has its caches: not a like-for-like comparison.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(cmd: list[str], **kw) -> dict:
    """Wall time, CPU time (user + system) and peak RSS of a command (GNU time when present)."""
    if os.path.exists(TIME):
        full = [TIME, "-v"] + cmd
    else:
        full = cmd
    t0 = time.perf_counter()
    proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=_child_env(), **kw)
    wall = time.perf_counter() - t0
    err = proc.stderr or ""

    def field(label: str) -> float | None:
        m = re.search(rf"{label}: ([\d.]+)", err)
        return float(m.group(1)) if m else None

    rss = field(r"Maximum resident set size \(kbytes\)")
    user, system = field(r"User time \(seconds\)"), field(r"System time \(seconds\)")
    return {"wall_s": round(wall, 3), "peak_rss_mb": None if rss is None else round(rss / 1024, 1),
            "cpu_s": None if user is None else round(user + (system or 0), 3),
            "exit": proc.returncode}


def best_of(cmd: list[str], n: int = 3) -> dict:
    """The fastest of ``n`` runs, after one unmeasured warm-up run (file cache, bytecode)."""
    timed(cmd)
    runs = [timed(cmd) for _ in range(n)]
    return min(runs, key=lambda r: r["wall_s"])


def interleaved(cmds: dict[str, list[str]], n: int = 5) -> dict[str, dict]:
    """The fastest of ``n`` runs of each command, run in rounds (a, b, c, a, b, c, ...)
    so that a slow moment of the machine does not fall on one command only."""
    for cmd in cmds.values():
        timed(cmd)                                   # warm-up
    runs: dict[str, list[dict]] = {k: [] for k in cmds}
    for _ in range(n):
        for k, cmd in cmds.items():
            runs[k].append(timed(cmd))
    return {k: min(v, key=lambda r: r["wall_s"]) for k, v in runs.items()}


def installed_tqcheck() -> Path:
    """This checkout installed by pip, as a user gets it (not editable, bytecode compiled),
    in its own venv under benchmarks/work/; reinstalled on every run so it is current."""
    venv = WORK / "venv-tqcheck"
    pip = venv / "bin" / "pip"
    if not pip.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # Dependencies as pyproject.toml asks today, then this checkout's code, always anew.
    subprocess.run([str(pip), "install", "-q", str(ROOT)], check=True, env=_child_env())
    subprocess.run([str(pip), "install", "-q", "--no-deps", "--force-reinstall", str(ROOT)],
                   check=True, env=_child_env())
    return venv / "bin" / "tqcheck"


def has_jobs_option(tq: str) -> bool:
    out = subprocess.run([tq, "check", "--help"], capture_output=True, text=True).stdout
    return "--jobs" in out


def proselint_cmd() -> list[str] | None:
    venv = WORK / "venv-proselint"
    exe = venv / "bin" / "proselint"
    if not exe.exists():
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "proselint"], check=True)
        except subprocess.CalledProcessError:
            return None
    help_text = subprocess.run([str(exe), "--help"], capture_output=True, text=True).stdout
    return [str(exe), "check"] if re.search(r"^\s+check\b", help_text, re.M) else [str(exe)]


def warm_latency(texts: list[str]) -> dict:
    from tqcheck.api import check_text
    from tqcheck.config import Config

    cfg = Config()
    check_text(texts[0], cfg)  # warm: imports, models, lexicons
    times = []
    for t in texts:
        t0 = time.perf_counter()
        check_text(t, cfg)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
            "words": check_text(texts[0], cfg).words}


def family_costs(texts: list[str]) -> dict:
    from tqcheck.api import check_text
    from tqcheck.config import Config
    from tqcheck.rules.registry import FAMILIES, all_rules

    present = sorted({r.family for r in all_rules()})
    out = {}
    for fam in present + ["all"]:
        cfg = Config() if fam == "all" else Config(select=(fam,))
        check_text(texts[0], cfg)  # warm this family's data
        t0 = time.perf_counter()
        for t in texts:
            check_text(t, cfg)
        out[fam] = round((time.perf_counter() - t0) * 1000 / len(texts), 2)
    # Tokenising and sentence splitting alone (no rule): the cost every family shares.
    from tqcheck.document import Document

    t0 = time.perf_counter()
    for t in texts:
        d = Document(t)
        d.tokens, d.sentences
    out["shared"] = round((time.perf_counter() - t0) * 1000 / len(texts), 2)
    return out


# -- main ------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 100x folder and the 100 MB file")
    ap.add_argument("--skip-proselint", action="store_true")
    ap.add_argument("--current-env", action="store_true",
                    help="measure the tqcheck of this environment instead of a fresh pip install")
    ap.add_argument("--rounds", type=int, default=5, help="runs of each 200-file command (fastest kept)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    args = ap.parse_args()

    WORK.mkdir(parents=True, exist_ok=True)
    # The command-line figures measure a pip-installed copy (what users and CI run); the
    # in-process figures (warm latency, families) use this interpreter's tqcheck.
    tq = str(BIN / "tqcheck") if args.current_env else str(installed_tqcheck())
    texts = article_texts(200)
    c200 = build_folder("c200", texts, 1)
    files200 = sorted(str(p) for p in c200.glob("*.txt"))
    res: dict = {"machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                             "platform": platform.platform()}}

    jobs = has_jobs_option(tq)
    base = [tq, "check", "--fail-on", "never", "--format", "json"]
    cmds = {"default": base + files200}
    if jobs:
        cmds["jobs1"] = base + ["--jobs", "1"] + files200
        cmds["jobs2"] = base + ["--jobs", "2"] + files200
    if not args.skip_proselint:
        cmd = proselint_cmd()
        if cmd:
            cmds["proselint"] = cmd + files200
    measured = interleaved(cmds, args.rounds)
    res["check_200"] = {k: v for k, v in measured.items() if k != "proselint"}
    if "proselint" in measured:
        res["proselint_200"] = measured["proselint"]
    python = str(Path(tq).parent / "python")
    res["import_s"] = best_of([python, "-c", "import tqcheck"], 5)["wall_s"]
    res["check_help_s"] = best_of([tq, "check", "--help"], 5)["wall_s"]
    res["help_s"] = best_of([tq, "--help"], 5)["wall_s"]
    res["warm"] = warm_latency(texts)
    res["family_ms_per_article"] = family_costs(texts)

    scale = {"1x": res["check_200"]["default"]["wall_s"]}
    c2000 = build_folder("c2000", texts, 10)
    scale["10x"] = timed(base + [str(c2000)])["wall_s"]
    if not args.quick:
        c20000 = build_folder("c20000", texts, 100)
        scale["100x"] = timed(base + [str(c20000)])["wall_s"]
        big = build_big_file(texts)
        res["big_100mb"] = timed(base + [str(big)])
    res["scaling_s"] = scale

    report(res)
    Path(args.json).write_text(json.dumps(res, indent=2) + "\n")
    print(f"\nJSON written to {args.json}")
    return 0


def report(res: dict) -> None:
    c = res["check_200"]

    def run_row(name: str, r: dict) -> tuple[str, str, str]:
        return (name, f"{r['wall_s']:.2f} s", f"{r['peak_rss_mb']} MB, CPU {r.get('cpu_s')} s")

    rows = [run_row("tqcheck check, 200 files", c["default"])]
    for k in ("jobs1", "jobs2"):
        if k in c:
            rows.append(run_row(f"tqcheck check --jobs {k[-1]}, 200 files", c[k]))
    if "proselint_200" in res:
        rows.append(run_row("proselint, 200 files", res["proselint_200"]))
    w = res["warm"]
    rows.append(("warm latency per article (median / p95)", f"{w['median_ms']} / {w['p95_ms']} ms", f"{w['words']} words"))
    for fam, ms in res["family_ms_per_article"].items():
        rows.append((f"family {fam} alone, per article", f"{ms} ms", ""))
    rows.append(("import tqcheck", f"{res['import_s']:.3f} s", ""))
    rows.append(("tqcheck --help / check --help", f"{res['help_s']:.3f} / {res['check_help_s']:.3f} s", ""))
    for k, v in res["scaling_s"].items():
        rows.append((f"scaling {k}", f"{v:.2f} s", ""))
    if "big_100mb" in res:
        b = res["big_100mb"]
        rows.append(run_row("one 100 MB file", b))
    width = max(len(r[0]) for r in rows)
    print(f"cores: {res['machine']['cores']}, python {res['machine']['python']}")
    for name, a, b in rows:
        print(f"{name:<{width}}  {a:>18}  {b}")

    print("\nbudget:")
    checks = []
    default = c.get("jobs2", c["default"])["wall_s"]
    if "proselint_200" in res:
        ratio = default / res["proselint_200"]["wall_s"]
        checks.append((f"wall / proselint = {ratio:.2f} (<= {BUDGET['ratio_to_proselint']})", ratio <= BUDGET["ratio_to_proselint"]))
    if "jobs2" in c:
        sp = c["jobs1"]["wall_s"] / c["jobs2"]["wall_s"]
        checks.append((f"--jobs 2 speed-up = {sp:.2f}x (>= {BUDGET['jobs2_speedup']})", sp >= BUDGET["jobs2_speedup"]))
    checks.append((f"warm median = {w['median_ms']} ms (<= {BUDGET['warm_median_ms']})", w["median_ms"] <= BUDGET["warm_median_ms"]))
    peak = max(v["peak_rss_mb"] or 0 for v in c.values())
    checks.append((f"peak RSS, 200 files = {peak} MB (<= {BUDGET['peak_rss_mb']})", peak <= BUDGET["peak_rss_mb"]))
    s = res["scaling_s"]
    ratio10 = s["10x"] / s["1x"]
    checks.append((f"10x input = {ratio10:.2f}x time (<= {BUDGET['scaling_10x']})", ratio10 <= BUDGET["scaling_10x"]))
    checks.append((f"tqcheck --help = {res['help_s']:.3f} s (< {BUDGET['help_s']})", res["help_s"] < BUDGET["help_s"]))
    if "big_100mb" in res:
        # "Without holding more than a few copies of it in memory": peak RSS under the
        # general 250 MB budget is less than 2.5 copies of the 100 MB file, models included.
        big = res["big_100mb"]["peak_rss_mb"] or 0
        checks.append((f"100 MB file peak RSS = {big} MB (<= {BUDGET['peak_rss_mb']})", big <= BUDGET["peak_rss_mb"]))
    for text, ok in checks:
        print(f"  [{'PASS' if ok else 'FAIL'}] {text}")


if __name__ == "__main__":
    sys.exit(main())
