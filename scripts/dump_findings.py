#!/usr/bin/env python3
"""Every finding of a fixed set of texts, as JSON lines: for changes that must not change
the output (performance work, refactoring), dump before and after and compare.

    python scripts/dump_findings.py before.jsonl          # on the old code
    python scripts/dump_findings.py after.jsonl           # on the new code
    cmp before.jsonl after.jsonl                          # nothing printed: identical

Run it with the Python of the environment whose tqcheck is measured (an editable install
follows the checkout; for an old release install it into its own venv and run that venv's
Python from outside the source tree). The texts, in a fixed order:

- ``seeds/``, ``corpora/eval/`` and, when present, ``../shared/realdev`` (read at run time,
  never copied into the project);
- ``--articles`` distinct articles of ``benchmarks/distinct.py``'s corpus (default 900),
  and the first 100 again behind a paragraph with ``İ`` (the one character whose lower
  case is longer: offsets after it drift in code that searches ``text.lower()``);
- every rule case (``tqcheck/rules/*/cases/*.toml``, fires and quiet) and ``--mutations``
  seeded mutations of each (default 3): digits swapped for full-width and Arabic-Indic
  ones, spaces for no-break and thin spaces, quotation marks for others, and brackets,
  dashes, ``İ``, combining marks and CRLF inserted;
- number-shaped snippets in sentence frames (round figures, other digits, years).

An exception while checking a text is written as that text's result, so both runs reach
the end and the comparison shows it.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import random
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT.parent / "shared" / "realdev"

DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９"
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "  ", "\t"]
QUOTES = ['"', "“", "”", "«", "»", "'", "‘", "’", "„"]
INSERTS = ["İ", "\u0301", "(", ")", "—", "-", ".", ",", "\r\n", " 0", "0 000 "]
FRAMES = ["It cost {} euros.", "Some {} people marched.", "The firm hired {} workers in {}.",
          "About {} ({}) were {}.", "He said: «{}» and left", "Prices rose {}% to {} dollars.",
          "On {} of {} the {} met."]
NUMBERS = ["10 000", "20 000", "100 000", "250 000", "1 500", "12 500", "3456", "٣٤٥٦", "３４５６", "1.500,5",
           "2019", "1999", "2100", "12345", "0,5", "10.000", "100,000", "4,7", "1 000 000", "07 000", "9 999",
           "２do", "1º", "3er"]


def _corpus(n: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("tq_bench_distinct", ROOT / "benchmarks" / "distinct.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.corpus(n)


def _case_texts() -> list[str]:
    """The plain text of every rule case (span markers removed), in file order."""
    from tqcheck.rules.cases import parse_marked

    out = []
    for path in sorted(glob.glob(str(ROOT / "tqcheck" / "rules" / "*" / "cases" / "*.toml"))):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for kind in ("fires", "quiet"):
            for case in data.get(kind, []):
                out.append(parse_marked(case["text"] if isinstance(case, dict) else case)[0])
    return out


def _mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        if not chars:
            break
        i = rng.randrange(len(chars))
        if chars[i].isdigit():
            chars[i] = rng.choice(DIGITS)
        elif chars[i] == " ":
            chars[i] = rng.choice(SPACES)
        elif chars[i] in QUOTES:
            chars[i] = rng.choice(QUOTES)
        else:
            chars.insert(i, rng.choice(INSERTS))
    return "".join(chars)


def texts(articles: int, mutations: int, seed: int) -> list[tuple[str, str]]:
    out = []
    for p in sorted(glob.glob(str(ROOT / "seeds" / "**" / "*"), recursive=True)) + \
            sorted(glob.glob(str(ROOT / "corpora" / "eval" / "**" / "*.txt"), recursive=True)):
        if Path(p).is_file():
            out.append((str(Path(p).relative_to(ROOT)), Path(p).read_text("utf-8")))
    for name in ("mt-es.jsonl", "mt-other.jsonl", "clean-news.jsonl"):
        path = REALDEV / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                out += [(f"realdev/{name}:{i}", json.loads(line)["text"]) for i, line in enumerate(fh)]
    arts = _corpus(articles) if articles else []
    out += [(f"article {i}", t) for i, t in enumerate(arts)]
    out += [(f"article {i} after İ", "İzmir'de “bir” 1.500,5 milyon.\n\n" + t) for i, t in enumerate(arts[:100])]
    rng = random.Random(seed)
    for k, t in enumerate(_case_texts()):
        out.append((f"case {k}", t))
        out += [(f"case {k} mutation {m}", _mutate(t, rng)) for m in range(mutations)]
    for k in range(1000):
        frame = rng.choice(FRAMES)
        out.append((f"snippet {k}", frame.format(*(rng.choice(NUMBERS) for _ in range(frame.count("{}"))))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="the JSON-lines file to write")
    ap.add_argument("--articles", type=int, default=900)
    ap.add_argument("--mutations", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from tqcheck.api import check_text

    todo = texts(args.articles, args.mutations, args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for name, text in todo:
            try:
                got: object = [f.to_json() for f in check_text(text).findings]
            except Exception as exc:     # recorded: the other version may not raise
                got = f"{type(exc).__name__}: {exc}"
            out.write(json.dumps([name, got], ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(todo)} texts -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
