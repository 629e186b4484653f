"""The end of every build_*.py script that writes a generated data file: write it, or with
``--check`` only say whether the file on disk is what the script would write (exit 1 when
it is stale)."""
from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, text: str, script: str, encoding: str = "utf-8", argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        same = out.exists() and out.read_text(encoding) == text
        print(f"{out.name} is up to date" if same else f"{out.name} is stale: run python scripts/{script}")
        return 0 if same else 1
    out.write_text(text, encoding)
    print(f"wrote {out} ({len(text):,} bytes)")
    return 0
