"""Lexicons are tested data: every entry's `fire` examples match it, its `quiet` ones do not.

Runs over every file under corpora/*-en/ (all source languages); a failure names the
file and the entry id.
"""
import pytest

from conftest import ROOT
from tqcheck.lexicon import (LexiconError, builtin_entries, check_examples, compile_entry,
                             load_lexicon_file, parse_lexicon)
from tqcheck.lexicon.matcher import Matcher
from tqcheck.lexicon.pattern import compile_pattern

LEXICON_FILES = sorted((ROOT / "corpora").glob("*-en/*.toml"))
ENTRIES = builtin_entries()


def test_every_lexicon_file_is_loaded():
    loaded = {e.file for e in ENTRIES}
    on_disk = {f"corpora/{p.parent.name}/{p.name}" for p in LEXICON_FILES}
    assert on_disk <= loaded | {f for f in on_disk if not parse_lexicon(
        (ROOT / f).read_text("utf-8"), f)}, sorted(on_disk - loaded)


def test_ids_are_unique_per_language():
    seen = {}
    for e in ENTRIES:
        key = (e.lang, e.id)
        assert key not in seen, f"{e.where}: id also used in {seen[key]}"
        seen[key] = e.file


@pytest.mark.parametrize("entry", ENTRIES, ids=[f"{e.file}::{e.id}" for e in ENTRIES])
def test_entry_examples(entry):
    problems = check_examples([entry])
    assert not problems, "\n".join(problems)


def test_examples_fire_through_the_shared_matcher():
    """The combined matcher (all lexicons in one trie) finds each entry on its own examples."""
    m = Matcher([compile_entry(e) for e in ENTRIES])
    missing = []
    for e in ENTRIES:
        for ex, _ in e.fire_examples:
            if not any(h.entry.entry is e for h in m.scan_text(ex)):
                missing.append(f"{e.where}: {ex!r}")
    assert not missing, "\n".join(missing[:20])


# --- the pattern language ------------------------------------------------------------
ENTRY = """
[meta]
source_language = "es"
[[entry]]
id = "t"
pattern = "{pattern}"
source = "x"
suggest = ["y"]
kind = "calque"
severity = "warning"
explain = "test"
fire = ["{fire}"]
quiet = ["{quiet}"]
{extra}
"""


def _matcher(pattern, extra=""):
    entries = parse_lexicon(ENTRY.format(pattern=pattern, fire="a", quiet="b", extra=extra), "t.toml")
    return Matcher([compile_entry(e) for e in entries])


def _spans(m, text):
    return [text[h.start:h.end] for h in m.scan_text(text)]


@pytest.mark.parametrize("pattern,text,expected", [
    ("<collect> in a statement", "The ministry collected in a statement that", ["collected in a statement"]),
    ("<collect> in a statement", "The ministry collecting in a statement", ["collecting in a statement"]),
    ("<give> to know", "She gave to know it", ["gave to know"]),
    ("<give> to know", "It was given to know", ["given to know"]),
    ("a record <figure>", "reached record figures", []),
    ("the? <past> tuesday|monday", "on the past Monday", ["the past Monday"]),
    ("the? <past> tuesday|monday", "on past Tuesday", ["past Tuesday"]),
    ("the also president {NAME}", "said the also president Luis Arce Catacora on", ["the also president Luis Arce Catacora"]),
    ("more than {NUM} percent", "more than 40 percent", ["more than 40 percent"]),
    ("more than {NUM} percent", "more than forty percent", []),
    ("{POSS} homologue", "met their homologue", ["their homologue"]),
    ("<row> in the right direction", "and row “in the right direction” to", ["row “in the right direction”"]),
    ("one more example", "is “one more example” of", ["one more example"]),
    ("in the frame of", "IN THE FRAME OF the talks", ["IN THE FRAME OF"]),
    ("the country's", "the country’s leaders", ["the country’s"]),
])
def test_pattern_language(pattern, text, expected):
    assert _spans(_matcher(pattern), text) == expected


def test_not_followed_and_not_preceded_by():
    m = _matcher("<assure> that", 'not_followed_by = ["is", "{NAME}"]\nnot_preceded_by = ["can"]')
    assert _spans(m, "Xi assured that the plan works.") == ["assured that"]
    assert _spans(m, "We can assure that the plan works.") == []
    assert _spans(m, "Xi assured that is fine.") == []
    assert _spans(m, "Xi assured that Putin agreed.") == []


def test_matches_do_not_cross_paragraphs():
    from tqcheck.document import Document

    m = _matcher("the past tuesday")
    doc = Document("He left the past\n\nTuesday was quiet.")
    assert m.scan_document(doc) == []


# --- loader errors name file and entry -----------------------------------------------
@pytest.mark.parametrize("pattern,extra,message", [
    ("<collect in", "", "malformed lemma slot"),
    ("{PERSON} said", "", "unknown slot"),
    ("{ANY}", "", "without any fixed word"),
    ("a b", 'kind2 = "x"', "unknown key"),
    # one token per alternative: these read as `the`, `past|the`, `previous`
    ("the past|the previous", "", "alternatives are one token each"),
    ("in the past|in the previous week", "", "alternatives are one token each"),
])
def test_bad_entries_are_named(pattern, extra, message):
    with pytest.raises(LexiconError) as exc:
        parse_lexicon(ENTRY.format(pattern=pattern, fire="a", quiet="b", extra=extra), "bad.toml")
    assert "bad.toml: entry 't'" in str(exc.value) and message in str(exc.value)


@pytest.mark.parametrize("pattern", ["with relation to|with", "at the exit of|from a|the meeting",
                                     "the notice of {POSS}|the? attack", "this monday|tuesday ,"])
def test_one_token_alternatives_lint_spares_real_patterns(pattern):
    assert compile_pattern(pattern)


def test_multiword_alternative_error_is_one_line():
    with pytest.raises(LexiconError) as exc:
        parse_lexicon(ENTRY.format(pattern="the past|the previous monday", fire="a", quiet="b", extra=""), "es.toml")
    assert "\n" not in str(exc.value) and str(exc.value).startswith("es.toml: entry 't'")


def test_missing_keys_and_bad_values_are_named():
    text = ENTRY.format(pattern="a b", fire="a", quiet="b", extra="").replace('kind = "calque"', 'kind = "calc"')
    with pytest.raises(LexiconError, match=r"bad.toml: entry 't': `kind` is 'calc'"):
        parse_lexicon(text, "bad.toml")
    text = ENTRY.format(pattern="a b", fire="a", quiet="b", extra="").replace('quiet = ["b"]', "")
    with pytest.raises(LexiconError, match=r"bad.toml: entry 't': missing `quiet`"):
        parse_lexicon(text, "bad.toml")
    with pytest.raises(LexiconError, match="bad.toml: not valid TOML"):
        parse_lexicon("[[entry]\n", "bad.toml")
    doubled = ENTRY.format(pattern="a b", fire="a", quiet="b", extra="") + "\n".join(
        ENTRY.format(pattern="c d", fire="a", quiet="b", extra="").splitlines()[3:])
    with pytest.raises(LexiconError, match="duplicate id"):
        parse_lexicon(doubled, "bad.toml")


def test_check_examples_reports_entry(tmp_path):
    f = tmp_path / "house.toml"
    f.write_text(ENTRY.format(pattern="<collect> in a statement", fire="It collected in a note.",
                              quiet="It collected in a statement.", extra=""), "utf-8")
    problems = check_examples(load_lexicon_file(f, house=True))
    assert len(problems) == 2
    assert all(f"{f}: entry 't'" in p for p in problems)
    assert "`fire` example does not match" in problems[0]
    assert "`quiet` example matches 'collected in a statement'" in problems[1]


def test_marked_fire_examples_check_the_span(tmp_path):
    """A `fire` example may mark the span the entry must report."""
    f = tmp_path / "house.toml"
    f.write_text(ENTRY.format(pattern="<collect> in a statement", quiet="It said so.", extra="",
                              fire="It <marker>collected in a statement</marker> that."), "utf-8")
    assert check_examples(load_lexicon_file(f, house=True)) == []
    f.write_text(ENTRY.format(pattern="<collect> in a statement", quiet="It said so.", extra="",
                              fire="It <marker>collected in</marker> a statement that."), "utf-8")
    problems = check_examples(load_lexicon_file(f, house=True))
    assert len(problems) == 1 and "not the marked span" in problems[0]


def test_large_phrasebook_one_pass(tmp_path):
    """10,000 house entries compile into the same trie and match in one pass."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_calques import synthetic_phrasebook

    from tqcheck.lexicon import load_phrasebooks

    path = tmp_path / "big.toml"
    synthetic_phrasebook(10_000, path)
    entries = load_phrasebooks([str(path)])
    assert len(entries) == 10_000
    m = Matcher([compile_entry(e) for e in ENTRIES + entries])
    target = entries[7321]
    text = f"Officials said {target.fire[0]} on Monday, and the ministry collected in a statement that it agreed."
    hits = {(h.entry.entry.id, text[h.start:h.end]) for h in m.scan_text(text)}
    assert (target.id, target.fire[0]) in hits
    assert ("recoger-en-comunicado", "collected in a statement") in hits
    assert len(hits) == 2


# --- the precompiled lexicons (corpora/lexicons.jsonl) ---------------------------------
def test_precompiled_lexicons_are_up_to_date():
    """The shipped cache is what the generator makes of today's TOML files and code."""
    from tqcheck.lexicon.cache import CACHE_FILE, build_text

    shipped = (ROOT / "corpora" / CACHE_FILE).read_text("utf-8")
    assert shipped == build_text(), (
        f"corpora/{CACHE_FILE} is stale: run `python scripts/build_lexicon_cache.py` and commit it")


def test_builtin_entries_are_the_validated_toml_entries():
    from tqcheck.lexicon.cache import lexicon_sources, parse_sources

    assert ENTRIES == tuple(parse_sources(lexicon_sources()))


def test_stale_cache_is_not_used():
    """A lexicon edited since the cache was built: the cache no longer applies."""
    from tqcheck.lexicon.cache import LexiconSource, build_text, lexicon_sources, read_cache

    sources = lexicon_sources()
    text = build_text(sources)
    assert read_cache(text, sources) is not None
    edited = [sources[0]._replace(data=sources[0].data.replace(b'severity = "warning"', b'severity = "error"', 1))]
    assert read_cache(text, edited + sources[1:]) is None
    assert read_cache(text, sources[1:]) is None
    assert read_cache(text, sources + [LexiconSource("corpora/xx-en/new.toml", b"")]) is None


def test_cache_reads_back_what_it_was_built_from():
    from tqcheck.lexicon.cache import build_text, compile_sources, lexicon_sources, read_cache

    sources = lexicon_sources()
    fresh = compile_sources(sources)
    cached = read_cache(build_text(sources), sources)
    assert tuple(cached.entries) == tuple(fresh.entries)
    assert cached.trie.to_json() == fresh.trie.to_json()


def test_house_entries_join_the_builtin_trie(tmp_path):
    """A phrasebook's trie merged into the built-in one finds what one trie of both finds."""
    from tqcheck.lexicon import load_phrasebooks
    from tqcheck.lexicon.matcher import Trie

    path = tmp_path / "house.toml"
    path.write_text(ENTRY.format(pattern="in the frame of {NAME}", fire="a", quiet="b", extra=""), "utf-8")
    house = [compile_entry(e) for e in load_phrasebooks([str(path)])]
    everything = [compile_entry(e) for e in ENTRIES] + house
    builtin = Trie.build((s, i) for i, ce in enumerate(everything[:-1]) for s in ce.sequences)
    merged = Trie.build(((s, len(ENTRIES)) for s in house[0].sequences), base=builtin)
    text = "It was done in the frame of Operation Trident, in the frame of the law."
    one = [(h.start, h.end, h.entry.entry.id) for h in Matcher(everything).scan_text(text)]
    two = [(h.start, h.end, h.entry.entry.id) for h in Matcher(everything, merged).scan_text(text)]
    assert one == two and ("t" in {i for _, _, i in one})


def test_no_lexicon_example_is_copied_into_a_test_file():
    """Entries keep their examples in the lexicon TOML; tests must not repeat them by hand."""
    import glob

    examples = {t for e in ENTRIES for t, _ in e.fire_examples} | {q for e in ENTRIES for q in e.quiet}
    copies = []
    for path in glob.glob(str(ROOT / "tests" / "**" / "*.py"), recursive=True):
        src = open(path, encoding="utf-8").read()
        copies += [f"{path}: {t!r}" for t in examples if len(t) >= 20 and t in src]
    assert not copies, "lexicon examples repeated by hand:\n" + "\n".join(copies)


def test_installed_copy_checks_names_and_sizes(monkeypatch, tmp_path):
    """Outside a source tree the cache is trusted when the lexicon files have the names
    and sizes it records (no read, no CRC); another size, a file more or less: not."""
    from tqcheck.lexicon import cache

    monkeypatch.setattr(cache, "is_source_tree", lambda: False)
    assert cache.load_cache() is not None
    files = cache._lexicon_files()
    grown = tmp_path / "grown.toml"
    grown.write_bytes(open(files[0][1], "rb").read() + b"\n")
    monkeypatch.setattr(cache, "_lexicon_files", lambda: [(files[0][0], str(grown))] + files[1:])
    assert cache.load_cache() is None
    monkeypatch.setattr(cache, "_lexicon_files", lambda: files[1:])
    assert cache.load_cache() is None
    monkeypatch.setattr(cache, "_lexicon_files", lambda: files)
    assert cache.load_cache() is not None


def test_damaged_cache_is_not_used():
    """A cache cut short, or whose line ends were rewritten (CRLF), reads as None."""
    from tqcheck.lexicon.cache import build_text, lexicon_sources, read_cache

    sources = lexicon_sources()
    data = build_text(sources).encode("utf-8")
    assert read_cache(data, sources) is not None
    assert read_cache(data[:-10], sources) is None
    assert read_cache(data.replace(b"\n", b"\r\n"), sources) is None
    assert read_cache(data[:data.find(b"\n") + 20], sources) is None
