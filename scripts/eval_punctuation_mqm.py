"""Precision/recall of the TQ1xx rules on the WMT23 zh-en MQM annotations.

Usage: python scripts/eval_punctuation_mqm.py [--show N] [--rules TQ1]

* A finding is a true positive when it overlaps a `Fluency/Punctuation` span of its
  segment (any rater); "lenient" precision also counts overlap with an error span of
  any category.
* Recall: share of the distinct `Fluency/Punctuation` spans (system, doc, segment,
  start, end) that some finding overlaps (an empty span counts when a finding touches it).
* False alarms: on segments that every rater marked No-error, findings per segment
  and the share of segments with at least one finding.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mqm import load_segments  # noqa: E402

from tqcheck.config import Config  # noqa: E402
from tqcheck.document import Document  # noqa: E402
from tqcheck.engine import check_document  # noqa: E402
from tqcheck.rules.registry import select_rules  # noqa: E402

PUNCT = "Fluency/Punctuation"


def touches(fs, fe, s, e):
    if s == e:
        return fs <= s <= fe
    return fs < e and s < fe


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", default="TQ1")
    ap.add_argument("--show", type=int, default=0, help="print N false positives per rule")
    args = ap.parse_args(argv)
    config = Config(select=(args.rules,))
    rules = select_rules(config.select)
    segs = load_segments()
    tp = fp = lenient_tp = 0
    per_rule = Counter()
    per_rule_tp = Counter()
    gold_spans = 0
    gold_found = 0
    clean_segs = clean_findings = clean_with_any = 0
    examples: dict[str, list[str]] = {}
    for seg in segs:
        findings = check_document(Document(seg.target), config, rules=rules).findings
        spans = {(s, e) for cat, _sev, s, e, _r in seg.errors if cat == PUNCT}
        any_spans = {(s, e) for _c, _sev, s, e, _r in seg.errors}
        gold_spans += len(spans)
        gold_found += sum(1 for s, e in spans if any(touches(f.start, f.end, s, e) for f in findings))
        for f in findings:
            per_rule[f.rule] += 1
            hit = any(touches(f.start, f.end, s, e) for s, e in spans)
            if hit:
                tp += 1
                per_rule_tp[f.rule] += 1
            else:
                fp += 1
                ex = examples.setdefault(f.rule, [])
                if len(ex) < args.show:
                    t = seg.target
                    ex.append(f"{t[max(0, f.start - 40):f.start]}[[{t[f.start:f.end]}]]{t[f.end:f.end + 40]}"
                              f"   clean={seg.clean}")
            if hit or any(touches(f.start, f.end, s, e) for s, e in any_spans):
                lenient_tp += 1
        if seg.clean:
            clean_segs += 1
            clean_findings += len(findings)
            clean_with_any += bool(findings)
    n = tp + fp
    print(f"segments: {len(segs)}  (clean: {clean_segs})")
    print(f"TQ1 findings: {n}")
    print(f"precision (overlaps a {PUNCT} span): {tp}/{n} = {tp / n:.3f}" if n else "precision: n/a (no findings)")
    if n:
        print(f"lenient precision (overlaps any error span): {lenient_tp}/{n} = {lenient_tp / n:.3f}")
    print(f"recall ({PUNCT} spans overlapped): {gold_found}/{gold_spans} = {gold_found / gold_spans:.3f}")
    print(f"clean segments: {clean_findings} findings on {clean_segs} segments = "
          f"{clean_findings / clean_segs:.4f} per segment; {clean_with_any} segments with a finding "
          f"({clean_with_any / clean_segs:.3%})")
    print("per rule (findings, overlapping a punctuation span):")
    for code in sorted(per_rule):
        print(f"  {code}: {per_rule[code]} ({per_rule_tp[code]})")
    for code, ex in sorted(examples.items()):
        print(f"-- {code} not on a punctuation span:")
        for line in ex:
            print("   ", line)


if __name__ == "__main__":
    main()
