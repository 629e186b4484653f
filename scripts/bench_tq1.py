"""Warm cost of the TQ1xx family per seed article: python scripts/bench_tq1.py"""
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tqcheck.config import Config  # noqa: E402
from tqcheck.context import RuleContext  # noqa: E402
from tqcheck.document import Document  # noqa: E402
from tqcheck.rules.registry import select_rules  # noqa: E402

text = (ROOT / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
rules = select_rules(("TQ1",))
ctx = RuleContext(Config())


def once():
    doc = Document(text)
    doc.paragraphs  # shared with every family; not TQ1's cost
    t = time.perf_counter()
    for r in rules:
        list(r.check(doc, ctx))
    return time.perf_counter() - t


for _ in range(20):
    once()
times = sorted(once() for _ in range(500))
print(f"TQ1 warm per seed article: median {statistics.median(times) * 1000:.3f} ms, "
      f"best {times[0] * 1000:.3f} ms, p90 {times[int(len(times) * 0.9)] * 1000:.3f} ms")
