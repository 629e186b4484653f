"""Baselines: record today's findings so that only new ones are reported.

An entry is (file, rule, fingerprint); the fingerprint hashes the rule and the
finding's text with whitespace normalised, not its offsets, so edits elsewhere in
the file keep the baseline valid. A finding that occurs n times in the baseline
absorbs up to n occurrences. File paths are stored relative to the baseline file.
"""
from __future__ import annotations

import json
import os
from collections import Counter

from ..findings import Finding
from .atomic import write_atomic

VERSION = 1


class BaselineError(Exception):
    pass


def fingerprint(f: Finding) -> str:
    text = " ".join(f.text.split())
    import hashlib     # here, not at import: a run without a baseline never loads OpenSSL (~5 ms)

    return hashlib.sha256(f"{f.rule}\0{text}".encode("utf-8")).hexdigest()[:20]


def file_key(path: str, baseline_path: str) -> str:
    if path == "-":
        return "-"
    base = os.path.dirname(os.path.abspath(baseline_path))
    return os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")


def write_baseline(run, path: str) -> int:
    entries = []
    for result in run.files:
        key = file_key(result.path, path)
        counts = Counter((f.rule, fingerprint(f), " ".join(f.text.split())) for f in result.findings)
        for (rule, fp, text), n in sorted(counts.items()):
            entries.append({"file": key, "rule": rule, "fingerprint": fp, "text": text, "count": n})
    entries.sort(key=lambda e: (e["file"], e["rule"], e["fingerprint"]))
    data = {"version": VERSION, "tool": "tqcheck", "findings": entries}
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return sum(e["count"] for e in entries)


def load_baseline(path: str) -> Counter:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise BaselineError(f"{path}: not a tqcheck baseline (invalid JSON: {exc})") from None
    except RecursionError:
        raise BaselineError(f"{path}: not a tqcheck baseline (JSON nested too deeply)") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a tqcheck baseline (version {VERSION} expected)")
    counts: Counter = Counter()
    for e in data["findings"]:
        try:
            counts[(e["file"], e["rule"], e["fingerprint"])] += int(e.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: malformed entry {e!r}") from None
    return counts


def apply_baseline(run, path: str) -> int:
    """Drop findings recorded in the baseline; returns how many were dropped."""
    counts = load_baseline(path)
    dropped = 0
    for result in run.files:
        key = file_key(result.path, path)

        def new(f: Finding) -> bool:
            nonlocal dropped
            k = (key, f.rule, fingerprint(f))
            if counts[k] > 0:
                counts[k] -= 1
                dropped += 1
                return False
            return True

        if isinstance(result.findings, list):
            result.findings = [f for f in result.findings if new(f)]
        else:                       # spilled (spill.SpilledFindings): filtered chunk by chunk
            kept = result.findings.filtered(new)
            result.findings.close()
            result.findings = kept
    return dropped
