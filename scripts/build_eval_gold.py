"""Build corpora/eval/dev/*.txt + *.gold.jsonl from the annotated source scripts/eval_passages.txt.

Source format: passages separated by lines ``=== NAME`` (NAME starts with the source
language code, e.g. ``es-politics-01``). Inside a passage an artefact is marked
``[[span|category|tier|fix|why]]``; the markup is removed from the text and the span's
code-point offsets are written to the gold file. Run: ``python scripts/build_eval_gold.py``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "scripts" / "eval_passages.txt"
OUT = ROOT / "corpora" / "eval" / "dev"
MARK = re.compile(r"\[\[([^|\]]+)\|([a-z-]+)\|(core|stretch)\|([^|\]]*)\|([^\]]+)\]\]")
CATEGORIES = {"punctuation", "number-format", "calque", "word-order", "untranslated", "structure", "style"}


def parse(source: str) -> dict[str, tuple[str, list[dict]]]:
    passages: dict[str, tuple[str, list[dict]]] = {}
    for block in re.split(r"^=== ", source, flags=re.M)[1:]:
        name, _, body = block.partition("\n")
        body = body.strip("\n") + "\n"
        text, spans, pos = [], [], 0
        length = 0
        for n, m in enumerate(MARK.finditer(body), 1):
            plain = body[pos:m.start()]
            text.append(plain)
            length += len(plain)
            span, cat, tier, fix, why = m.groups()
            if cat not in CATEGORIES:
                sys.exit(f"{name}: unknown category {cat!r}")
            spans.append({"id": n, "start": length, "end": length + len(span), "span": span,
                          "category": cat, "tier": tier, "fix": fix, "why": why})
            text.append(span)
            length += len(span)
            pos = m.end()
        text.append(body[pos:])
        full = "".join(text)
        if "[[" in full or "]]" in full:
            sys.exit(f"{name}: malformed markup")
        passages[name.strip()] = (full, spans)
    return passages


def main() -> None:
    passages = parse(SRC.read_text("utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    for name, (text, spans) in passages.items():
        (OUT / f"{name}.txt").write_text(text, "utf-8")
        (OUT / f"{name}.gold.jsonl").write_text(
            "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in spans), "utf-8")
    print(f"{len(passages)} passages, {sum(len(s) for _, s in passages.values())} spans -> {OUT}")


if __name__ == "__main__":
    main()
