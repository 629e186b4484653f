#!/usr/bin/env python3
"""Instruction counts (valgrind's callgrind), the figures that stay put on a busy machine.

    python benchmarks/instructions.py                        # warm article, 40 distinct articles
    python benchmarks/instructions.py --articles 100
    python benchmarks/instructions.py --one-file [--proselint PATH]

- warm article: a fresh process checks 5 distinct articles (``benchmarks/distinct.py``'s
  corpus, another seed than its timed runs), then N more; the same process checking only
  the 5 is subtracted, so imports, loading and the first-use work drop out;
- one file: ``tqcheck check -q`` on one article of the corpus from the command line (and
  ``proselint check`` on the same file when ``--proselint`` is given).

Needs valgrind. Run it with the environment's Python (``.venv/bin/python``); the measured
package is byte-compiled first, as an installed one is (see distinct.py's docstring).
Instruction counts say nothing of cache misses, page faults or system calls: wall-clock
ratios come from distinct.py.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM = r"""
import sys
sys.path.insert(0, sys.argv[3])
import distinct
from tqcheck.api import check_text
articles = distinct.corpus(5 + int(sys.argv[1]), seed=77)
for t in articles[:5]:
    check_text(t)
for t in articles[5:5 + int(sys.argv[2])]:
    check_text(t)
"""


def callgrind(cmd: list[str]) -> int:
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "cg.out")
        # no check: a linter exits 1 when it finds something (proselint does on most articles)
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=d)
        text = Path(out).read_text()
    m = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--one-file", action="store_true")
    ap.add_argument("--proselint", default="")
    args = ap.parse_args()
    python = sys.executable
    package = os.path.dirname(subprocess.run([python, "-c", "import tqcheck; print(tqcheck.__file__)"],
                                             capture_output=True, text=True, check=True, cwd="/").stdout.strip())
    subprocess.run([python, "-m", "compileall", "-q", package], check=True, stdout=subprocess.DEVNULL)
    if not args.one_file:
        n, bench = args.articles, str(ROOT / "benchmarks")
        base = callgrind([python, "-c", WARM, str(n), "0", bench])
        full = callgrind([python, "-c", WARM, str(n), str(n), bench])
        print(f"warm article: {(full - base) / n / 1e6:.2f} M instructions ({n} distinct articles after 5; "
              f"the 5 alone {base / 1e9:.3f} G)")
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import distinct

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "article.txt"
        path.write_text(distinct.corpus(1)[0], "utf-8")
        tq = callgrind([str(Path(python).parent / "tqcheck"), "check", "-q", "--fail-on", "never", str(path)])
        line = f"one file: tqcheck {tq / 1e9:.3f} G instructions"
        if args.proselint:
            pl = callgrind([args.proselint, "check", str(path)])
            line += f", proselint {pl / 1e9:.3f} G (ratio {tq / pl:.2f})"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
