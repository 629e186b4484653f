"""Measure the TQ2xx family on the WMT 2023 zh-en MQM annotations.

- recall: of the error rows in `Locale convention/*` (per subcategory), how many are
  overlapped by a TQ2xx finding;
- false alarms: how many TQ2xx findings fire on segments that every rater marked
  `No-error`, and on how many such segments.

Usage: python scripts/eval_numbers_mqm.py [--show N] [path/to/mqm.tsv.gz]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mqm import load_segments  # noqa: E402

from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?")
    ap.add_argument("--show", type=int, default=10, help="examples to print per list")
    args = ap.parse_args(argv)

    segs = load_segments(args.path)
    config = Config(select=("TQ2",))
    rows, found = Counter(), Counter()
    fired_on_error_segs = Counter()
    clean_segs = clean_hit_segs = clean_findings = 0
    missed, hits_clean, hits_rows = [], [], []
    by_rule_clean, by_rule_all = Counter(), Counter()
    cache: dict[str, list] = {}
    t0 = time.perf_counter()
    for seg in segs:
        findings = cache.get(seg.target)
        if findings is None:
            findings = cache[seg.target] = check_text(seg.target, config).findings
        for f in findings:
            by_rule_all[f.rule] += 1
        if seg.clean:
            clean_segs += 1
            if findings:
                clean_hit_segs += 1
                clean_findings += len(findings)
                for f in findings:
                    by_rule_clean[f.rule] += 1
                    hits_clean.append((f.rule, f.text, seg.target))
        for cat, sev, s, e, _rater in seg.errors:
            if not cat.startswith("Locale convention/"):
                continue
            rows[cat] += 1
            hit = [f for f in findings if f.start < max(e, s + 1) and s < f.end]
            if hit:
                found[cat] += 1
                hits_rows.append((cat, seg.target[s:e], hit[0].rule, hit[0].text))
            else:
                missed.append((cat, seg.target[s:e], seg.target[max(0, s - 40):e + 40]))
    elapsed = time.perf_counter() - t0

    print(f"{len(segs)} segments ({len(cache)} distinct targets) checked with TQ2 in {elapsed:.2f} s")
    total_rows, total_found = sum(rows.values()), sum(found.values())
    print("\nRecall on Locale convention/* rows (a TQ2 finding overlaps the annotated span):")
    for cat in sorted(rows):
        print(f"  {cat:40s} {found[cat]:4d} / {rows[cat]:4d}  ({found[cat] / rows[cat]:.1%})")
    print(f"  {'all':40s} {total_found:4d} / {total_rows:4d}  ({total_found / max(1, total_rows):.1%})")
    print(f"\nFalse alarms on clean (all raters No-error) segments: {clean_findings} findings on "
          f"{clean_hit_segs} of {clean_segs} segments ({clean_hit_segs / max(1, clean_segs):.1%})")
    print(f"  by rule on clean segments: {dict(sorted(by_rule_clean.items()))}")
    print(f"  all TQ2 findings on all segments, by rule: {dict(sorted(by_rule_all.items()))}")
    if hits_rows:
        print("\nFound rows:")
        for cat, span, code, text in hits_rows[:args.show]:
            print(f"  {cat}: {span!r} <- {code} {text!r}")
    if hits_clean:
        print("\nFindings on clean segments:")
        for code, text, target in hits_clean[:args.show]:
            print(f"  {code} {text!r}: {target[:120]!r}")
    print("\nSome missed rows:")
    seen = set()
    for cat, span, ctx in missed:
        if (cat, span) in seen:
            continue
        seen.add((cat, span))
        if len(seen) > args.show:
            break
        print(f"  {cat}: {span!r} in {ctx!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
