#!/usr/bin/env python3
"""Draft a rule's case file (``cases/CODE.toml``) from what the rule does today.

    python scripts/draft_cases.py TQ605 [--fires TEXT]... [--quiet TEXT]... > cases/TQ605.toml

Without ``--fires``/``--quiet`` it redrafts the rule's current case texts.
Each fires example is checked with the rule alone; its spans become ``<marker>``s and its
suggestions, fix and fixed text are written out. A draft records today's behaviour: read
every case before committing it, as the tests will hold the rule to it.
"""
from __future__ import annotations

import argparse
import json
import sys


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    from tqcheck.api import check_text
    from tqcheck.config import Config
    from tqcheck.rules.registry import get_rule

    ap = argparse.ArgumentParser()
    ap.add_argument("code")
    ap.add_argument("--fires", action="append", default=None)
    ap.add_argument("--quiet", action="append", default=None)
    args = ap.parse_args()
    r = get_rule(args.code)
    if r is None:
        sys.exit(f"unknown rule {args.code}")
    fires = args.fires if args.fires is not None else list(r.bad)
    quiet = args.quiet if args.quiet is not None else list(r.good)
    out = [f"# {r.code} {r.name}: examples run by tests/test_rule_cases.py (see tqcheck/rules/cases.py).", ""]
    for text in fires:
        found = [f for f in check_text(text, Config(select=(r.code,))).findings if f.rule == r.code]
        if not found:
            print(f"warning: {r.code} does not fire on {text!r}", file=sys.stderr)
            continue
        found.sort(key=lambda f: (f.start, f.end))
        marked, pos = [], 0
        for f in found:
            marked += [text[pos:f.start], "<marker>", text[f.start:f.end], "</marker>"]
            pos = f.end
        marked.append(text[pos:])
        out += ["[[fires]]", f"text = {toml_str(''.join(marked))}"]
        sugg = [list(f.suggestions[:3]) for f in found]
        if any(sugg):
            out.append("suggestions = " + (json.dumps(sugg[0], ensure_ascii=False) if len(found) == 1
                                           else json.dumps(sugg, ensure_ascii=False)))
        if r.fixable:
            fixes = [f.fix if f.fix is not None else False for f in found]
            out.append("fix = " + (json.dumps(fixes[0], ensure_ascii=False) if len(found) == 1
                                   else json.dumps(fixes, ensure_ascii=False)))
            if any(f.fix is not None for f in found):
                fixed, last = [], 0
                for f in found:
                    if f.fix is not None:
                        fixed += [text[last:f.start], f.fix]
                        last = f.end
                fixed.append(text[last:])
                out.append(f"fixed = {toml_str(''.join(fixed))}")
        out.append("")
    for text in quiet:
        out += ["[[quiet]]", f"text = {toml_str(text)}", ""]
    sys.stdout.write("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
