"""``tqcheck eval`` on a bilingual dev set (``*.bitext.jsonl``): one source/target pair a
line, ``{"id", "lang", "source", "target", "errors": [{"rule": "TQ701", "span": "15 billion"}]}``
(the span is the first occurrence of that text in the target). Each TQ7xx rule's
precision (its findings that overlap an annotated span of the same rule) and recall (the
annotated spans it finds)."""
from __future__ import annotations

import json
import os

from ..bitext.read import Bitext
from ..bitext.run import check_bitext
from ..config import Config
from ..rules.registry import all_rules

SUFFIX = ".bitext.jsonl"


def split(paths: list[str]) -> tuple[list[str], list[str]]:
    """(bilingual dev sets, the other paths); a folder holding dev sets counts as its dev sets."""
    bi, rest = [], []
    for p in paths:
        if p.endswith(SUFFIX):
            bi.append(p)
        elif os.path.isdir(p) and any(f.endswith(SUFFIX) for f in os.listdir(p)):
            bi += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(SUFFIX))
        else:
            rest.append(p)
    return bi, rest


def load(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    raise ValueError(f"{path}:{n}: {exc}") from None
    return rows


def evaluate(paths: list[str], config: Config | None = None) -> dict:
    codes = [r.code for r in all_rules() if r.bilingual]
    config = (config or Config()).replace(select=tuple(codes))
    stats = {c: {"tp_found": 0, "found": 0, "tp_gold": 0, "gold": 0} for c in codes}
    misses, false = [], []
    for path in paths:
        for row in load(path):
            bt = Bitext(row["id"], row["id"], row["source"], row["target"], source_lang=row.get("lang"))
            res = check_bitext(bt, config, row.get("lang"))
            gold = []
            for e in row.get("errors", []):
                s = row["target"].find(e["span"])
                if s < 0:
                    raise ValueError(f"{path}: {row['id']}: span {e['span']!r} not in the target")
                gold.append((e["rule"], s, s + len(e["span"])))
            found = [(f.rule, f.start, f.end, f.text) for f in res.findings if f.rule in stats]
            for rule, a, b, t in found:
                stats[rule]["found"] += 1
                if any(g[0] == rule and a < g[2] and g[1] < b for g in gold):
                    stats[rule]["tp_found"] += 1
                else:
                    false.append(f"{row['id']} {rule} {t!r}")
            for rule, a, b in gold:
                stats.setdefault(rule, {"tp_found": 0, "found": 0, "tp_gold": 0, "gold": 0})
                stats[rule]["gold"] += 1
                if any(f[0] == rule and f[1] < b and a < f[2] for f in found):
                    stats[rule]["tp_gold"] += 1
                else:
                    misses.append(f"{row['id']} {rule} {row['target'][a:b]!r}")
    out = {}
    for c, s in stats.items():
        out[c] = {"precision": round(s["tp_found"] / s["found"], 3) if s["found"] else None,
                  "recall": round(s["tp_gold"] / s["gold"], 3) if s["gold"] else None,
                  "findings": s["found"], "annotated": s["gold"]}
    return {"rules": out, "misses": misses, "false_alarms": false}


def render(res: dict, as_json: bool = False) -> str:
    if as_json:
        return json.dumps({"bitext": res}, ensure_ascii=False, indent=2) + "\n"
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"   # noqa: E731
    lines = ["Bilingual dev set (TQ7xx):", f"  {'rule':<7}{'precision':>10}{'recall':>8}{'found':>7}{'gold':>6}"]
    for c, s in res["rules"].items():
        lines.append(f"  {c:<7}{fmt(s['precision']):>10}{fmt(s['recall']):>8}{s['findings']:>7}{s['annotated']:>6}")
    for m in res["misses"]:
        lines.append(f"  MISS {m}")
    for f in res["false_alarms"]:
        lines.append(f"  FALSE {f}")
    return "\n".join(lines) + "\n"


def run_on_devsets(paths: list[str], config: Config, output_format: str, fail) -> list[str]:
    """``tqcheck eval``'s hook: evaluate and print the bilingual dev sets among ``paths``;
    returns the other paths (``fail`` reports a bad dev set as a usage error)."""
    import sys

    bi_paths, rest = split(paths)
    if bi_paths:
        try:
            sys.stdout.write(render(evaluate(bi_paths, config), output_format == "json"))
        except (ValueError, KeyError) as exc:
            fail(str(exc))
    return rest
