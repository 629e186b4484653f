"""Speed and memory cost of the TQ5 family on 200 copies of the seed article.

Prints: cold first-article time (includes loading the word lists), warm per-article
time of TQ5 alone, and the same for all rules vs all rules but TQ5 (the family's
marginal cost), plus peak RSS of the process.

Run: python scripts/bench_untranslated.py
"""
from __future__ import annotations

import resource
import time
from pathlib import Path

from tqcheck.config import Config
from tqcheck.document import Document
from tqcheck.engine import check_document
from tqcheck.rules.registry import select_rules

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
N = 200


def run(rules, cfg, n=N):
    t0 = time.perf_counter()
    for i in range(n):
        # A fresh Document per copy (views are cached per document), text varied so no
        # cache outside the document can help.
        check_document(Document(SEED + f"\n\nCopy {i}."), cfg, rules=rules)
    return time.perf_counter() - t0


def main() -> None:
    cfg = Config()
    tq5 = select_rules(["TQ5"])
    rest = select_rules([], ["TQ5"])
    every = select_rules()
    t0 = time.perf_counter()
    check_document(Document(SEED), cfg, rules=tq5)
    cold = time.perf_counter() - t0
    run(every, cfg, 3)  # warm everything
    t_tq5 = run(tq5, cfg)
    t_all = run(every, cfg)
    t_rest = run(rest, cfg)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"TQ5 first article (loads lists): {cold * 1000:.1f} ms")
    print(f"TQ5 alone, {N} copies: {t_tq5:.3f} s ({t_tq5 / N * 1000:.2f} ms/article, incl. tokens/sentences)")
    print(f"all rules: {t_all:.3f} s; all but TQ5: {t_rest:.3f} s; TQ5 marginal: "
          f"{(t_all - t_rest) / N * 1000:.2f} ms/article")
    print(f"peak RSS: {rss:.1f} MB")


if __name__ == "__main__":
    main()
