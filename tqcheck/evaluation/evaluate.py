"""Detection quality against annotated gold: precision, recall and F1 per category.

A gold file ``X.gold.jsonl`` holds one JSON object per line (``start``, ``end``, ``span``,
``category``, ``tier``, ``fix``, ``why``) with code-point offsets into the text file
``X.txt`` beside it. A plain ``.txt`` with no gold file beside it is a clean text: every
finding on it is a false alarm.

Matching: a finding matches a gold span when their character ranges overlap and their
categories are equal. A gold span is *found* when at least one finding matches it; a
finding is a *true positive* when it matches a gold span of the tiers scored, *ignored*
when it only matches spans of other tiers, and a *false alarm* otherwise.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

TIERS = ("core", "stretch", "all")


class GoldError(Exception):
    pass


@dataclass
class GoldSpan:
    start: int
    end: int
    span: str
    category: str
    tier: str
    fix: str = ""
    why: str = ""
    id: object = None


@dataclass
class GoldFile:
    path: str          # the gold file
    text_path: str     # the text it annotates
    text: str
    spans: list[GoldSpan]


def text_path_for(gold_path: str) -> str:
    p = str(gold_path)
    if p.endswith(".gold.jsonl"):
        return p[: -len(".gold.jsonl")] + ".txt"
    raise GoldError(f"{p}: gold files are named X.gold.jsonl (beside X.txt)")


def load_gold(path: str) -> GoldFile:
    """A gold file and its text, or a clean text (``.txt`` without gold) with no spans."""
    path = str(path)
    if path.endswith(".txt"):
        gold = path[: -len(".txt")] + ".gold.jsonl"
        if Path(gold).exists():
            path = gold
        else:
            return GoldFile(path, path, _read(path), [])
    text_path = text_path_for(path)
    text = _read(text_path)
    spans = []
    for n, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            json.dumps(d, ensure_ascii=False).encode("utf-8")     # a lone surrogate raises here
            g = GoldSpan(int(d["start"]), int(d["end"]), d.get("span", ""), d["category"],
                         d.get("tier", "core"), d.get("fix", ""), d.get("why", ""), d.get("id"))
        except RecursionError:
            raise GoldError(f"{path}:{n}: bad gold line (JSON nested too deeply)") from None
        except UnicodeEncodeError:
            raise GoldError(f"{path}:{n}: bad gold line (a string holds a lone surrogate, \\ud800-\\udfff)") from None
        except (ValueError, KeyError, TypeError) as exc:    # (UnicodeEncodeError is a ValueError)
            raise GoldError(f"{path}:{n}: bad gold line ({exc})") from None
        if g.span and text[g.start:g.end] != g.span:
            raise GoldError(f"{path}:{n}: span {g.span!r} does not match the text at "
                            f"{g.start}-{g.end} ({text[g.start:g.end]!r})")
        if g.tier not in ("core", "stretch"):
            raise GoldError(f"{path}:{n}: tier must be core or stretch, not {g.tier!r}")
        spans.append(g)
    return GoldFile(path, text_path, text, spans)


def _read(path: str) -> str:
    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc.__class__.__name__})") from None


def collect(args) -> list[str]:
    """Gold files from arguments: files as given, folders searched for *.gold.jsonl."""
    out: list[str] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out.extend(str(x) for x in sorted(p.rglob("*.gold.jsonl")))
        else:
            out.append(str(a))
    return out


def split_inputs(args) -> tuple[list[str], list[str]]:
    """``(gold inputs, real-copy files)``: each JSONL file's format is told from its rows
    (``realcopy.sniff``); a folder contributes its ``*.gold.jsonl`` files and the other
    ``*.jsonl`` files in a real-copy format."""
    from .realcopy import sniff

    gold: list[str] = []
    real: list[str] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            for x in sorted(p.rglob("*.jsonl")):
                if x.name.endswith(".gold.jsonl"):
                    gold.append(str(x))
                elif sniff(str(x)):
                    real.append(str(x))
        elif str(a).endswith(".jsonl") and not str(a).endswith(".gold.jsonl") and sniff(str(a)):
            real.append(str(a))
        else:
            gold.append(str(a))
    return gold, real


def _in_tier(g: GoldSpan, tier: str) -> bool:
    return tier == "all" or g.tier == tier


def _overlap(f, g: GoldSpan) -> bool:
    return f.start < g.end and g.start < f.end


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    tp: int = 0
    fp: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def to_json(self) -> dict:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"gold": self.gold, "found": self.found, "missed": self.gold - self.found,
                "true_positives": self.tp, "false_alarms": self.fp,
                "precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1)}


@dataclass
class EvalResult:
    files: list[GoldFile]
    sentences: int
    words: int
    # per tier -> per category (and "overall") -> Counts
    tables: dict[str, dict[str, Counts]]
    misses: dict[str, list[tuple[GoldFile, GoldSpan]]]
    false_alarms: dict[str, list[tuple[GoldFile, object]]]
    findings: int = 0
    errors: list[str] = field(default_factory=list)

    def false_alarms_per_100_sentences(self, tier: str = "all") -> float:
        return 100.0 * len(self.false_alarms[tier]) / self.sentences if self.sentences else 0.0

    def to_json(self) -> dict:
        def span(gf, g):
            return {"file": gf.text_path, "start": g.start, "end": g.end, "span": g.span,
                    "category": g.category, "tier": g.tier, "fix": g.fix, "why": g.why}

        def finding(gf, f):
            return {"file": gf.text_path, "rule": f.rule, "category": f.category.value,
                    "start": f.start, "end": f.end, "text": f.text, "message": f.message}

        return {
            "version": 1,
            "files": [gf.path for gf in self.files],
            "sentences": self.sentences, "words": self.words, "findings": self.findings,
            "tiers": {t: {c: n.to_json() for c, n in tab.items()} for t, tab in self.tables.items()},
            "false_alarms_per_100_sentences": round(self.false_alarms_per_100_sentences(), 2),
            "misses": {t: [span(gf, g) for gf, g in m] for t, m in self.misses.items()},
            "false_alarms": {t: [finding(gf, f) for gf, f in m] for t, m in self.false_alarms.items()},
        }


def evaluate(gold_paths, config=None) -> EvalResult:
    from ..api import check_text
    from ..findings import Category

    files = [load_gold(p) for p in collect(gold_paths)]
    cats = [c.value for c in Category]
    tables = {t: {c: Counts() for c in cats + ["overall"]} for t in TIERS}
    misses = {t: [] for t in TIERS}
    false_alarms = {t: [] for t in TIERS}
    sentences = words = nfind = 0
    for gf in files:
        res = check_text(gf.text, config, path=gf.text_path)
        sentences += len(res.document.sentences)
        words += res.words
        nfind += len(res.findings)
        # matches do not depend on the tier: find them once
        hits = [any(f.category.value == g.category and _overlap(f, g) for f in res.findings)
                for g in gf.spans]
        matches = [[g for g in gf.spans if g.category == f.category.value and _overlap(f, g)]
                   for f in res.findings]
        for tier in TIERS:
            tab = tables[tier]
            for g, hit in zip(gf.spans, hits):
                if not _in_tier(g, tier):
                    continue
                for key in (g.category, "overall"):
                    tab.setdefault(key, Counts())
                    tab[key].gold += 1
                    tab[key].found += hit
                if not hit:
                    misses[tier].append((gf, g))
            for f, same in zip(res.findings, matches):
                if any(_in_tier(g, tier) for g in same):
                    tab[f.category.value].tp += 1
                    tab["overall"].tp += 1
                elif not same:
                    tab[f.category.value].fp += 1
                    tab["overall"].fp += 1
                    false_alarms[tier].append((gf, f))
    return EvalResult(files, sentences, words, tables, misses, false_alarms, nfind)
