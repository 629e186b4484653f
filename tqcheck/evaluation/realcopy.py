"""Detection quality on real copy: the realdev passage and clean-sentence formats as they are.

Two JSONL formats, told apart per file from its rows:

- *passages*: ``{"id", "url", "source_lang", "text", "artefacts": [{"start", "end",
  "span", "kind", "fix", "scope"}]}``. Only ``scope == "in"`` spans are scored; a kind
  is the first word of ``kind``.
- *clean sentences*: ``{"id", "url", "outlet", "text"}``, professional English: every
  warning or error on one is a false alarm.

Each passage is checked as a plain-text file holding exactly its ``text``; each clean
sentence as a file holding its text and a newline. A span is *found* when a finding
overlaps it (all findings, and warnings/errors alone); a finding that overlaps no
annotated span (in scope or not) *touches no span*. The figures, groups included, are
those of ``realdev/measure.py``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

PASSAGES, CLEAN = "passages", "clean"

GROUPS = {
    "mechanical": frozenset("""capitalization title_article number_format currency_format date_format
        missing_space untranslated_fragment boilerplate_leftover metadata_leak truncation repetition
        gender_doublet_collapsed quote_punctuation punctuation_spacing dash_style""".split()),
    "phrasing": frozenset("""calque false_friend idiom_literal institution_calque word_order
        noun_adjective_order verb_subject_inversion missing_subject resumptive_pronoun""".split()),
}


class RealCopyError(ValueError):
    pass


def row_format(row) -> str | None:
    """``passages``, ``clean`` or None (not a real-copy row) for one parsed JSONL row."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return None
    if isinstance(row.get("artefacts"), list):
        return PASSAGES
    if not any(k in row for k in ("artefacts", "spans", "start", "end", "category")):
        return CLEAN
    return None


def sniff(path: str) -> str | None:
    """The real-copy format of a JSONL file from its first row, or None."""
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    return row_format(json.loads(line))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return None


@dataclass
class Artefact:
    start: int
    end: int
    span: str
    kind: str
    fix: str
    scope: str


@dataclass
class Row:
    file: str
    line: int
    id: str
    text: str
    artefacts: list[Artefact] = field(default_factory=list)


def load(path: str) -> tuple[str, list[Row]]:
    """A real-copy file's format and rows; a bad file or row is a one-line ``RealCopyError``."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RealCopyError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    fmt = None
    rows: list[Row] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            json.dumps(d, ensure_ascii=False).encode("utf-8")     # a lone surrogate raises here
        except RecursionError:
            raise RealCopyError(f"{path}:{n}: not JSON (nested too deeply)") from None
        except UnicodeEncodeError:
            raise RealCopyError(f"{path}:{n}: a string holds a lone surrogate (\\ud800-\\udfff), not text") from None
        except ValueError as exc:
            raise RealCopyError(f"{path}:{n}: not JSON ({exc})") from None
        kind = row_format(d)
        if kind is None or (fmt is not None and kind != fmt):
            raise RealCopyError(f"{path}:{n}: expected a {fmt or 'passage or clean-sentence'} row")
        fmt = kind
        row = Row(path, n, str(d.get("id", n)), d["text"])
        for a in d.get("artefacts", ()):
            try:
                art = Artefact(int(a["start"]), int(a["end"]), str(a.get("span", "")),
                               str(a["kind"]).split(" ")[0], str(a.get("fix", "")), str(a["scope"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise RealCopyError(f"{path}:{n}: bad artefact {a!r} ({exc})") from None
            if not 0 <= art.start <= art.end <= len(row.text):
                raise RealCopyError(f"{path}:{n}: artefact {art.start}-{art.end} outside the text")
            row.artefacts.append(art)
        rows.append(row)
    if fmt is None:
        raise RealCopyError(f"{path}: no rows")
    return fmt, rows


@dataclass
class KindCount:
    spans: int = 0
    found: int = 0
    found_warning: int = 0     # found by a warning or error

    def recall(self, warning: bool = False) -> float | None:
        return (self.found_warning if warning else self.found) / self.spans if self.spans else None

    def to_json(self) -> dict:
        r = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"spans": self.spans, "found": self.found, "found_warning": self.found_warning,
                "recall": r(self.recall()), "recall_warning": r(self.recall(True))}


@dataclass
class RealResult:
    passage_files: list[str] = field(default_factory=list)
    clean_files: list[str] = field(default_factory=list)
    passages: int = 0
    findings: int = 0
    kinds: dict[str, KindCount] = field(default_factory=dict)
    overall: KindCount = field(default_factory=KindCount)
    groups: dict[str, KindCount] = field(default_factory=lambda: {g: KindCount() for g in GROUPS})
    misses: list[tuple[Row, Artefact]] = field(default_factory=list)
    unmatched: list[tuple[Row, object]] = field(default_factory=list)
    sentences: int = 0
    false_alarms: list[tuple[Row, object]] = field(default_factory=list)

    def false_alarms_per_100(self) -> float | None:
        return 100.0 * len(self.false_alarms) / self.sentences if self.sentences else None

    def sorted_kinds(self) -> list[tuple[str, KindCount]]:
        return sorted(self.kinds.items(), key=lambda kv: (-kv[1].spans, kv[0]))

    def to_json(self) -> dict:
        def where(row: Row) -> dict:
            return {"file": row.file, "line": row.line, "id": row.id}

        per100 = self.false_alarms_per_100()
        return {
            "version": 1,
            "passage_files": self.passage_files,
            "clean_files": self.clean_files,
            "passages": self.passages,
            "findings": self.findings,
            "kinds": {k: c.to_json() for k, c in self.sorted_kinds()},
            "overall": self.overall.to_json(),
            "groups": {g: c.to_json() for g, c in self.groups.items() if c.spans},
            "unmatched": len(self.unmatched),
            "clean": {"sentences": self.sentences, "false_alarms": len(self.false_alarms),
                      "per_100": None if per100 is None else round(per100, 2)},
            "misses": [{**where(r), "kind": a.kind, "start": a.start, "end": a.end, "span": a.span}
                       for r, a in self.misses],
            "unmatched_findings": [{**where(r), "rule": f.rule, "severity": f.severity.value,
                                    "start": f.start, "end": f.end, "text": f.text} for r, f in self.unmatched],
            "false_alarm_findings": [{**where(r), "rule": f.rule, "severity": f.severity.value,
                                      "start": f.start, "end": f.end, "text": f.text}
                                     for r, f in self.false_alarms],
        }


def _overlap(f, a: Artefact) -> bool:
    return f.start < a.end and a.start < f.end


def plain_checker(config=None):
    """``check(text, name)``: the findings ``tqcheck check`` reports for a plain-text file
    named ``name`` holding ``text``, with ``config`` (default settings when None)."""
    from ..api import check_source_suppressed
    from ..config import Config
    from ..readers.base import READERS
    from ..rules.registry import select_rules

    config = config or Config()
    rules = select_rules(config.select, config.ignore)

    def check(text: str, name: str) -> list:
        return list(check_source_suppressed(READERS["txt"](text, name), config, rules).findings)

    return check


def evaluate_real(files: list[tuple[str, str, list[Row]]], check=None) -> RealResult:
    """Score ``files`` (``(path, format, rows)``); ``check(text, name)`` returns the
    findings for a plain-text file holding ``text`` (default: ``plain_checker()``)."""
    from ..findings import Severity

    check = check or plain_checker()
    res = RealResult()
    for path, fmt, rows in files:
        (res.passage_files if fmt == PASSAGES else res.clean_files).append(path)
        for k, row in enumerate(rows):
            if fmt == CLEAN:
                found = check(row.text + "\n", f"n{k:03d}.txt")
                res.sentences += 1
                res.false_alarms.extend((row, f) for f in found if f.severity is not Severity.INFO)
                continue
            found = check(row.text, f"p{k:03d}.txt")
            res.passages += 1
            res.findings += len(found)
            for a in row.artefacts:
                if a.scope != "in":
                    continue
                group = next((g for g, ks in GROUPS.items() if a.kind in ks), None)
                counts = [res.kinds.setdefault(a.kind, KindCount()), res.overall]
                if group:
                    counts.append(res.groups[group])
                hits = [f for f in found if _overlap(f, a)]
                warn = any(f.severity is not Severity.INFO for f in hits)
                for c in counts:
                    c.spans += 1
                    c.found += bool(hits)
                    c.found_warning += warn
                if not hits:
                    res.misses.append((row, a))
            res.unmatched.extend((row, f) for f in found if not any(_overlap(f, a) for a in row.artefacts))
    return res
