"""The built-in lexicons precompiled: ``corpora/lexicons.jsonl``, generated from the TOML files.

Parsing and validating the TOML lexicons and compiling their patterns into the matching
trie takes ~0.1 s per process; reading the compiled file takes a few milliseconds. It is
JSON Lines: a header (format, and the size and CRC-32 of each TOML file it was made
from), the trie (``matcher.Trie.to_json``), then one entry per line, in
``builtin_entries`` order, decoded only when the entry is needed (when it matches).

Rebuild it after editing a lexicon: ``python scripts/build_lexicon_cache.py``. Until then
the lexicons are read from their TOML files as before (slower, same results), because
the header no longer matches them, and tests/test_lexicons.py fails.
"""
from __future__ import annotations

import json
import zlib
from dataclasses import fields
from typing import Callable, Iterator, NamedTuple, Sequence

from .model import Entry, compile_entry, parse_lexicon

CACHE_FILE = "lexicons.jsonl"
FORMAT = 2
# Entry fields stored per line, in this order (built-in entries are never house ones).
FIELDS = tuple(f.name for f in fields(Entry) if f.name != "house")


class LexiconSource(NamedTuple):
    name: str          # "corpora/es-en/idioms.toml"
    data: bytes


def lexicon_sources() -> list[LexiconSource]:
    """The built-in lexicon files (corpora/<src>-en/*.toml), folders and files in name order."""
    from ..packagedata import package_dir

    root = package_dir("tqcheck.corpora")
    out = []
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and p.name.endswith("-en")),
                         key=lambda p: p.name):
        for f in sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name):
            out.append(LexiconSource(f"corpora/{folder.name}/{f.name}", f.read_bytes()))
    return out


def fingerprint(sources: Sequence[LexiconSource]) -> list[list]:
    """What the cache records of its sources: name, size and CRC-32 of each."""
    return [[s.name, len(s.data), zlib.crc32(s.data)] for s in sources]


def parse_sources(sources: Sequence[LexiconSource]) -> list[Entry]:
    """Every entry of the given lexicon files, fully validated (errors name file and entry)."""
    out: list[Entry] = []
    for s in sources:
        out.extend(parse_lexicon(s.data.decode("utf-8"), s.name))
    return out


def compile_sources(sources: Sequence[LexiconSource]) -> "Compiled":
    """The given lexicon files parsed (validated) and compiled into one matching trie."""
    from .matcher import Trie

    entries = parse_sources(sources)
    return Compiled(entries, Trie.build((seq, idx) for idx, e in enumerate(entries)
                                        for seq in compile_entry(e).sequences))


def build_text(sources: Sequence[LexiconSource] | None = None) -> str:
    """The cache file's text for the given (by default, the shipped) lexicon files."""
    sources = lexicon_sources() if sources is None else sources
    entries, trie = compile_sources(sources)
    header = {"format": FORMAT, "entries": len(entries), "sources": fingerprint(sources)}
    lines = [header, trie.to_json()] + [[getattr(e, name) for name in FIELDS] for e in entries]
    return "".join(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n" for line in lines)


class LazyList(Sequence):
    """A read-only list whose items are made by ``make(index)`` on first access."""

    def __init__(self, length: int, make: Callable[[int], object]):
        self._items: list = [None] * length
        self._make = make

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        item = self._items[index]
        if item is None:
            item = self._items[index] = self._make(index)
        return item

    def __iter__(self) -> Iterator:
        return (self[i] for i in range(len(self)))


class Compiled(NamedTuple):
    entries: Sequence[Entry]     # decoded on first access
    trie: object                 # matcher.Trie


def read_cache(text: str | bytes, sources: Sequence[LexiconSource]) -> Compiled | None:
    """The compiled lexicons in ``text`` (a cache file, as text or UTF-8 bytes), or None
    when it was not made from exactly ``sources`` (or by another format). The entry
    lines stay UTF-8 bytes until an entry is needed (decoding and splitting the whole
    1.5 MB as text cost ~15 M instructions per process)."""
    from .matcher import Trie

    data = text.encode("utf-8") if isinstance(text, str) else text
    header_end = data.find(b"\n")
    trie_end = data.find(b"\n", header_end + 1)
    if header_end < 0 or trie_end < 0:
        return None
    header = json.loads(data[:header_end])
    if header.get("format") != FORMAT or header.get("sources") != fingerprint(sources):
        return None
    body = data[trie_end + 1:]
    if body.endswith(b"\n"):
        body = body[:-1]
    lines = body.split(b"\n") if body else []
    if len(lines) != header["entries"]:
        return None
    trie = Trie.from_json(json.loads(data[header_end + 1:trie_end]))
    return Compiled(LazyList(len(lines), lambda i: _entry(json.loads(lines[i]))), trie)


def _entry(record: list) -> Entry:
    return Entry(**{name: tuple(v) if isinstance(v, list) else v for name, v in zip(FIELDS, record)})


def load_cache(sources: Sequence[LexiconSource]) -> Compiled | None:
    """The shipped cache, or None when it is missing or was not made from ``sources``."""
    from ..packagedata import package_file

    try:
        text = package_file("tqcheck.corpora", CACHE_FILE).read_bytes()
    except OSError:
        return None
    return read_cache(text, sources)
