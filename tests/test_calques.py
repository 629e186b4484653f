"""TQ3xx on the reference story: gold calques found by offsets, source language guessed."""
from tqcheck.api import check_text
from tqcheck.config import Config

from conftest import overlaps

CORE = {5, 6, 10, 12, 15, 16}
STRETCH = {8, 9, 11, 20, 21, 22, 23}


def _tq3(text, **cfg):
    return check_text(text, Config(**cfg))


def _found(findings, gold):
    return {g["id"] for g in gold
            if any(f.rule.startswith("TQ3") and overlaps(f.start, f.end, g["start"], g["end"]) for f in findings)}


def test_seed_core_calques_found(seed_text, seed_gold):
    result = _tq3(seed_text)
    found = _found(result.findings, seed_gold)
    assert CORE <= found, f"missing core gold items {sorted(CORE - found)}"


def test_seed_stretch_calques_found(seed_text, seed_gold):
    found = _found(_tq3(seed_text).findings, seed_gold)
    assert len(found & STRETCH) >= 3, f"stretch items found: {sorted(found & STRETCH)}"


def test_seed_tq3_findings_are_all_gold(seed_text, seed_gold):
    """Precision on the seed: every TQ3 finding overlaps a gold item."""
    stray = [f.text for f in _tq3(seed_text).findings if f.rule.startswith("TQ3")
             and not any(overlaps(f.start, f.end, g["start"], g["end"]) for g in seed_gold)]
    assert not stray, stray


def test_seed_source_language_is_spanish(seed_text):
    guess = _tq3(seed_text).source_language
    assert guess.guess == "es" and guess.confidence >= 0.5


def test_findings_carry_source_phrase_and_suggestions(seed_text):
    f = next(f for f in _tq3(seed_text).findings if f.text == "collects in a statement")
    assert f.rule == "TQ301" and f.source_lang == "es"
    assert "recoger en un comunicado" in f.message
    assert f.suggestions[0] == "said in a statement"


def test_overlap_resolution_keeps_best_and_same_span_weak_picks():
    """_select: a kept pick blocks overlapping later ones, except weak picks of other
    languages on the very same span; the result is in document order."""
    from tqcheck.lexicon import Entry, compile_entry
    from tqcheck.lexicon.matcher import RawMatch
    from tqcheck.rules.tq3_calques.lexicon_pass import select as _select

    def m(start, end, eid, lang="es", weak=False):
        e = Entry(id=eid, pattern="a b", source="x", suggest=("y",), kind="calque", severity="warning",
                  explain="t", fire=("a b",), quiet=("c",), lang=lang, file="t.toml", weak=weak)
        return RawMatch(start, end, compile_entry(e))

    raw = [m(0, 10, "long"), m(5, 8, "inside"), m(8, 12, "tail"), m(20, 25, "w-es", "es", True),
           m(20, 25, "w-fr", "fr", True), m(23, 26, "w-late", "es", True), m(40, 45, "alone")]
    picks = _select(raw, None)
    assert [(p.start, p.end, p.entries[0].entry.id) for p in picks] == [
        (0, 10, "long"), (20, 25, "w-es"), (20, 25, "w-fr"), (40, 45, "alone")]
    # With the source language known, its weak pick is preferred over the longer other one.
    picks = _select([m(20, 25, "w-es", "es", True), m(18, 30, "w-fr", "fr", True)], "es")
    assert [p.entries[0].entry.id for p in picks] == ["w-es"]
