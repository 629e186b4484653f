#!/usr/bin/env python3
"""Write tqcheck/nlp/data/langdetect_map.json: langdetect's n-gram probability map for the
languages tqcheck asks it about (``nlp.langid._LD_PROFILES``), precomputed from the
installed langdetect's profile files (``nlp.langid.profile_map``: the same floats).

    python scripts/build_langdetect_map.py [--check]

tqcheck uses the file only while the profile files are those it was made from (size and
CRC-32 of each); otherwise it decodes the profiles as before.
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tqcheck" / "nlp" / "data" / "langdetect_map.json"


def main() -> int:
    from tqcheck.nlp.langid import profile_map_text, profile_texts

    text = profile_map_text(profile_texts())
    if "--check" in sys.argv[1:]:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("langdetect map up to date" if same else f"{OUT} is stale: rebuild it")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
