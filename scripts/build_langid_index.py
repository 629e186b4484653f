"""Rebuild corpora/langid/index.tsv, the word index TQ5xx reads, from the Zipf-band
lists in corpora/langid/*.txt.gz (see tqcheck.nlp.langid.build_index).

tests/test_untranslated.py fails when the index is stale. Run after
scripts/build_langid_lists.py (which calls this) or after editing a band list:

    python scripts/build_langid_index.py
"""
from __future__ import annotations

from pathlib import Path

from tqcheck.nlp import langid

OUT = Path(__file__).resolve().parent.parent / "corpora" / langid.INDEX


def main() -> None:
    text = langid.build_index({name: langid.read_band_list(name) for name in langid.BAND_LISTS})
    OUT.write_bytes(text.encode("utf-8"))
    print(f"{OUT}: {text.count(chr(10))} lines")


if __name__ == "__main__":
    main()
