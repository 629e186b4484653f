"""Load the WMT 2023 zh-en MQM annotations (../shared/data) for measuring tqcheck.

Usage from other scripts:
    from mqm import load_segments
    for seg in load_segments(): seg.target, seg.errors (list of (category, severity, start, end)), seg.clean

A segment is one system's translation of one source segment (system, doc, docSegId).
``clean`` is True when every rating row for it is ``No-error``. Error spans are
code-point offsets into ``target`` with the ``<v>``/``</v>`` marks removed.
"""
from __future__ import annotations

import csv
import gzip
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "mqm-generalMT2023-zh-en.slim.tsv.gz"


@dataclass
class Segment:
    system: str
    doc: str
    seg_id: str
    target: str
    errors: list = field(default_factory=list)   # (category, severity, start, end, rater)
    raters: set = field(default_factory=set)
    clean: bool = True


def _unmark(target: str):
    s = target.find("<v>")
    e = target.find("</v>")
    plain = target.replace("<v>", "").replace("</v>", "")
    if s == -1 or e == -1 or e < s:
        return plain, None
    return plain, (s, e - 3)


def load_segments(path: str | os.PathLike | None = None) -> list[Segment]:
    path = Path(path or os.environ.get("TQCHECK_MQM", DEFAULT))
    segs: dict[tuple, Segment] = {}
    csv.field_size_limit(sys.maxsize)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        for row in reader:
            if len(row) < len(header):
                continue
            category, severity = row[col["category"]], row[col["severity"]]
            if category == "Found" or severity == "HOTW-test":
                continue
            key = (row[col["system"]], row[col["doc"]], row[col["docSegId"]])
            plain, span = _unmark(row[col["target"]])
            seg = segs.get(key)
            if seg is None:
                seg = segs[key] = Segment(key[0], key[1], key[2], plain)
            seg.raters.add(row[col["rater"]])
            if severity != "No-error":
                seg.clean = False
                if span is not None:
                    seg.errors.append((category, severity, span[0], span[1], row[col["rater"]]))
    return list(segs.values())


if __name__ == "__main__":
    segs = load_segments()
    clean = sum(s.clean for s in segs)
    print(f"{len(segs)} segments, {clean} clean (all raters No-error)")
    from collections import Counter
    c = Counter(e[0] for s in segs for e in s.errors)
    for cat, n in c.most_common(25):
        print(f"{n:6d}  {cat}")
