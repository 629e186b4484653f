#!/usr/bin/env python3
"""Growth check for pathological inputs (issue 17): doubling the input must not quadruple
the time. For each case, times the work at n, 2n and 4n repetitions (best of 3) and prints
the ratio per doubling; a last ratio over 3.0 is reported as FAIL (quadratic growth shows ~4).

    python benchmarks/hostile_growth.py [--scale 1.0] [--only NAME]

Timed here, not in the test suite: the tests check behaviour, this script checks growth.
"""
from __future__ import annotations

import argparse
import time


def _cases():
    from tqcheck.api import check_text
    from tqcheck.config import Config
    from tqcheck.nlp.sentences import split_sentences
    from tqcheck.readers.html import read_html
    from tqcheck.readers.markdown import read_markdown

    def check(unit, select=()):
        return lambda n: check_text(unit * n, Config(select=select))

    def split(unit):
        return lambda n: split_sentences(unit * n, 0, len(unit) * n)

    return {
        # name: (function of n, base n)
        "punkt ' .'": (split(" ."), 20000),
        "punkt 'U.S. '": (split("U.S. "), 10000),
        "markdown '['": (lambda n: read_markdown("[" * n, "x.md"), 20000),
        "markdown '!['": (lambda n: read_markdown("![" * n, "x.md"), 20000),
        "markdown '[a]('": (lambda n: read_markdown("[a](" * n, "x.md"), 10000),
        "markdown '`a\\n'": (lambda n: read_markdown("`a\n" * n, "x.md"), 10000),
        "html '<!--'": (lambda n: read_html("<!--" * n, "x.html"), 10000),
        "check spaces": (check(" "), 10000),
        "check tabs": (check("a\t\t"), 5000),
        "check nbsp": (check("\u00a0"), 10000),
        "check 'citizens and '": (check("citizens and "), 2000),
        "check 'X they '": (check("Xi they "), 2000),
        "check dot leaders": (check("Chapter one ....... 5\n"), 2000),
        "check 'the ' (findings cap)": (check("the "), 20000),
        "check quotes (TQ3 stream)": (check('"a ', ("TQ301",)), 20000),
        "check '(' then ')' (TQ610)": (lambda n: check_text("a(" * n + ")", Config(select=("TQ610",))), 20000),
        "chunk one line": (lambda n: _chunks("word " * n), 400000),
        "chunk CR only": (lambda n: _chunks("A line.\r" * n), 250000),
    }


def _chunks(text):
    from tqcheck.run import single

    return single._chunk_spans(text)


def _best(fn, n, rounds=3):
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        fn(n)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size")
    ap.add_argument("--only", help="run only cases whose name contains this")
    args = ap.parse_args()
    failed = 0
    print(f"{'case':28s} {'n':>8s} {'t(n)':>8s} {'t(2n)':>8s} {'t(4n)':>8s}  growth per doubling")
    for name, (fn, base) in _cases().items():
        if args.only and args.only not in name:
            continue
        n = max(1, int(base * args.scale))
        fn(max(1, n // 10))   # warm up lazy loading
        times = [_best(fn, n * k) for k in (1, 2, 4)]
        ratios = [b / a if a > 1e-4 else 1.0 for a, b in zip(times, times[1:])]
        # Judged on the last doubling, where fixed costs and warm-up no longer blur the shape.
        verdict = "ok" if ratios[-1] <= 3.0 else "FAIL"
        failed += verdict == "FAIL"
        print(f"{name:28s} {n:8d} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f}  "
              f"{' '.join(f'{r:.2f}' for r in ratios)}  {verdict}")
    print(f"{failed} case(s) grow faster than linear" if failed else "all cases grow linearly")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
