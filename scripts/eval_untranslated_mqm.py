"""Measure TQ5xx on the WMT23 zh-en expert MQM annotations.

* recall: share of `Accuracy/Source language fragment` (and `Non-translation!`) error
  spans that a TQ5 finding overlaps;
* false alarms: TQ5 findings on segments that every rater marked No-error.

Run: python scripts/eval_untranslated_mqm.py [--show N]
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mqm import load_segments  # noqa: E402

from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402

TARGET = ("Accuracy/Source language fragment", "Non-translation!")


def main() -> None:
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    segs = load_segments()
    cfg = Config(select=("TQ5",))
    t0 = time.perf_counter()
    # Each distinct target text is checked once.
    cache: dict[str, list] = {}

    def findings(text):
        if text not in cache:
            cache[text] = check_text(text, cfg).findings
        return cache[text]

    gold = Counter()
    found = Counter()
    by_rule = Counter()
    missed = []
    clean_segs = clean_hit_segs = clean_findings = 0
    fa_examples = []
    for seg in segs:
        if seg.clean:
            clean_segs += 1
            fs = findings(seg.target)
            if fs:
                clean_hit_segs += 1
                clean_findings += len(fs)
                fa_examples.append((seg.target, [(f.rule, f.text) for f in fs]))
            continue
        spans = {(c, s, e) for c, sev, s, e, *_ in seg.errors if c in TARGET and e > s}
        if not spans:
            continue
        fs = findings(seg.target)
        for c, s, e in spans:
            gold[c] += 1
            hit = [f for f in fs if f.start < e and s < f.end]
            if hit:
                found[c] += 1
                by_rule[hit[0].rule] += 1
            else:
                missed.append((c, seg.target[s:e]))
    secs = time.perf_counter() - t0
    print(f"segments: {len(segs)}, distinct targets checked: {len(cache)}, {secs:.1f} s")
    for c in TARGET:
        r = found[c] / gold[c] if gold[c] else 0.0
        print(f"recall {c}: {found[c]}/{gold[c]} = {r:.1%}")
    tot_g, tot_f = sum(gold.values()), sum(found.values())
    print(f"recall (both): {tot_f}/{tot_g} = {tot_f / max(tot_g, 1):.1%}; by rule: {dict(by_rule)}")
    missed_kinds = Counter(
        "non-Latin" if any(ord(ch) > 0x2FF and ch.isalpha() for ch in t) else "Latin-script" for _, t in missed)
    print(f"missed spans by script: {dict(missed_kinds)} (the Latin-script ones are pinyin names,"
          " digits and hallucinated English: no untranslated Chinese left in them)")
    nl_gold = sum(1 for seg in segs for c, sev, s, e, *_ in seg.errors
                  if c in TARGET and any(ord(ch) > 0x2FF and ch.isalpha() for ch in seg.target[s:e]))
    print(f"recall on spans with non-Latin script: {nl_gold - missed_kinds['non-Latin']}/{nl_gold}")
    # Precision proxy over every distinct target: findings not overlapping any rated error.
    texts = {}
    for seg in segs:
        texts.setdefault(seg.target, []).extend((s, e) for c, sev, s, e, *_ in seg.errors if e > s)
    total = unexplained = 0
    for text, spans in texts.items():
        for f in findings(text):
            total += 1
            if not any(f.start < e and s < f.end for s, e in spans):
                unexplained += 1
                if show:
                    print("  UNEXPLAINED", f.rule, repr(f.text), "|", text[max(0, f.start - 50):f.end + 50])
    print(f"all {len(texts)} distinct targets: {total} TQ5 findings, {unexplained} on no rated error span")
    print(f"clean segments: {clean_segs}; with a TQ5 finding: {clean_hit_segs} "
          f"({clean_hit_segs / max(clean_segs, 1):.2%}); findings: {clean_findings}")
    for target, fs in fa_examples[:show]:
        print("  FA", fs, "|", target[:160])
    for c, t in missed[:show]:
        print("  MISS", c, "|", t[:80])


if __name__ == "__main__":
    main()
