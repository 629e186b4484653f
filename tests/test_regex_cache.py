"""The shipped compiled patterns (tqcheck/nlp/data/regex_cache.json, nlp.regex_cache)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import resources

import pytest

from tqcheck.nlp import regex_cache


def _records():
    text = resources.files("tqcheck.nlp").joinpath(regex_cache.CACHE_FILE).read_text("ascii")
    head, body = text.split("\n", 1)
    return json.loads(head), json.loads(body)


HEAD, RECORDS = _records()
SAME_PYTHON = HEAD == regex_cache.header()
needs_same_python = pytest.mark.skipif(
    not SAME_PYTHON, reason="regex_cache.json was made by another Python (it is then ignored)")


@needs_same_python
def test_every_record_is_what_re_compiles():
    for record in RECORDS:
        assert record == regex_cache.entry(record[0], record[1]), record[0][:80]


@needs_same_python
def test_installed_patterns_behave_like_compiled_ones():
    import _sre  # noqa: F401

    regex_cache.install()
    for pattern, flags, *_ in RECORDS[:50]:
        cached = re.compile(pattern, flags)
        fresh = re.compile(pattern + "(?:)", flags)  # not in the cache: compiled as usual
        assert cached.flags == fresh.flags and cached.groups == fresh.groups
        assert cached.groupindex == fresh.groupindex
        for text in ("Mr. Pérez said 1,200 “Hola” — 3 de mayo.", "", "ÂBC  def,ghi"):
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_another_interpreter_ignores_the_file(monkeypatch):
    monkeypatch.setattr(regex_cache, "header", lambda: {"format": -1})
    assert regex_cache._install() == 0


@needs_same_python
def test_rule_patterns_are_shipped_and_the_same_in_every_process():
    """Every pattern the rule modules compile on import is in the file, whatever the hash
    seed (a pattern joined from a set in set order would differ between processes). When
    this fails after editing a rule: python scripts/build_regex_cache.py"""
    # Standard-library modules compile their own patterns when first imported (pathlib pulls
    # in urllib.parse, ...), and which of them are already loaded before tqcheck depends on
    # how it was installed (an editable install's finder imports some at start-up): import
    # them all before the purge, so only the patterns of tqcheck and its dependencies count.
    stdlib = subprocess.run(
        [sys.executable, "-c", "import sys; before = set(sys.modules); "
         "from tqcheck.rules import registry; registry.all_rules(); "
         "print(' '.join(sorted(m for m in set(sys.modules) - before "
         "if m.split('.')[0] in sys.stdlib_module_names)))"],
        capture_output=True, text=True, check=True).stdout.split()
    code = (f"import importlib, json, re\nfor m in {stdlib!r}:\n    importlib.import_module(m)\n"
            "from tqcheck.rules import registry; re.purge(); "
            "import tqcheck.nlp.regex_cache as c; c._installed = True; registry.all_rules(); "
            "print('\\n'.join(repr((k[1], k[2])) for k in re._cache if k[0] is str))")
    shipped = {repr((r[0], r[1])) for r in RECORDS}
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        missing = [k for k in out.splitlines() if k not in shipped]
        assert not missing, f"{len(missing)} rule patterns not in regex_cache.json: {missing[:3]}"
