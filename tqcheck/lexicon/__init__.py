"""Lexicons of calques and false friends (``corpora/<src>-en/*.toml``) and house phrasebooks.

Everything loads lazily on first use and is cached: the built-in lexicons once per
process, a matcher once per set of phrasebooks. The built-in lexicons come precompiled
from corpora/lexicons.jsonl (see ``cache``) unless a TOML file changed since it was built;
an entry is only decoded and compiled when it matches. House phrasebooks are always
read from TOML and fully validated.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .model import (KINDS, LANGUAGE_NAMES, CompiledEntry, Entry, LexiconError, compile_entry,
                    load_lexicon_file, parse_lexicon)

__all__ = [
    "KINDS", "LANGUAGE_NAMES", "CompiledEntry", "Entry", "LexiconError", "builtin_entries",
    "compile_entry", "get_matcher", "load_lexicon_file", "load_phrasebooks", "parse_lexicon",
    "phrasebook_paths", "check_examples",
]


@lru_cache(maxsize=1)
def _builtin():
    """The built-in lexicons compiled: from corpora/lexicons.jsonl, or from the TOML files
    when that cache is stale (a lexicon edited since it was built)."""
    from ..nlp.gcpause import paused
    from .cache import compile_sources, lexicon_sources, load_cache

    with paused():
        return load_cache() or compile_sources(lexicon_sources())


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[Entry, ...]:
    """Every entry of every built-in lexicon, in file order (corpora/<src>-en/*.toml)."""
    return tuple(_builtin().entries)


def phrasebook_paths(config) -> tuple[str, ...]:
    """The house phrasebooks a run uses (``Config.phrasebooks``: --phrasebook and config files)."""
    return tuple(getattr(config, "phrasebooks", ()) or ())


def load_phrasebooks(paths: Iterable[str]) -> tuple[Entry, ...]:
    """Entries of the given phrasebook files; raises LexiconError naming file and entry."""
    out: list[Entry] = []
    for p in paths:
        out.extend(load_lexicon_file(p, house=True))
    return tuple(out)


def _stamp(path: str) -> tuple[str, float]:
    try:
        return str(Path(path).resolve()), Path(path).stat().st_mtime
    except OSError:
        return path, 0.0


def get_matcher(paths: tuple[str, ...] = ()):
    """The matcher for the built-in lexicons plus the given phrasebooks (cached)."""
    return _matcher(tuple(_stamp(p) for p in paths))


@lru_cache(maxsize=8)
def _matcher(stamped: tuple[tuple[str, float], ...]):
    from .cache import LazyList
    from .matcher import Matcher, Trie

    builtin = _builtin()
    house = [compile_entry(e) for e in load_phrasebooks(p for p, _ in stamped)]
    n = len(builtin.entries)
    # Built-in entries are only compiled when they match (their trie is precompiled).
    entries = LazyList(n + len(house), lambda i: compile_entry(builtin.entries[i], validated=True) if i < n else house[i - n])
    trie = builtin.trie
    if house:
        trie = Trie.build(((seq, n + k) for k, ce in enumerate(house) for seq in ce.sequences), base=trie)
    return Matcher(entries, trie)


def check_examples(entries: Iterable[Entry]) -> list[str]:
    """Problems with entries' own examples: a `fire` sentence the entry does not match (or
    not on its marked span, when one is marked), or a `quiet` one it does. Each problem
    names file and entry."""
    from .matcher import Matcher

    problems = []
    for e in entries:
        m = Matcher([compile_entry(e)])
        for ex, (text, span) in zip(e.fire, e.fire_examples):
            hits = m.scan_text(text)
            if not hits:
                problems.append(f"{e.where}: `fire` example does not match: {ex!r}")
            elif span is not None and not any((h.start, h.end) == span for h in hits):
                got = ", ".join(repr(text[h.start:h.end]) for h in hits)
                problems.append(f"{e.where}: `fire` example matches {got}, not the marked span: {ex!r}")
        for ex in e.quiet:
            hits = m.scan_text(ex)
            if hits:
                problems.append(f"{e.where}: `quiet` example matches {ex[hits[0].start:hits[0].end]!r}: {ex!r}")
    return problems
