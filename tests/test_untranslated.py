"""TQ5xx: untranslated fragments, non-Latin script, web boilerplate and glued words: what the
case files (tqcheck/rules/tq5_untranslated/cases/) cannot say: languages, severities, data
files, the langid index, speed and robustness."""
import json
from collections import Counter
from pathlib import Path

import pytest

from tqcheck.api import check_text
from tqcheck.config import Config
from tqcheck.nlp import langid

ROOT = Path(__file__).resolve().parent.parent
GOOD = [ln for ln in (ROOT / "tests" / "data" / "untranslated_good_english.txt").read_text("utf-8").splitlines()
        if ln.strip()]
TQ5 = Config(select=("TQ5",))


def tq5(text):
    return [f for f in check_text(text, TQ5).findings if f.rule.startswith("TQ5")]


def _cases(code):
    from tqcheck.rules import get_rule

    return get_rule(code).cases.fires


@pytest.mark.parametrize("code", ["TQ501", "TQ502", "TQ503"])
def test_case_findings_name_their_source_language(code):
    """The case files (cases/TQ50x.toml) hold spans and fixes; here: every finding of a
    fires case carries a source language, named in its message."""
    for case in _cases(code):
        hits = [f for f in tq5(case.text) if f.rule == code]
        assert hits, case.text
        for f in hits:
            if code == "TQ503" and f.suggestions == ("(remove)",):
                assert f.source_lang is None  # page furniture in English or by its shape
                continue
            assert f.source_lang and langid.LANG_NAMES[f.source_lang] in f.message, case.text


@pytest.mark.parametrize("text,code,lang", [
    ("Lea también: a new trade pact for the region", "TQ503", "es"),
    ("The council praised the vecinos y vecinas of the district.", "TQ501", "es"),
    ("The brand unveiled the tablet d’Oppo in Paris.", "TQ501", "fr"),
    ("Dann we went home.", "TQ501", "de"),
    ("If the council sube the fees, shops will close.", "TQ501", "es"),
    ("Officials in 上海 met on Tuesday.", "TQ502", "zh"),
    ("Leia mais: a bank raises rates", "TQ503", "pt"),
    ("Lire aussi : a strike in Lyon", "TQ503", "fr"),
    ("Auch interessant: a storm in Hamburg", "TQ503", "de"),
])
def test_findings_carry_the_source_language(text, code, lang):
    hits = [f for f in tq5(text) if f.rule == code]
    assert hits and hits[0].source_lang == lang, text


def test_english_gloss_in_message():
    (f,) = tq5("If the council sube the fees, shops will close.")
    assert "raises" in f.message and f.severity.value == "warning"


def test_whole_source_sentence_is_a_major_passage():
    (f,) = tq5("El gobierno aprobó la reforma laboral el martes. The vote was close.")
    assert f.rule == "TQ501" and f.source_lang == "es" and f.severity.value == "error"
    assert f.text == "El gobierno aprobó la reforma laboral el martes"


def test_good_english_list_is_large_enough():
    assert len(GOOD) >= 50


@pytest.mark.parametrize("sentence", GOOD)
def test_correct_english_with_foreign_names_stays_quiet(sentence):
    assert tq5(sentence) == [], sentence


def test_boilerplate_data_examples_fire_with_their_language():
    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib
    data = tomllib.loads((ROOT / "corpora" / "boilerplate.toml").read_text("utf-8"))
    for entry in data["entry"]:
        assert entry["english"] and entry["phrases"]
        for example in entry["examples"]:
            hits = [f for f in tq5(example) if f.rule == "TQ503"]
            # English furniture is reported without a source language (it is no evidence of one).
            lang = None if entry["lang"] == "en" else entry["lang"]
            assert hits and all(h.source_lang == lang for h in hits), example


def test_german_noun_after_a_number():
    (f,) = tq5("The bill comes to 2,5 Milliarden Euro.")
    assert f.rule == "TQ501" and f.source_lang == "de"


def test_seed_draws_no_tq5_finding(seed_text, seed_gold):
    assert not any(g["category"] == "untranslated" for g in seed_gold)
    assert tq5(seed_text) == []


def test_findings_feed_the_source_language_guess():
    text = ("If the council sube the fees, shops will close. The mayor thanked the vecinos "
            "y vecinas, neighbours who came.\n\nLea también: the budget")
    res = check_text(text, TQ5)
    assert res.source_language.guess == "es"
    assert res.source_language.votes["es"] > 0


def test_deterministic():
    text = "The minister said the reform was muy importante. Dann they left. Officials in 北京 agreed."
    a = [f.to_json() for f in tq5(text)]
    b = [f.to_json() for f in tq5(text)]
    assert a == b and len(a) == 3


def test_langid_helpers():
    assert langid.en_zipf("the") > 7 and langid.en_zipf("sube") == 0
    assert max(langid.src_zipf("también"), key=langid.src_zipf("también").get) == "es"
    assert langid.script_of("Д") == "cyrillic" and langid.script_of("a") is None
    probs = dict(langid.detect_langs("el gobierno aprobó el presupuesto"))
    assert max(probs, key=probs.get) == "es"


def test_langid_index_is_current():
    """The index the checker reads is built from the band lists (the wordfreq extract)."""
    built = langid.build_index({name: langid.read_band_list(name) for name in langid.BAND_LISTS})
    assert langid.read_index() == built.encode("utf-8"), (
        "corpora/langid/index.tsv is stale: run python scripts/build_langid_index.py")


def test_langid_lookups_agree_with_the_band_lists():
    for name in langid.BAND_LISTS:
        for n, line in enumerate(langid.read_band_list(name).splitlines()):
            band, words = line.split("\t", 1)
            for w in words.split(" ")[n % 7::97]:
                if name.startswith("en"):
                    assert langid.en_zipf(w) == int(band) / 10.0, w
                else:
                    assert langid.src_zipf(w)[name] == int(band) / 10.0, w
    assert langid.en_zipf("Zzzzqx") == 0.0 and langid.src_zipf("zzzzqx") == {}
    assert langid.en_zipf("ab\ud800") == 0.0  # a lone surrogate is looked up, not an error
    assert list(langid.src_zipf("de")) == [lang for lang in langid.SOURCE_LANGS if lang in langid.src_zipf("de")]


def test_tq501_prefilter_agrees_with_the_classifier():
    """A word classify calls strong or elision in any context must pass may_be_strong."""
    from tqcheck.nlp.tokens import Token
    from tqcheck.rules.tq5_untranslated import classify as u

    words = set()
    for text in [*(r for r in GOOD), *(json.loads(x)["text"] for x in
                 (ROOT / "corpora" / "eval" / "code-mixed.jsonl").read_text("utf-8").splitlines())]:
        words.update(w.strip(".,;:!?\"()“”«»") for w in text.split())
    words |= {"Dann", "Pero", "Nachbarn", "d'Oppo", "d’Oppo", "sube", "vecinos", "façade", "niño", "THE"}
    contexts = [(t, n, p) for t in (True, False) for n in (None, Token(0, 3, "the", "word"),
                Token(0, 3, "los", "word"), Token(0, 3, "Said", "word")) for p in (None, Token(0, 3, "the", "word"))]
    for w in sorted(x for x in words if x):
        tok = Token(0, len(w), w, "word")
        kinds = {u.classify(tok, initial, nxt, prev)[0] for initial, nxt, prev in contexts}
        if kinds & {"strong", "elision"}:
            assert u.may_be_strong(w), w


def test_boilerplate_case_specials_cover_the_phrase_letters():
    """boilerplate._first_words_found trusts str.lower() for inner phrase words except in texts
    holding a CASE_SPECIALS character: no other character matches a phrase letter
    under re.IGNORECASE while lower-casing to something else."""
    import re

    from tqcheck.rules.tq5_untranslated import boilerplate as u

    letters = sorted({c for table in u.phrase_tables() for ps in table.values() for p in ps for c in p if c.isalpha()})
    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    matching = set(re.findall("[" + "".join(letters) + "]", everything, re.IGNORECASE))
    disagree = {c for c in matching for letter in letters
                if re.fullmatch(re.escape(letter), c, re.IGNORECASE) and c.lower() != letter}
    assert disagree <= set(u.CASE_SPECIALS)


def test_code_mixed_set_is_valid_and_mostly_found():
    recs = [json.loads(x) for x in (ROOT / "corpora" / "eval" / "code-mixed.jsonl").read_text("utf-8").splitlines()]
    assert len(recs) >= 100 and {r["lang"] for r in recs} == {"es", "fr", "pt", "it", "de"}
    found = 0
    for r in recs:
        (s, e), = r["spans"]
        assert r["text"][s:e] == r["source"]
        fs = tq5(r["text"])
        found += any(f.start < e and s < f.end and f.source_lang == r["lang"] for f in fs)
    assert found / len(recs) >= 0.7


def test_near_linear_on_long_single_line():
    text = ("The minister said the vecinos y vecinas came. Sánchezsaid it. 北京 " * 2000)
    import time

    t0 = time.perf_counter()
    fs = tq5(text)
    assert time.perf_counter() - t0 < 20
    assert sorted(Counter(f.rule for f in fs).items()) == [("TQ501", 2000), ("TQ502", 2000), ("TQ504", 2000)]


def test_long_untranslated_quotation_is_one_passage():
    # Spans and the quiet near-misses (a long English quotation, a title) are in cases/TQ501.toml.
    text = "She said “el gobierno va a mantener la coordinación con los países de la región” then left."
    (f,) = tq5(text)
    assert f.rule == "TQ501" and f.source_lang == "es" and f.severity.value == "error"


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = ["the", "sube", "y", "de", "“", "”", "\"", "(", ")", "*", "_", "d'", "l’Oppo", "Dann", "北京",
           "Правда", "π", "2023in", "in2023", "Lea", "también", ":", "\n", "\n\n", "Sánchezsaid", "ñ", "-",
           "'", "«", "»", "Publicidad", "el", "gobierno", "aprobó", ".", "vecinos", "ß", "İ", "x" * 30,
           "Read", "also", "Las", "Gobierno", "exportsThe", "$372finally", "[ad_1]", "Source", "link",
           "Translated", "from", "Get", "newsletter", "inbox", "(", "or", "so-called", "cantaban"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from([" ", ""]))
def test_never_crashes_and_offsets_are_valid(pieces, sep):
    text = sep.join(pieces)
    for f in tq5(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start:f.end]
        if f.fix is not None:
            assert f.fix.replace(" ", "") == f.text


@pytest.mark.parametrize("text,lang", [
    ("El Gobierno aprueba los presupuestos\n\nThe government approved the budget on Tuesday.", "es"),
    ("O governo aprovou o orçamento nesta terça-feira.\n\nThe government approved the budget.", "pt"),
    ("Il governo ha approvato la legge di bilancio.\n\nThe government approved the budget.", "it"),
    ("Die Regierung hat den Haushalt gebilligt.\n\nThe government approved the budget.", "de"),
    ("Le gouvernement a adopté le budget mardi.\n\nThe government approved the budget.", "fr"),
])
def test_source_headline_left_above_translation(text, lang):
    (f,) = tq5(text)
    assert f.rule == "TQ501" and f.source_lang == lang and f.severity.value == "error"
    assert f.end <= text.index("\n\n")


@pytest.mark.parametrize("text,lang", [
    ("The minister said Правительство утвердило бюджет on Friday.", "ru"),
    ("The sign read Україна переможе near the border.", "uk"),
    ("Officials in 北京 said the talks went well.", "zh"),
    ("The poster said ありがとうございます in large letters.", "ja"),
    ("The broadcaster aired 대한민국 news at noon.", "ko"),
    ("The statement quoted الحكومة ستعمل on the plan.", "ar"),
    ("The banner said Δημοκρατία above the stage.", "el"),
    ("The paper printed שלום עכשיו on its front page.", "he"),
])
def test_non_latin_script_names_the_language(text, lang):
    (f,) = tq5(text)
    assert f.rule == "TQ502" and f.source_lang == lang and f.severity.value == "error"


_LEADERS = """Anderson Hutchinson Dickinson Kaepernick Erdogan Bolsonaro Alckmin Tarcísio Kirchner Milei
    Bullrich Boric Boluarte Bukele Giammattei Zelenskyy Shmyhal Kuleba Podolyak Lavrov Gerasimov Prigozhin
    Navalny Zakharova Nebenzia Baerbock Pistorius Schlein Mattarella Darmanin Lecornu Mélenchon Bardella
    Braverman Hipkins Poilievre Jaishankar Haniyeh Sinwar Khamenei Amirabdollahian Tebboune Ramaphosa
    Tshisekedi Mnangagwa Hichilema Widodo Prabowo Paetongtarn Wickremesinghe Dissanayake Muizzu Tokayev
    Mirziyoyev Berdimuhamedow Pashinyan Kobakhidze Lukashenko Tsikhanouskaya Morawiecki Kaczyński Nausėda
    Rinkēvičs Niinistö Kristersson Frederiksen Feijóo Puigdemont Aragonès Mitsotakis Christodoulides
    Plenković Mickoski Iohannis Ciolacu""".split()


@pytest.mark.parametrize("name", _LEADERS)
def test_names_are_not_glued_words(name):
    assert tq5(f"The report mentioned {name} twice, officials said.") == []


@pytest.mark.parametrize("text, phrase", [
    ("Continua  após a publicidade\n\nThe minister spoke.", "Continua  após a publicidade"),   # two spaces
    ("Continua\tapós a publicidade\n\nThe minister spoke.", "Continua\tapós a publicidade"),   # a tab
    ("Leia   mais: the markets on Friday", "Leia   mais"),
    ("Leia maiſ: the markets on Friday", "Leia maiſ"),   # long s: the regex folds it to `s`, lower() does not
])
def test_boilerplate_with_odd_spacing_or_case_folding_is_found_not_a_crash(text, phrase):
    (hit,) = check_text(text, Config(select=("TQ503",))).findings
    # A label line ending in `:` takes the rest of its line (the related story's title).
    assert hit.text == (text.split("\n")[0] if phrase.startswith("Leia") else phrase)
    assert hit.source_lang == "pt"
