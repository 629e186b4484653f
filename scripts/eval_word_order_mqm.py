"""Measure the TQ4xx family on the WMT 2023 zh-en MQM data and its cost on the seed.

    python scripts/eval_word_order_mqm.py            # false alarms + all hits + timing
    python scripts/eval_word_order_mqm.py --hits     # also print every hit with context

False alarms: findings on segments that every rater marked No-error (`clean`). All
segments are also checked and each hit is printed with its MQM annotation overlap, so
that precision can be judged by reading them. The script also times the family on 200
copies of the seed (warm, one process) and reports how many sentences were tagged.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from mqm import load_segments  # noqa: E402

from tqcheck.config import Config  # noqa: E402
from tqcheck.document import Document  # noqa: E402
from tqcheck.engine import check_document  # noqa: E402
from tqcheck.nlp.tagger import pos_view  # noqa: E402
from tqcheck.rules.registry import select_rules  # noqa: E402

CFG = Config(select=("TQ4",))


def run(text):
    doc = Document(text)
    res = check_document(doc, CFG, rules=RULES)
    return doc, res.findings


RULES = select_rules(("TQ4",))


def main(show_hits: bool) -> None:
    segs = load_segments()
    # Same target text from different systems is checked once.
    clean_texts = sorted({s.target for s in segs if s.clean})
    all_texts = sorted({s.target for s in segs})
    errors_by_text: dict[str, list] = {}
    for s in segs:
        errors_by_text.setdefault(s.target, []).extend(s.errors)
    codes = [r.code for r in RULES]

    fa = Counter()
    tagged = sents = 0
    t0 = time.perf_counter()
    clean_hits = []
    for t in clean_texts:
        doc, fs = run(t)
        for f in fs:
            fa[f.rule] += 1
            clean_hits.append((f, t))
        if "pos" in doc._views:
            tagged += pos_view(doc).tagged_count
        sents += len(doc.sentences)
    dt = time.perf_counter() - t0
    words = sum(len(t.split()) for t in clean_texts)
    print(f"clean (all raters No-error) distinct segments: {len(clean_texts)}, ~{words} words, "
          f"{sents} sentences, {tagged} tagged ({100 * tagged / max(sents, 1):.1f}%), {dt:.2f} s")
    for c in codes:
        print(f"  {c}: {fa[c]} false alarms")
    for f, t in clean_hits:
        print(f"    FA {f.rule} {f.text!r} :: {t[max(0, f.start - 60):f.end + 60]!r}")

    hits = Counter()
    overl = Counter()
    all_hits = []
    for t in all_texts:
        doc, fs = run(t)
        for f in fs:
            hits[f.rule] += 1
            ann = [e for e in errors_by_text.get(t, []) if e[2] < f.end and f.start < e[3]]
            if ann:
                overl[f.rule] += 1
            all_hits.append((f, t, ann))
    print(f"all distinct segments: {len(all_texts)}")
    for c in codes:
        print(f"  {c}: {hits[c]} hits, {overl[c]} overlap an MQM error span")
    if show_hits:
        for f, t, ann in all_hits:
            cats = sorted({a[0] for a in ann})
            print(f"    {f.rule} {f.text!r} {cats} :: {t[max(0, f.start - 70):f.end + 70]!r}")

    seed = (ROOT / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
    run(seed)  # warm: model loaded, nltk imported
    t0 = time.perf_counter()
    n_tag = 0
    for _ in range(200):
        doc, fs = run(seed)
        n_tag += pos_view(doc).tagged_count if "pos" in doc._views else 0
    dt = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(200):
        d = Document(seed)
        d.sentence_tokens()
    base = time.perf_counter() - t0
    print(f"seed x200 (TQ4 only, warm, incl. sentence/token views): {dt:.3f} s = {1000 * dt / 200:.2f} ms/article; "
          f"views alone {1000 * base / 200:.2f} ms/article -> family {1000 * (dt - base) / 200:.2f} ms/article; "
          f"{n_tag / 200:.0f} of {len(doc.sentences)} sentences tagged per article")


if __name__ == "__main__":
    main("--hits" in sys.argv)
