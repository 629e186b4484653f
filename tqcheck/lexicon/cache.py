"""The built-in lexicons precompiled: ``corpora/lexicons.jsonl``, generated from the TOML files.

Parsing and validating the TOML lexicons and compiling their patterns into the matching
trie takes ~0.1 s per process; reading the compiled file takes a few milliseconds. It is
JSON Lines: a header (format, number of trie nodes and entries, the trie's root, and
the size and CRC-32 of each TOML file it was made from), then an index line (the byte
offset of each following line, 8 hex digits each, from the start of the first one), one
line per trie node (``matcher.Trie.node_records``), decoded only when a document reaches
the node, then one entry per line, in ``builtin_entries`` order, decoded only when the
entry is needed (when it matches). The index spares reading every line: splitting the
1.5 MB into lines cost ~8 M instructions per process.

Rebuild it after editing a lexicon: ``python scripts/build_lexicon_cache.py``. Until then
the lexicons are read from their TOML files as before (slower, same results), because
the header no longer matches them, and tests/test_lexicons.py fails. Whether it matches
is checked in full (every TOML file read and its CRC-32 compared, ~8 M instructions)
only in a source tree, where lexicons get edited; an installed copy (a wheel) only
compares the files' names and sizes, by ``stat``: its files are what was built.
"""
from __future__ import annotations

import json
import os
import zlib
from dataclasses import fields
from typing import Callable, Iterator, NamedTuple, Sequence

from .model import Entry, compile_entry, parse_lexicon

CACHE_FILE = "lexicons.jsonl"
FORMAT = 4
_WIDTH = 8     # hex digits per offset of the index line
# Entry fields stored per line, in this order (built-in entries are never house ones).
FIELDS = tuple(f.name for f in fields(Entry) if f.name != "house")


class LexiconSource(NamedTuple):
    name: str          # "corpora/es-en/idioms.toml"
    data: bytes


def _lexicon_files() -> list[tuple[str, str]]:
    """(name, path) of the built-in lexicon files (corpora/<src>-en/*.toml), folders and
    files in name order."""
    from ..packagedata import package_dir

    root = package_dir("tqcheck.corpora")
    out = []
    for folder in sorted((e for e in os.scandir(root) if e.is_dir() and e.name.endswith("-en")),
                         key=lambda e: e.name):
        for f in sorted((f for f in os.scandir(folder.path) if f.name.endswith(".toml")), key=lambda f: f.name):
            out.append((f"corpora/{folder.name}/{f.name}", f.path))
    return out


def lexicon_sources() -> list[LexiconSource]:
    """The built-in lexicon files (corpora/<src>-en/*.toml), folders and files in name order."""
    out = []
    for name, path in _lexicon_files():
        with open(path, "rb") as fh:
            out.append(LexiconSource(name, fh.read()))
    return out


def is_source_tree() -> bool:
    """Whether tqcheck runs from its source tree (a checkout or an editable install,
    where ``tqcheck.corpora`` is the top-level corpora/ folder beside pyproject.toml),
    not from an installed copy."""
    from ..packagedata import package_dir

    return os.path.exists(os.path.join(os.path.dirname(package_dir("tqcheck.corpora")), "pyproject.toml"))


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
    nodes = trie.node_records()
    header = {"format": FORMAT, "entries": len(entries), "nodes": len(nodes), "root": trie.root,
              "sources": fingerprint(sources)}
    records = [json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n"
               for line in [*nodes, *([getattr(e, name) for name in FIELDS] for e in entries)]]
    offsets, at = [], 0
    for r in records:
        offsets.append(at)
        at += len(r.encode("utf-8"))
    offsets.append(at)
    index = "".join(f"{o:0{_WIDTH}x}" for o in offsets)
    return json.dumps(header, ensure_ascii=False, separators=(",", ":")) + "\n" + index + "\n" + "".join(records)


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
            if index < 0:
                index += len(self._items)
            item = self._items[index] = self._make(index)
        return item

    def __iter__(self) -> Iterator:
        return (self[i] for i in range(len(self)))


class Compiled(NamedTuple):
    entries: Sequence[Entry]     # decoded on first access
    trie: object                 # matcher.Trie


def read_cache(text: str | bytes, sources: Sequence[LexiconSource]) -> Compiled | None:
    """The compiled lexicons in ``text`` (a cache file, as text or UTF-8 bytes), or None
    when it was not made from exactly ``sources`` (or by another format)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    parsed = _parse(data)
    if parsed is None or parsed[0].get("sources") != fingerprint(sources):
        return None
    return parsed[1]


def _parse(data: bytes) -> tuple[dict, Compiled] | None:
    """The header of a cache file and what it holds, or None when it is of another format
    or cut short. The lines stay UTF-8 bytes in ``data`` until a node or an entry is
    needed (decoding and splitting the whole 1.5 MB as text cost ~15 M instructions per
    process); the index line says where each one is."""
    from .matcher import Trie

    header_end = data.find(b"\n")
    if header_end < 0:
        return None
    header = json.loads(data[:header_end])
    if header.get("format") != FORMAT:
        return None
    n_nodes, n_entries = header["nodes"], header["entries"]
    n = n_nodes + n_entries
    index_end = header_end + 1 + (n + 1) * _WIDTH
    if data[index_end:index_end + 1] != b"\n":
        return None
    index = data[header_end + 1:index_end]
    base = index_end + 1
    if base + int(index[n * _WIDTH:], 16) != len(data):
        return None

    def line(k: int) -> bytes:
        at = k * _WIDTH
        return data[base + int(index[at:at + _WIDTH], 16):base + int(index[at + _WIDTH:at + 2 * _WIDTH], 16) - 1]

    # The trie's nodes, like the entries, stay undecoded until a document reaches them.
    trie = Trie.lazy(header["root"], _Lines(line, 0, n_nodes))
    return header, Compiled(LazyList(n_entries, lambda i: _entry(json.loads(line(n_nodes + i)))), trie)


class _Lines(Sequence):
    """Lines ``start .. start + length - 1`` of a cache file, read through ``line(k)``."""

    def __init__(self, line: Callable[[int], bytes], start: int, length: int):
        self._line, self._start, self._length = line, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, k):
        if not 0 <= k < self._length:
            raise IndexError(k)
        return self._line(self._start + k)


def _entry(record: list) -> Entry:
    return Entry(**{name: tuple(v) if isinstance(v, list) else v for name, v in zip(FIELDS, record)})


def _sizes_match(recorded: list) -> bool:
    """Whether the lexicon files are those the cache names, with the sizes it records."""
    files = _lexicon_files()
    if [name for name, _ in files] != [r[0] for r in recorded]:
        return False
    return all(os.stat(path).st_size == r[1] for (_, path), r in zip(files, recorded))


def load_cache(sources: Sequence[LexiconSource] | None = None) -> Compiled | None:
    """The shipped cache, or None when it is missing or was not made from the lexicon
    files: ``sources`` when given, else those installed (see the module's notes on how
    thoroughly each kind of install checks)."""
    from ..packagedata import package_file

    try:
        data = package_file("tqcheck.corpora", CACHE_FILE).read_bytes()
    except OSError:
        return None
    parsed = _parse(data)
    if parsed is None:
        return None
    header, compiled = parsed
    if sources is None and is_source_tree():
        sources = lexicon_sources()
    if sources is not None:
        return compiled if header.get("sources") == fingerprint(sources) else None
    return compiled if _sizes_match(header.get("sources") or []) else None
