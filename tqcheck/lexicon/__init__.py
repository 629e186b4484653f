"""Lexicons of calques and false friends (``corpora/<src>-en/*.toml``) and house phrasebooks.

Everything loads lazily on first use and is cached: the built-in lexicons once per
process, a matcher once per set of phrasebooks.
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
def builtin_entries() -> tuple[Entry, ...]:
    """Every entry of every built-in lexicon, in file order (corpora/<src>-en/*.toml)."""
    from importlib.resources import files

    root = files("tqcheck.corpora")
    out: list[Entry] = []
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and p.name.endswith("-en")),
                         key=lambda p: p.name):
        for f in sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name):
            out.extend(parse_lexicon(f.read_text("utf-8"), f"corpora/{folder.name}/{f.name}"))
    return tuple(out)


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
    from .matcher import Matcher

    entries = builtin_entries() + load_phrasebooks(p for p, _ in stamped)
    return Matcher([compile_entry(e) for e in entries])


def check_examples(entries: Iterable[Entry]) -> list[str]:
    """Problems with entries' own examples: a `fire` sentence the entry does not match,
    or a `quiet` one it does. Each problem names file and entry."""
    from .matcher import Matcher

    problems = []
    for e in entries:
        m = Matcher([compile_entry(e)])
        for ex in e.fire:
            if not m.scan_text(ex):
                problems.append(f"{e.where}: `fire` example does not match: {ex!r}")
        for ex in e.quiet:
            hits = m.scan_text(ex)
            if hits:
                problems.append(f"{e.where}: `quiet` example matches {ex[hits[0].start:hits[0].end]!r}: {ex!r}")
    return problems
