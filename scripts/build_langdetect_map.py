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

from generated_file import write_or_check
OUT = Path(__file__).resolve().parent.parent / "tqcheck" / "nlp" / "data" / "langdetect_map.json"


def main() -> int:
    from tqcheck.nlp.langid import profile_map_text, profile_texts

    return write_or_check(OUT, profile_map_text(profile_texts()), "build_langdetect_map.py")


if __name__ == "__main__":
    sys.exit(main())
