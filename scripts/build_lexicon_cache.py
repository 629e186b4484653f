"""Rebuild corpora/lexicons.jsonl, the precompiled built-in lexicons, from corpora/*-en/*.toml.

    python scripts/build_lexicon_cache.py

Run it after editing a lexicon (or the pattern compiler); tests/test_lexicons.py
fails while the file is stale, and tqcheck reads the TOML files instead (slower).
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tqcheck.lexicon.cache import CACHE_FILE, build_text  # noqa: E402

if __name__ == "__main__":
    path = ROOT / "corpora" / CACHE_FILE
    text = build_text()
    data = text.encode("utf-8")     # bytes: its index holds byte offsets (no newline translation)
    old = path.read_bytes() if path.exists() else None
    if data == old:
        print(f"{path.relative_to(ROOT)} is up to date")
    else:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(text) // 1024} KiB)")
