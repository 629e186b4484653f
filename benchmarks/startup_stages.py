#!/usr/bin/env python3
"""Instructions of a one-file check, by loading stage (issue 20, start-up).

    python benchmarks/startup_stages.py FILE            # runs every stage under callgrind
    python benchmarks/startup_stages.py FILE --stage N  # one process up to stage N

Stage 0 imports ``tqcheck.cli``; 1 imports the rule modules; 2 loads the lexicon matcher;
3 Punkt; 4 the tagger; 5 langdetect's profiles; 6 checks FILE with ``check_text``. Each
stage's cost is the difference between consecutive counts (callgrind's ``Collected``:
instruction counts, steady on a loaded machine where wall times are not). Run it from a
folder other than the source tree, with the byte code compiled (see docs/performance.md).
"""
from __future__ import annotations

import re
import subprocess
import sys

STAGES = ("import tqcheck.cli", "rule modules", "lexicon matcher", "Punkt", "tagger",
          "langdetect profiles", "check_text(FILE)")


def run_to(stage: int, path: str) -> None:
    import tqcheck.cli  # noqa: F401

    if stage >= 1:
        from tqcheck.rules import registry
        registry.all_rules()
    if stage >= 2:
        from tqcheck.lexicon import get_matcher
        get_matcher()
    if stage >= 3:
        from tqcheck.nlp import sentences
        sentences._punkt_tokenizer()
    if stage >= 4:
        from tqcheck.nlp import tagger
        tagger.load_tagger()
    if stage >= 5:
        from tqcheck.nlp import langid
        langid._factory()
    if stage >= 6:
        from tqcheck import api
        with open(path, encoding="utf-8") as fh:
            api.check_text(fh.read())


def main() -> int:
    args = sys.argv[1:]
    if "--stage" in args:
        i = args.index("--stage")
        run_to(int(args[i + 1]), args[0])
        return 0
    previous = 0
    for n, name in enumerate(STAGES):
        out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                              sys.executable, __file__, args[0], "--stage", str(n)],
                             capture_output=True, text=True).stderr
        m = re.search(r"Collected : (\d+)", out)
        if not m:
            print(out[-2000:])
            return 1
        count = int(m.group(1))
        print(f"{n} {name:22s} {count / 1e6:8.1f} M  (+{(count - previous) / 1e6:.1f} M)")
        previous = count
    return 0


if __name__ == "__main__":
    sys.exit(main())
