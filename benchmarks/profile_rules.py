#!/usr/bin/env python3
"""Per-article CPU time by rule and by shared stage, over the distinct corpus (issue 20).

    python benchmarks/profile_rules.py [--articles 200] [--rounds 3] [--top 30] [--slowest K] [--cprofile N]

The corpus is ``benchmarks/distinct.py``'s: distinct ~500-word articles (with
../shared/realdev paragraphs when present, read at run time). Each article is checked
with ``api.check_text`` and the default config after a warm-up on other articles, so
loading data is not counted; times are CPU time (``time.process_time``), so another
process on the machine changes them little.

Every rule's ``check`` and every shared stage is timed *exclusively* (a stage's time
is not counted again in the rule or stage that first asked for it):

- ``split sentences`` (Punkt), ``tokenize``, ``tagger`` (``nlp.tagger.tag_tokens``),
  ``lexicon scan`` (``Matcher.scan_document``);
- ``view <key>``: every other view a rule family builds once per document through
  ``Document.view`` (trigger index, quote marks, TQ1 scan, ...);
- ``engine + api``: the rest of ``check_text`` (reading the config, findings, sorting,
  the language estimate, scoring).

The table lists each row's mean CPU per article (the median over ``--rounds`` rounds),
its share of the total and its maximum on one article. ``--cprofile N`` instead prints
cProfile's N costliest functions (own time) over one round.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from distinct import corpus  # noqa: E402


class Clock:
    """Exclusive CPU time per named stage (a stack: a nested stage's time goes to it
    alone, not to its caller)."""

    def __init__(self):
        self.stack: list[list] = []       # [name, start, time spent in nested stages]
        self.article: dict[str, float] = defaultdict(float)

    def enter(self, name: str) -> None:
        self.stack.append([name, time.process_time(), 0.0])

    def leave(self) -> None:
        name, start, nested = self.stack.pop()
        spent = time.process_time() - start
        self.article[name] += spent - nested
        if self.stack:
            self.stack[-1][2] += spent

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            self.enter(name)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()
        return timed


def _view_name(key: str) -> str:
    """A view's key without its per-config detail (``tq3:scan:('...',)`` -> ``tq3:scan``)."""
    parts = key.split(":")
    return ":".join(p for p in parts[:2] if not p.startswith("(")) or key


def instrument(clock: Clock) -> None:
    from tqcheck import document, engine
    from tqcheck.lexicon import matcher
    from tqcheck.nlp import tagger

    document.split_sentences = clock.wrap("split sentences", document.split_sentences)
    document.tokenize = clock.wrap("tokenize", document.tokenize)
    tagger.tag_tokens = clock.wrap("tagger", tagger.tag_tokens)
    for cls in vars(matcher).values():
        if isinstance(cls, type) and "scan_document" in vars(cls):
            cls.scan_document = clock.wrap("lexicon scan", cls.scan_document)

    plain_view = document.Document.view

    def view(doc, key, factory):
        if key in doc._views:
            return doc._views[key]
        return plain_view(doc, key, clock.wrap(f"view {_view_name(key)}", factory))

    document.Document.view = view

    def rule_check(code, check):
        def timed(doc, ctx, *rest):
            clock.enter(code)
            try:
                hits = list(check(doc, ctx, *rest))
            finally:
                clock.leave()
            return iter(hits)
        return timed

    import dataclasses

    from tqcheck.rules import registry

    rules = registry.all_rules()
    wrapped = {r.code: dataclasses.replace(r, check=rule_check(r.code, r.check)) for r in rules}
    plain_select = engine.select_rules

    def select(select_codes, ignore):
        return [wrapped.get(r.code, r) for r in plain_select(select_codes, ignore)]

    engine.select_rules = select


def measure(texts: list[str], rounds: int, warm: list[str], slow: int = 0) -> tuple[dict, dict, list[float], list]:
    from tqcheck.api import check_text
    from tqcheck.config import Config

    clock = Clock()
    instrument(clock)
    cfg = Config()
    for t in warm:
        check_text(t, cfg)
    means: dict[str, list[float]] = defaultdict(list)
    maxima: dict[str, float] = defaultdict(float)
    totals: list[float] = []
    slowest: list[tuple[float, int, dict]] = []    # (CPU, round, stages) of the slowest articles
    for rnd in range(rounds):
        sums: dict[str, float] = defaultdict(float)
        total = 0.0
        for t in texts:
            clock.article = defaultdict(float)
            clock.enter("engine + api")
            check_text(t, cfg)
            clock.leave()
            art = sum(clock.article.values())
            total += art
            slowest.append((art, rnd, dict(clock.article)))
            slowest = sorted(slowest, key=lambda x: -x[0])[:slow]
            for k, v in clock.article.items():
                sums[k] += v
                maxima[k] = max(maxima[k], v)
        totals.append(total / len(texts))
        for k, v in sums.items():
            means[k].append(v / len(texts))
    return {k: statistics.median(v) for k, v in means.items()}, maxima, totals, slowest


def run_cprofile(texts: list[str], warm: list[str], top: int) -> None:
    import cProfile
    import pstats

    from tqcheck.api import check_text
    from tqcheck.config import Config

    cfg = Config()
    for t in warm:
        check_text(t, cfg)
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for t in texts:
        check_text(t, cfg)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--top", type=int, default=30, help="rows of the table (0: all)")
    ap.add_argument("--cprofile", type=int, metavar="N", default=0,
                    help="print cProfile's N costliest functions instead of the table")
    ap.add_argument("--slowest", type=int, metavar="K", default=0,
                    help="also print the K slowest articles' three costliest stages")
    args = ap.parse_args()
    texts = corpus(args.articles + 5)
    warm, texts = texts[:5], texts[5:]
    if args.cprofile:
        run_cprofile(texts, warm, args.cprofile)
        return 0
    means, maxima, totals, slowest = measure(texts, args.rounds, warm, args.slowest)
    total = statistics.median(totals)
    rows = sorted(means.items(), key=lambda kv: -kv[1])
    shown = rows if args.top == 0 else rows[:args.top]
    print(f"{len(texts)} distinct articles, {args.rounds} rounds; CPU per article: "
          f"mean {total * 1000:.2f} ms (rounds: {', '.join(f'{t * 1000:.2f}' for t in totals)})")
    print(f"{'stage / rule':<28} {'mean ms':>8} {'share':>7} {'max ms':>8}")
    for name, v in shown:
        print(f"{name:<28} {v * 1000:8.3f} {v / total * 100:6.1f}% {maxima[name] * 1000:8.2f}")
    if len(shown) < len(rows):
        rest = sum(v for _, v in rows[len(shown):])
        print(f"{f'({len(rows) - len(shown)} more)':<28} {rest * 1000:8.3f} {rest / total * 100:6.1f}%")
    for art, rnd, stages in slowest:
        top = sorted(stages.items(), key=lambda kv: -kv[1])[:3]
        print(f"slow article: {art * 1000:.2f} ms (round {rnd + 1}): "
              + ", ".join(f"{k} {v * 1000:.2f}" for k, v in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
