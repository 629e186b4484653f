"""Compiled regular expressions shipped with tqcheck: ``data/regex_cache.json``.

Compiling the ~130 patterns a check run uses is ~0.3 G instructions (CPython's ``re``
parser and compiler are pure Python), about a quarter of checking one file from the
command line. ``re.compile`` turns a pattern into a list of integer op codes and hands it
to ``_sre.compile``; the file keeps those lists (JSON, never pickles), made by
``scripts/build_regex_cache.py`` with this interpreter's own ``re`` compiler.
``install()`` hands them to ``_sre.compile`` and puts the patterns in ``re``'s own cache,
so every ``re.compile``/``re.match``/... of one of those patterns, in any module, gets
the pattern ``re.compile`` would have made, and no rule module changes.

The op codes belong to one CPython version: the file records ``sys.version_info``,
``_sre.MAGIC`` and ``_sre.CODESIZE`` and is ignored unless all three match (then every
pattern compiles as usual). A pattern missing from the file (a rule edited since it was
built) also compiles as usual; rebuild the file to get it back.
"""
from __future__ import annotations

import json
import re
import sys

CACHE_FILE = "data/regex_cache.json"
FORMAT = 2

_installed = False


def header() -> dict:
    """What the cache is valid for: the interpreter and ``_sre`` that made its op codes."""
    import _sre

    return {"format": FORMAT, "python": list(sys.version_info[:3]),
            "implementation": sys.implementation.name, "magic": _sre.MAGIC,
            "codesize": _sre.CODESIZE, "byteorder": sys.byteorder}


def entry(pattern: str, flags: int) -> list:
    """The cache record of ``re.compile(pattern, flags)``: what ``re._compiler.compile``
    passes to ``_sre.compile``, the op codes as base-64 machine words (decoding JSON
    integers one by one cost more than the rest of the load)."""
    import base64
    from re import _compiler, _parser

    tree = _parser.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    words = _words(code).tobytes()
    return [pattern, flags, flags | tree.state.flags, base64.b64encode(words).decode("ascii"),
            tree.state.groups - 1, dict(tree.state.groupdict)]


def _words(code=()):
    import _sre
    from array import array

    for typecode in "IL":
        if array(typecode).itemsize == _sre.CODESIZE:
            return array(typecode, code)
    raise ValueError("no array type of the size of an _sre code word")


def install() -> int:
    """Put the shipped compiled patterns in ``re``'s cache (once per process); returns how
    many. Does nothing when the file is missing or was made by another interpreter."""
    global _installed
    if _installed:
        return 0
    _installed = True
    try:
        return _install()
    except Exception:  # a missing or foreign file: patterns compile as usual
        return 0


def _install() -> int:
    import _sre
    from binascii import a2b_base64

    from ..packagedata import package_file

    cache = getattr(re, "_cache", None)
    limit = getattr(re, "_MAXCACHE", 0)
    if not isinstance(cache, dict) or limit <= 0:
        return 0
    text = package_file("tqcheck.nlp", CACHE_FILE).read_text("ascii")
    head_end = text.find("\n")
    if head_end < 0 or json.loads(text[:head_end]) != header():
        return 0
    added = 0
    words = _words()
    for pattern, flags, final_flags, code, groups, groupindex in json.loads(text[head_end + 1:]):
        if len(cache) >= limit:
            break
        key = (str, pattern, flags)
        if key in cache:
            continue
        code = words.__class__(words.typecode, a2b_base64(code)).tolist()
        indexgroup = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        cache[key] = _sre.compile(pattern, final_flags, code, groups, groupindex,
                                  tuple(indexgroup))
        added += 1
    return added


def build_text(patterns) -> str:
    """The cache file's text for ``patterns`` ((pattern, flags) pairs of str patterns)."""
    records = [entry(p, f) for p, f in sorted(set(patterns))]
    return (json.dumps(header(), separators=(",", ":")) + "\n"
            + json.dumps(records, ensure_ascii=True, separators=(",", ":")) + "\n")
