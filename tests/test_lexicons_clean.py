"""Precision of the French, Portuguese, Italian and German lexicons on idiomatic English.

tests/data/lexicons_clean_en.txt holds idiomatic English news sentences about the
countries these lexicons serve, many of them the near-misses of entries (`the actual
cost`, `a hundred of them`, `assured him that`, `the Planalto palace`, `the boot of the
car`). No strong entry may match any of them; weak entries (reported only when the
document's source language is theirs) may match at most three.
"""
from conftest import ROOT
from tqcheck.lexicon import builtin_entries, compile_entry
from tqcheck.lexicon.matcher import Matcher

LANGS = ("fr", "pt", "it", "de")
SENTENCES = [s for s in (ROOT / "tests" / "data" / "lexicons_clean_en.txt").read_text("utf-8").splitlines() if s.strip()]


def _hits():
    m = Matcher([compile_entry(e) for e in builtin_entries() if e.lang in LANGS])
    return [(s, h) for s in SENTENCES for h in m.scan_text(s)]


def test_clean_set_is_substantial():
    assert len(SENTENCES) >= 200


def test_no_strong_entry_fires_on_idiomatic_english():
    strong = [f"{h.entry.entry.where}: {s[h.start:h.end]!r} in {s!r}" for s, h in _hits() if not h.entry.entry.weak]
    assert not strong, "\n".join(strong)


def test_weak_entries_rarely_fire_on_idiomatic_english():
    weak = [f"{h.entry.entry.where}: {s[h.start:h.end]!r}" for s, h in _hits() if h.entry.entry.weak]
    assert len(weak) <= 3, "\n".join(weak)
