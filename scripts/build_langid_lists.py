"""Extract the compact word-frequency lists TQ5xx uses from wordfreq, once.

wordfreq (dev-only, not a runtime dependency) ships frequency lists of ~40 MB in
memory each; the checker needs far less. This script writes, under corpora/langid/:

* ``en.txt.gz``, ``en-rare.txt.gz`` — English words with Zipf frequency >= 3.0, and
                   from 2.0 to 3.0 (wordfreq ``large``): "is this an English word, and
                   how common". The rare tier is loaded only when a rule needs it.
* ``es.txt.gz`` ... ``de.txt.gz`` — words of each source language with Zipf >= 3.3
                   (wordfreq ``small``) that are clearly more frequent there than in
                   English (margin >= 1.5 Zipf), plus the language's 300 most frequent words.

Each file has one line per Zipf band: ``band<TAB>word word word ...`` where band is
the Zipf value in tenths rounded down to a half (20 = 2.0-2.5, 25, 30 ... 75).
The checker does not read these lists but ``index.tsv``, built from them by
``scripts/build_langid_index.py`` (run at the end of this script): the same words,
grouped by word hash so that a lookup parses only one short line.

Run:  pip install wordfreq && python scripts/build_langid_lists.py
"""
from __future__ import annotations

import gzip
from pathlib import Path

from wordfreq import get_frequency_dict, top_n_list

LANGS = ("es", "fr", "pt", "it", "de")
OUT = Path(__file__).resolve().parent.parent / "corpora" / "langid"


def _z(freq: float) -> float:
    import math

    return math.log10(freq) + 9 if freq > 0 else 0.0


def _bands(words: dict[str, float]) -> dict[int, list[str]]:
    """Group words by Zipf band (tenths, rounded down to a half: 18, 20, 25, 30 ...)."""
    out: dict[int, list[str]] = {}
    for w, z in words.items():
        band = int(z * 2) * 5
        out.setdefault(band, []).append(w)
    return out


def _write(path: Path, words: dict[str, float]) -> None:
    body = "".join(f"{band}\t{' '.join(sorted(ws))}\n" for band, ws in sorted(_bands(words).items(), reverse=True))
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(body.encode("utf-8"))  # mtime=0: the same lists give the same bytes


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    en = {w: _z(f) for w, f in get_frequency_dict("en", "large").items() if _z(f) >= 2.0}
    en = {w: z for w, z in en.items() if w.replace("'", "").replace("’", "").replace("-", "").isalpha()}
    # Two tiers: common words (Zipf >= 3.0) load first; rarer ones only when needed.
    _write(OUT / "en.txt.gz", {w: z for w, z in en.items() if z >= 3.0})
    _write(OUT / "en-rare.txt.gz", {w: z for w, z in en.items() if z < 3.0})
    total = 0
    for lang in LANGS:
        d = {w: _z(f) for w, f in get_frequency_dict(lang, "small").items()}
        keep = {w: d[w] for w in top_n_list(lang, 300) if w.isalpha()}
        for w, z in d.items():
            if z >= 3.3 and w.replace("'", "").replace("’", "").isalpha() and z - en.get(w, 0.0) >= 1.5:
                keep[w] = z
        _write(OUT / f"{lang}.txt.gz", keep)
        total += len(keep)
        print(f"{lang}: {len(keep)} words")
    print(f"en: {len(en)} words; source languages: {total} words")
    import build_langid_index  # scripts/ is on sys.path when this script runs

    build_langid_index.main()


if __name__ == "__main__":
    main()
