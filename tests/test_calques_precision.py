"""TQ3xx precision: idiomatic English draws (almost) nothing; the inferred source language
decides weak entries (the rules' own examples, weak entries with a given source language
included, are in tqcheck/rules/tq3_calques/cases/)."""
import pytest

from conftest import ROOT
from tqcheck.api import check_text
from tqcheck.config import Config
from tqcheck.lexicon import builtin_entries

CLEAN = ROOT / "corpora" / "eval" / "clean-en.txt"


def _tq3(text, lang="auto"):
    return [f for f in check_text(text, Config(select=("TQ3",), source_lang=lang)).findings]


def test_clean_english_draws_at_most_three_findings():
    lines = [l for l in CLEAN.read_text("utf-8").splitlines() if l.strip()]
    assert len(lines) >= 300
    found = [(f.rule, f.text, line) for line in lines for f in _tq3(line)]
    assert len(found) <= 3, found


def test_clean_english_as_one_document_guesses_no_source_language():
    text = "\n\n".join(l for l in CLEAN.read_text("utf-8").splitlines() if l.strip())
    result = check_text(text, Config(select=("TQ3",)))
    assert len(result.findings) <= 3
    assert result.source_language.guess is None


ENTRIES = builtin_entries()


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{e.file}::{e.id}" for e in ENTRIES])
def test_near_misses_quiet_for_every_lexicon(entry):
    """A `quiet` sentence is correct English: no entry of any lexicon may fire on it,
    even with the source language forced so that weak entries are live."""
    for q in entry.quiet:
        hits = _tq3(q, entry.lang)
        assert not hits, f"{entry.where}: quiet example {q!r} drew {[(h.rule, h.text) for h in hits]}"


WEAK_ONLY = "The museum actually holds 2,000 paintings in its vaults."
SPANISH_EVIDENCE = ("The ministry collected in a statement that the plant would stay open. "
                    "The minister assured that the jobs were safe. ")


def test_weak_entry_fires_when_the_document_is_inferred_spanish():
    result = check_text(SPANISH_EVIDENCE + WEAK_ONLY, Config(select=("TQ3",)))
    assert result.source_language.guess == "es"
    assert "actually holds" in [f.text for f in result.findings]
    weak = next(f for f in result.findings if f.text == "actually holds")
    assert weak.rule == "TQ302" and weak.source_lang == "es"
    # The message says which evidence let the ambiguous entry fire.
    assert "`collected in a statement`" in weak.message and "Spanish" in weak.message


def test_explicit_source_lang_overrides_the_guess():
    result = check_text(SPANISH_EVIDENCE + WEAK_ONLY, Config(select=("TQ3",), source_lang="fr"))
    assert result.source_language.guess == "fr"
    assert "actually holds" not in [f.text for f in result.findings]
    assert "collected in a statement" in [f.text for f in result.findings]   # strong entries still fire
