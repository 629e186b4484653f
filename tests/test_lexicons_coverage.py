"""The Spanish, French, Portuguese, Italian and German lexicons as data: size, shape and valid values.

Pure TOML checks with tomllib, independent of the matcher (tests/test_lexicons.py runs
every entry's `fire` and `quiet` examples through it).
"""
import tomllib
from collections import Counter

import pytest

from conftest import ROOT

MINIMUM = {"es": 900, "pt": 370, "fr": 390, "it": 310, "de": 225}  # after issue 16: es 916, pt 386, fr 398, it 318, de 236
REQUIRED = ("id", "pattern", "source", "suggest", "kind", "severity", "explain", "fire", "quiet")
OPTIONAL = ("not_followed_by", "not_preceded_by", "weak", "fix", "note", "evidence")
KINDS = {"calque", "false-friend", "idiom", "elegant-variation"}
SEVERITIES = {"error", "warning", "info"}


def _files(lang):
    return sorted((ROOT / "corpora" / f"{lang}-en").glob("*.toml"))


def _load(lang):
    out = []
    for path in _files(lang):
        data = tomllib.loads(path.read_text("utf-8"))
        assert data["meta"]["source_language"] == lang, path
        assert data["meta"].get("description", "").strip(), f"{path}: [meta] description"
        out.extend((path.name, e) for e in data.get("entry", []))
    return out


@pytest.fixture(scope="module", params=sorted(MINIMUM))
def lexicon(request):
    return request.param, _load(request.param)


def test_entry_counts_meet_minimums(lexicon):
    lang, entries = lexicon
    assert _files(lang), f"no corpora/{lang}-en/*.toml"
    assert len(entries) >= MINIMUM[lang], f"{lang}: {len(entries)} entries < {MINIMUM[lang]}"


def test_ids_unique_per_language(lexicon):
    lang, entries = lexicon
    dup = [i for i, n in Counter(e["id"] for _, e in entries).items() if n > 1]
    assert not dup, f"{lang}: duplicate ids {dup}"


def test_every_entry_has_required_keys_and_no_unknown_ones(lexicon):
    lang, entries = lexicon
    bad = []
    for f, e in entries:
        missing = [k for k in REQUIRED if k not in e]
        unknown = sorted(set(e) - set(REQUIRED) - set(OPTIONAL))
        if missing or unknown:
            bad.append(f"{f}::{e.get('id')}: missing {missing} unknown {unknown}")
    assert not bad, "\n".join(bad)


def test_values_are_well_formed(lexicon):
    lang, entries = lexicon
    bad = []
    for f, e in entries:
        where = f"{f}::{e['id']}"
        for k in ("id", "pattern", "source", "explain"):
            if not isinstance(e[k], str) or not e[k].strip():
                bad.append(f"{where}: empty {k}")
        for k in ("suggest", "fire", "quiet"):
            v = e[k]
            if not isinstance(v, list) or not v or not all(isinstance(s, str) and s.strip() for s in v):
                bad.append(f"{where}: {k} must be a non-empty list of non-empty strings")
        if e["kind"] not in KINDS:
            bad.append(f"{where}: kind {e['kind']!r}")
        if e["severity"] not in SEVERITIES:
            bad.append(f"{where}: severity {e['severity']!r}")
        for k in ("weak", "fix"):
            if k in e and not isinstance(e[k], bool):
                bad.append(f"{where}: {k} must be a boolean")
        for k in ("not_followed_by", "not_preceded_by"):
            if k in e and not (isinstance(e[k], list) and all(isinstance(s, str) and s.strip() for s in e[k])):
                bad.append(f"{where}: {k} must be a list of strings")
        if set(e["fire"]) & set(e["quiet"]):
            bad.append(f"{where}: a sentence is both fire and quiet")
    assert not bad, "\n".join(bad)


def test_fixable_entries_offer_one_rewrite_first(lexicon):
    """`fix = true` applies the first suggestion; it must not be a no-op."""
    lang, entries = lexicon
    for f, e in entries:
        if e.get("fix"):
            assert e["suggest"][0].lower() not in {w.strip("<>?").lower() for w in e["pattern"].split()}, f"{f}::{e['id']}"


def test_every_kind_is_represented(lexicon):
    lang, entries = lexicon
    assert {e["kind"] for _, e in entries} == KINDS, lang
