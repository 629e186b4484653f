"""Warm cost of the TQ2xx family on the seed article (and cold start with Babel).

Usage: python scripts/bench_numbers.py [file]
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from tqcheck.config import Config
from tqcheck.context import RuleContext
from tqcheck.document import Document
from tqcheck.rules.registry import select_rules

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds" / "efe-2022-02-04.txt"
    text = path.read_text("utf-8")
    rules, ctx = select_rules(("TQ2",)), RuleContext(Config())

    def run(doc):
        return [h for r in rules for h in r.check(doc, ctx)]

    t0 = time.perf_counter()
    run(Document(text))
    cold = time.perf_counter() - t0
    times = []
    for _ in range(500):
        doc = Document(text)
        t0 = time.perf_counter()
        run(doc)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"{path.name}: {Document(text).word_count} words, {len(rules)} TQ2 rules")
    print(f"cold first run (Babel import, CLDR data, pattern compile): {cold * 1e3:.1f} ms")
    print(f"warm per article: median {statistics.median(times) * 1e3:.3f} ms, "
          f"min {times[0] * 1e3:.3f} ms, p90 {times[int(0.9 * len(times))] * 1e3:.3f} ms")
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(200):
        run(Document(text))
    print(f"200 articles (family only, fresh Document each): {time.perf_counter() - t0:.3f} s wall, "
          f"{time.process_time() - c0:.3f} s CPU")


if __name__ == "__main__":
    main()
