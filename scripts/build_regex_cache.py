#!/usr/bin/env python3
"""Write tqcheck/nlp/data/regex_cache.json: the op codes of the regular expressions a check
run compiles (``tqcheck.nlp.regex_cache``), made with this interpreter's ``re``.

    python scripts/build_regex_cache.py [--check]

The patterns are those compiled while checking, in this process, the shipped texts
(``seeds/``, ``corpora/eval/``) from the command line and every rule's examples
(``rules/*/cases/*.toml``). Rebuild after editing a rule's patterns (a pattern missing
from the file still works: it is compiled as usual) or when changing Python version (the
file is ignored under any other version). ``--check`` exits 1 when the file differs.
"""
from __future__ import annotations

import contextlib
import io
import re
import sys
import warnings
from pathlib import Path

from generated_file import write_or_check
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tqcheck" / "nlp" / "data" / "regex_cache.json"


def collect() -> set[tuple[str, int]]:
    seen: set[tuple[str, int]] = set()
    original = re._compile

    def recording(pattern, flags):
        value = flags.value if isinstance(flags, re.RegexFlag) else flags
        if isinstance(pattern, str) and isinstance(value, int) and not value & (re.DEBUG | re.TEMPLATE):
            seen.add((pattern, value))
        return original(pattern, flags)

    re.purge()
    re._compile = recording
    try:
        _run_checks()
    finally:
        re._compile = original
    return seen


def _run_checks() -> None:
    from tqcheck import api
    from tqcheck.cli import main
    from tqcheck.rules.registry import all_rules

    texts = sorted(str(p) for p in [*(ROOT / "seeds").rglob("*.txt"),
                                    *(ROOT / "corpora" / "eval").rglob("*.txt")])
    saved = sys.argv
    try:
        for fmt in ("text", "json"):
            sys.argv = ["tqcheck", "check", "--jobs", "1", "--format", fmt, *texts]
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                try:
                    main()
                except SystemExit:
                    pass
    finally:
        sys.argv = saved
    for rule in all_rules():
        try:
            cases = rule.cases
        except Exception:  # a rule without examples
            continue
        for case in cases.fires + cases.quiet:
            try:
                api.check_text(case.text)
            except Exception:  # an example needing a config or a source text: skip
                pass


def clean(patterns) -> list[tuple[str, int]]:
    """The patterns that compile without a warning (the cache would skip the warning)."""
    out = []
    for pattern, flags in patterns:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                re.compile(pattern, flags)  # from re's cache: parse again below
                from tqcheck.nlp.regex_cache import entry
                entry(pattern, flags)
            except Exception:
                continue
        out.append((pattern, flags))
    return out


def main() -> int:
    from tqcheck.nlp.regex_cache import build_text

    argv = sys.argv[1:]   # collect() runs the command line, which sets sys.argv
    return write_or_check(OUT, build_text(clean(collect())), "build_regex_cache.py", "ascii", argv)


if __name__ == "__main__":
    sys.exit(main())
