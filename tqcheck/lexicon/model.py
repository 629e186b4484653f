"""Lexicon entries and their loader: TOML files, validated, with errors naming file and entry."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .. import tomlio
from .pattern import Item, PatternError, compile_pattern


KINDS = ("calque", "false-friend", "idiom", "elegant-variation")
SEVERITIES = ("error", "warning", "info")
LANGUAGE_NAMES = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian",
                  "de": "German", "ru": "Russian"}
REQUIRED = ("id", "pattern", "source", "suggest", "kind", "severity", "explain", "fire", "quiet")
OPTIONAL = ("not_followed_by", "not_preceded_by", "weak", "fix", "note", "evidence")
# A `fire` example may mark the span the entry must report: "The <marker>span</marker> here."
_MARKER = re.compile(r"<marker>(.*?)</marker>", re.DOTALL)


class LexiconError(ValueError):
    """A lexicon or phrasebook that cannot be used; the message names file and entry."""


@dataclass(frozen=True)
class Entry:
    id: str
    pattern: str
    source: str
    suggest: tuple[str, ...]
    kind: str
    severity: str
    explain: str
    fire: tuple[str, ...]
    quiet: tuple[str, ...]
    lang: str | None
    file: str
    not_followed_by: tuple[str, ...] = ()
    not_preceded_by: tuple[str, ...] = ()
    weak: bool = False
    fix: bool = False
    house: bool = False      # from a user's phrasebook, not a built-in lexicon
    evidence: str = ""       # where the phrasing was seen recurring (MT copy, native news)

    @property
    def where(self) -> str:
        return f"{self.file}: entry {self.id!r}"

    @property
    def fire_examples(self) -> tuple[tuple[str, tuple[int, int] | None], ...]:
        """Each `fire` example as (text without markers, the marked span or None)."""
        return tuple(example_span(ex) for ex in self.fire)


def example_span(example: str) -> tuple[str, tuple[int, int] | None]:
    """``'a <marker>b</marker> c'`` -> ``('a b c', (2, 3))``; unmarked: ``(example, None)``."""
    m = _MARKER.search(example)
    if m is None:
        return example, None
    text = example[:m.start()] + m.group(1) + example[m.end():]
    return text, (m.start(), m.start() + len(m.group(1)))


@dataclass(frozen=True)
class CompiledEntry:
    """An entry with its constraints compiled; ``sequences`` (its pattern's item
    sequences) is compiled on first read. A built-in entry's pattern is already in the
    precompiled trie, so scanning never reads it: a match then costs only its
    constraints (usually none), not the pattern's parsing and inflection."""

    entry: Entry
    not_followed_by: tuple[tuple[Item, ...], ...]
    not_preceded_by: tuple[tuple[Item, ...], ...]

    @cached_property
    def sequences(self) -> tuple[tuple[Item, ...], ...]:
        return tuple(compile_pattern(self.entry.pattern))


def _str_list(value, key: str, where: str, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all([isinstance(v, str) and v.strip() for v in value]):
        raise LexiconError(f"{where}: `{key}` must be a list of non-empty strings")
    if not value and not allow_empty:
        raise LexiconError(f"{where}: `{key}` needs at least one item")
    return tuple(v.strip() for v in value)


def _entry(raw: dict, lang: str | None, file: str, house: bool, index: int) -> Entry:
    eid = raw.get("id")
    where = f"{file}: entry {eid!r}" if isinstance(eid, str) and eid else f"{file}: entry #{index + 1} (no id)"
    if not isinstance(eid, str) or not eid.strip():
        raise LexiconError(f"{where}: missing `id`")
    required = [k for k in REQUIRED if not (house and k == "source")]
    missing = [k for k in required if k not in raw]
    if missing:
        raise LexiconError(f"{where}: missing {', '.join('`' + k + '`' for k in missing)}")
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(unknown)} "
                           f"(known: {', '.join(REQUIRED + OPTIONAL)})")
    for key in ("pattern", "explain") + (() if house and "source" not in raw else ("source",)):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise LexiconError(f"{where}: `{key}` must be a non-empty string")
    if raw["kind"] not in KINDS:
        raise LexiconError(f"{where}: `kind` is {raw['kind']!r}; use one of {', '.join(KINDS)}")
    if raw["severity"] not in SEVERITIES:
        raise LexiconError(f"{where}: `severity` is {raw['severity']!r}; use one of {', '.join(SEVERITIES)}")
    for key in ("weak", "fix"):
        if key in raw and not isinstance(raw[key], bool):
            raise LexiconError(f"{where}: `{key}` must be true or false")
    suggest = _str_list(raw["suggest"], "suggest", where)
    weak = raw.get("weak", False)
    fire = _str_list(raw["fire"], "fire", where)
    for ex in fire:
        plain, _ = example_span(ex)
        if "<marker>" in plain or "</marker>" in plain:
            raise LexiconError(f"{where}: mark at most one span per `fire` example, with <marker>…</marker>")
    quiet = _str_list(raw["quiet"], "quiet", where)
    if any("<marker>" in q for q in quiet):
        raise LexiconError(f"{where}: a `quiet` example has no <marker>")
    evidence = raw.get("evidence", "")
    if not isinstance(evidence, str):
        raise LexiconError(f"{where}: `evidence` must be a string")
    if weak and not lang:
        raise LexiconError(f"{where}: a weak entry needs `[meta] source_language` in its file")
    return Entry(
        id=eid.strip(), pattern=raw["pattern"].strip(), source=str(raw.get("source", "")).strip(),
        suggest=suggest, kind=raw["kind"], severity=raw["severity"], explain=" ".join(raw["explain"].split()),
        fire=fire, quiet=quiet,
        lang=lang, file=file,
        not_followed_by=_str_list(raw.get("not_followed_by", []), "not_followed_by", where, True),
        not_preceded_by=_str_list(raw.get("not_preceded_by", []), "not_preceded_by", where, True),
        weak=weak, fix=raw.get("fix", False), house=house, evidence=" ".join(evidence.split()),
    )


def compile_entry(entry: Entry, *, validated: bool = False) -> CompiledEntry:
    """The entry's patterns compiled (each pattern's compilation is cached). With
    ``validated`` (a built-in entry, checked when the lexicon cache was built), the
    main pattern is left to be compiled when ``sequences`` is first read."""
    try:
        if not validated:
            compile_pattern(entry.pattern)
        nfb = _merge_single(s for p in entry.not_followed_by for s in compile_pattern(p))
        npb = _merge_single(s for p in entry.not_preceded_by for s in compile_pattern(p))
    except PatternError as exc:
        raise LexiconError(f"{entry.where}: bad pattern: {exc}") from None
    return CompiledEntry(entry, nfb, npb)


def _merge_single(seqs) -> tuple[tuple[Item, ...], ...]:
    """One-token constraint items merged into a single item (one set lookup instead of 70)."""
    single_words: set = set()
    single_classes: set = set()
    multi = []
    for seq in seqs:
        if len(seq) == 1:
            single_words |= seq[0].words
            single_classes |= seq[0].classes
        else:
            multi.append(seq)
    if single_words or single_classes:
        multi.insert(0, (Item(frozenset(single_words), frozenset(single_classes)),))
    return tuple(multi)


def parse_lexicon(text: str, file: str, *, house: bool = False, lang: str | None = None) -> list[Entry]:
    """Entries of one lexicon file's TOML text (``file`` names it in errors)."""
    try:
        data = tomlio.loads(text)
    except ValueError as exc:  # rtoml.TomlParsingError and tomllib.TOMLDecodeError
        raise LexiconError(f"{file}: not valid TOML: {exc}") from None
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise LexiconError(f"{file}: `meta` must be a table")
    extra = sorted(set(data) - {"meta", "entry"})
    if extra:
        raise LexiconError(f"{file}: unknown top-level key(s) {', '.join(extra)} (expected [meta] and [[entry]])")
    file_lang = meta.get("source_language", lang)
    if file_lang is not None and file_lang not in LANGUAGE_NAMES:
        raise LexiconError(f"{file}: unknown source_language {file_lang!r} "
                           f"(use one of {', '.join(LANGUAGE_NAMES)})")
    if not house and not file_lang:
        raise LexiconError(f"{file}: [meta] source_language is required")
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        raise LexiconError(f"{file}: entries must be [[entry]] tables")
    entries, seen = [], set()
    for i, raw in enumerate(raw_entries):
        e = _entry(raw, file_lang, file, house, i)
        if e.id in seen:
            raise LexiconError(f"{e.where}: duplicate id")
        seen.add(e.id)
        compile_entry(e)  # validate the pattern now, so errors name the entry
        entries.append(e)
    return entries


def load_lexicon_file(path: str | Path, *, house: bool = False) -> list[Entry]:
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read: {exc}") from None
    return parse_lexicon(text, str(path), house=house)
