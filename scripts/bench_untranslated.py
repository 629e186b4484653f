"""Speed and memory cost of the TQ5 family on 200 copies of the seed article.

* TQ5 rule time alone: 200 fresh Documents whose sentences/tokens are already built
  (those are shared with every family), best of 5 runs;
* first-article cost (loading the word lists; langdetect profiles on a dirty copy);
* the same on a "dirty" copy of the seed with untranslated text appended;
* RSS before and after the family's data is loaded, and the peak.

Run: python scripts/bench_untranslated.py
"""
from __future__ import annotations

import resource
import time
from pathlib import Path

from tqcheck.config import Config
from tqcheck.context import RuleContext
from tqcheck.document import Document
from tqcheck.rules.registry import select_rules

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
DIRTY = SEED + ("\n\nLea también: the budget\n\nIf the bank sube the rates, vecinos y vecinas "
                "protest. El gobierno aprobó el presupuesto para el próximo año. Officials in 北京 "
                "agreed. Sánchezsaid it was 2023in Madrid.")
N = 200


def rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def docs(text: str) -> list[Document]:
    out = [Document(text + f"\n\nCopy {i}.") for i in range(N)]
    for d in out:
        d.sentence_tokens()
    return out


def timed(rules, ctx, batch) -> float:
    t0 = time.perf_counter()
    for d in batch:
        for r in rules:
            for _ in r.check(d, ctx):
                pass
    return time.perf_counter() - t0


def main() -> None:
    tq5 = select_rules(["TQ5"])
    ctx = RuleContext(Config())
    first = [Document(SEED)]
    first[0].sentence_tokens()  # loads the shared tokenizer/Punkt first
    base = rss()
    t_first = timed(tq5, ctx, first)
    after_seed = rss()
    t_first_dirty = timed(tq5, ctx, [Document(DIRTY)])
    after_dirty = rss()
    best = min(timed(tq5, ctx, docs(SEED)) for _ in range(5))
    best_dirty = min(timed(tq5, ctx, docs(DIRTY)) for _ in range(5))
    n_dirty = sum(len(list(r.check(Document(DIRTY), ctx))) for r in tq5)
    print(f"seed, first article (loads the English list): {t_first * 1000:.1f} ms")
    print(f"seed, TQ5 rules on {N} copies: {best:.3f} s = {best / N * 1000:.2f} ms/article (best of 5)")
    print(f"dirty seed ({n_dirty} TQ5 findings), first (loads source lists + langdetect): "
          f"{t_first_dirty * 1000:.1f} ms; {N} copies: {best_dirty:.3f} s = {best_dirty / N * 1000:.2f} ms/article")
    print(f"load average: {open('/proc/loadavg').read().split()[0]}")
    print(f"RSS: {base:.1f} MB before TQ5 (tokenizer loaded), {after_seed:.1f} MB after the seed, "
          f"{after_dirty:.1f} MB with all TQ5 data and langdetect loaded; peak {rss():.1f} MB")


if __name__ == "__main__":
    main()
