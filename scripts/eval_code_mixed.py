"""Recall of TQ501 on corpora/eval/code-mixed.jsonl, and false alarms on the same
sentences in clean English.

A source-language span counts as found when a TQ5 finding overlaps it; it counts as
found with the right language when that finding's source_lang is the gold language.

Run: python scripts/eval_code_mixed.py [--show]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from tqcheck.api import check_text
from tqcheck.config import Config

DATA = Path(__file__).resolve().parent.parent / "corpora" / "eval" / "code-mixed.jsonl"


def main() -> None:
    show = "--show" in sys.argv
    cfg = Config(select=("TQ5",))
    recs = [json.loads(x) for x in DATA.read_text("utf-8").splitlines() if x.strip()]
    total, found, right_lang = Counter(), Counter(), Counter()
    by_words = Counter(), Counter()
    extra = 0
    for r in recs:
        fs = check_text(r["text"], cfg).findings
        for s, e in r["spans"]:
            lang = r["lang"]
            total[lang] += 1
            nw = len(r["source"].split())
            by_words[0][nw] += 1
            hit = [f for f in fs if f.start < e and s < f.end]
            if hit:
                found[lang] += 1
                by_words[1][nw] += 1
                if any(f.source_lang == lang for f in hit):
                    right_lang[lang] += 1
                elif show:
                    print("WRONG LANG", lang, [(f.text, f.source_lang) for f in hit], "|", r["text"])
            elif show:
                print("MISS", lang, repr(r["source"]), "|", r["text"])
        extra += sum(1 for f in fs if not any(f.start < e and s < f.end for s, e in r["spans"]))
    clean_fa = 0
    for text in sorted({r["english"] for r in recs}):
        fs = check_text(text, cfg).findings
        clean_fa += len(fs)
        if fs and show:
            print("FALSE ALARM", [(f.rule, f.text) for f in fs], "|", text)
    T, F, L = sum(total.values()), sum(found.values()), sum(right_lang.values())
    print(f"sentences: {len(recs)}; spans found: {F}/{T} = {F / T:.1%}; with the right language: {L}/{T} = {L / T:.1%}")
    for lang in sorted(total):
        print(f"  {lang}: found {found[lang]}/{total[lang]}, right language {right_lang[lang]}/{total[lang]}")
    for nw in sorted(by_words[0]):
        print(f"  {nw}-word spans: found {by_words[1][nw]}/{by_words[0][nw]}")
    print(f"findings outside the gold spans: {extra}; "
          f"findings on the {len({r['english'] for r in recs})} clean English originals: {clean_fa}")


if __name__ == "__main__":
    main()
