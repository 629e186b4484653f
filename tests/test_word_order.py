"""TQ4xx word order and syntax: the issue's examples, the seed, and correct English."""
from pathlib import Path

import pytest

from tqcheck.api import check_text
from tqcheck.config import Config
from tqcheck.document import Document
from tqcheck.nlp.tagger import pos_view
from tqcheck.rules import get_rule

from conftest import overlaps

TQ4 = Config(select=("TQ4",))
CLEAN = Path(__file__).parent / "data" / "word_order_clean.txt"


def _tq4_fires_cases():
    from tqcheck.rules import all_rules

    return [pytest.param(r.code, c, id=f"{r.code}-fires{i}") for r in all_rules() if r.code.startswith("TQ4")
            for i, c in enumerate(r.cases.fires)]


@pytest.mark.parametrize("code,case", _tq4_fires_cases())
def test_case_examples_fire_only_their_own_rule(code, case):
    """tests/test_rule_cases.py runs each rule alone; here the whole family runs at once."""
    assert {f.rule for f in check_text(case.text, TQ4).findings} == {code}, case.text


def test_word_lists_are_data():
    """The TQ4 word lists load from corpora/word_order.toml: every list is used, non-empty,
    lower case (except the capitalised words TQ404 looks for) and kept sorted in the file."""
    from importlib import resources

    from tqcheck import tomlio
    from tqcheck.rules.tq4_word_order import vocabulary

    raw = tomlio.loads(resources.files("tqcheck.corpora").joinpath(vocabulary.DATA_FILE).read_text("utf-8"))
    lists = vocabulary.word_lists()
    assert set(raw) == set(lists) and len(lists) >= 30
    source = Path(vocabulary.__file__).read_text("utf-8")
    for name, value in raw.items():
        words = value.split()
        assert words and words == sorted(words) and len(set(words)) == len(words), name
        assert f'_words("{name}")' in source, f"{name}: list not used"
        if name == "demonyms":
            assert all(w.split(":")[0] == w.split(":")[0].lower() for w in words), name
        elif not name.startswith("cap_") or name in {"cap_after", "cap_verbs_not"}:
            assert all(w == w.lower() for w in words), name
    assert vocabulary.CLASSIFYING == lists["classifying"] and "strategic" in vocabulary.CLASSIFYING
    assert vocabulary.word_lists() is lists  # read once


def test_rules_declare_their_trigger_words():
    from tqcheck.rules import get_rule
    from tqcheck.rules.tq4_word_order import vocabulary

    assert get_rule("TQ401").triggers == vocabulary.CLASSIFYING
    assert get_rule("TQ402").triggers == vocabulary.REPORTING
    assert get_rule("TQ403").triggers == vocabulary.SUBJ_PRONOUNS
    assert {"he", "stressed"} <= get_rule("TQ404").triggers
    assert get_rule("TQ407").triggers == vocabulary.OVS_VERBS
    assert {"today", "tuesday", "morning"} <= get_rule("TQ409").triggers


def _clean_sentences():
    return [line.strip() for line in CLEAN.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_there_are_at_least_60_look_alikes():
    assert len(_clean_sentences()) >= 60


@pytest.mark.parametrize("sentence", _clean_sentences())
def test_correct_english_look_alikes_stay_quiet(sentence):
    assert [(f.rule, f.text) for f in check_text(sentence, TQ4).findings] == []


def test_look_alikes_stay_quiet_as_one_article():
    text = "\n\n".join(_clean_sentences())
    assert check_text(text, TQ4).findings == []


ARTEFACTS = Path(__file__).parent / "data" / "word_order_artefacts.txt"


def _artefacts():
    return [tuple(line.split("\t", 1)) for line in ARTEFACTS.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("code,sentence", _artefacts())
def test_mt_artefacts_fire_their_rule(code, sentence):
    assert code in {f.rule for f in check_text(sentence, TQ4).findings}, sentence


def test_seed_finds_gold_2_3_7_and_nothing_else(seed_text, seed_gold):
    findings = check_text(seed_text, TQ4).findings
    wanted = [g for g in seed_gold if g["id"] in (2, 3, 7)]
    for g in wanted:
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for f in findings), g["span"]
    for f in findings:
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for g in wanted), (f.rule, f.text)
    assert sorted(f.rule for f in findings) == ["TQ401", "TQ402", "TQ403"]


def test_seed_spans_and_suggestions(seed_text, seed_gold):
    by_rule = {f.rule: f for f in check_text(seed_text, TQ4).findings}
    gold = {g["id"]: g for g in seed_gold}
    assert (by_rule["TQ403"].start, by_rule["TQ403"].end) == (gold[2]["start"], gold[2]["end"])
    assert by_rule["TQ403"].suggestions[0] == gold[2]["fix"]
    assert (by_rule["TQ402"].start, by_rule["TQ402"].end) == (gold[3]["start"], gold[3]["end"])
    assert by_rule["TQ402"].suggestions[0] == gold[3]["fix"]
    assert (by_rule["TQ401"].start, by_rule["TQ401"].end) == (gold[7]["start"], gold[7]["end"])
    assert by_rule["TQ401"].suggestions[0] == gold[7]["fix"]


def _tq4_hits(doc):
    """Run every TQ4 rule on ``doc`` directly (no engine), so its views can be inspected."""
    from tqcheck.context import RuleContext
    from tqcheck.rules import all_rules

    ctx = RuleContext(config=TQ4)
    return [h for r in all_rules() if r.code.startswith("TQ4") for h in r.check(doc, ctx)]


def test_clean_text_is_not_tagged():
    doc = Document("The two leaders met in Beijing on Friday. They agreed to expand trade and "
                   "cooperation in energy. Both sides called the talks constructive.")
    assert _tq4_hits(doc) == []
    assert "pos" not in doc._views or pos_view(doc).tagged_count == 0


def test_only_candidates_are_tagged(seed_text):
    doc = Document(seed_text)
    _tq4_hits(doc)
    pos = pos_view(doc)
    assert pos.tagged_count <= 2 < len(doc.sentences)
    assert pos.tokens_tagged < 40




def test_severities():
    assert get_rule("TQ409").severity.value == "info"
    for code in ("TQ401", "TQ402", "TQ403", "TQ404", "TQ405", "TQ406", "TQ407", "TQ408"):
        assert get_rule(code).severity.value == "warning", code


def test_long_single_line_stays_near_linear():
    import time

    from tqcheck.context import RuleContext
    from tqcheck.rules import all_rules

    rules = [r for r in all_rules() if r.code.startswith("TQ4")]
    ctx = RuleContext(config=TQ4)
    unit = ("The president said the plan was ready and the people present applauded, "
            "and his partner strategic agreed. ")
    times = {}
    for reps in (500, 2000):
        doc = Document(unit * reps)
        doc.sentence_tokens()  # shared views are not this family's cost
        t0 = time.perf_counter()
        hits = [h for r in rules for h in r.check(doc, ctx)]
        times[reps] = time.perf_counter() - t0
        assert len(hits) == reps
    # 4x the text may not cost much more than 4x the time (plus noise).
    assert times[2000] < 8 * times[500] + 0.5


from hypothesis import given, settings, strategies as st  # noqa: E402

_VOCAB = ["the", "a", "his", "partner", "strategic", "decision", "political", "said", "today", ",", ".",
          "Xi", "Jinping", "China", "and", "Russia", "they", "will", "He", "It", "that", "citizens",
          "or", "Added", "concert", "attended", "3,000", "spectators", "On", "website", "has",
          "appeared", "statement", "Receiving", "Tuesday", "at", "Élysée", "delegation", "minister",
          "stated", "of", "Economy", "“", "”", "most", "important", "\n\n", "Spanish", "government"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=40))
def test_any_word_salad_gives_valid_spans(words):
    text = " ".join(words)
    for f in check_text(text, TQ4).findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start:f.end] and f.text == f.text.strip()
        assert f.suggestions and all(s.strip() for s in f.suggestions)


def _tq410_markdown(src: str):
    from tqcheck.readers.markdown import read_markdown
    doc = read_markdown(src, "notes.md").document
    return list(get_rule("TQ410").check(doc, None))


def test_tq410_quiet_where_markdown_dropped_a_code_span_or_emphasis():
    src = ("Run the tool on a file. `mytool --fix FILE` rewrites it in place.\n\n"
           "- `--diff` prints the changes instead.\n\n"
           "**mytool** finds slips in translated copy.\n")
    assert _tq410_markdown(src) == []


def test_tq410_still_fires_in_markdown_prose():
    src = "The bridge reopened on Monday. according to the city, repairs took *a year*.\n"
    hits = _tq410_markdown(src)
    assert [src[h.start:h.end] for h in hits] == ["according"]


def test_tq413_warns_only_where_the_inversion_is_not_english():
    def sev(text):
        return [f.severity.value for f in check_text(text, TQ4).findings if f.rule == "TQ413"]
    assert sev("“The plan is sound – notes Ortega to reporters – and cheap.”") == ["warning"]
    assert sev("The levy is harsh, writes “Vedomosti”.") == ["warning"]
    assert sev("“The port will close,” ends by saying Ana Lucía Ortega.") == ["warning"]
    assert sev("Fares will rise again – warns Ortega.") == ["info"]
    assert sev("“We need a joint plan,” stressed Wagner.") == ["info"]


@pytest.mark.parametrize("sentence", [
    "The government decreed this Monday a state of emergency after the riots.",
    "The mayor signed on Friday the order of evacuation for the coast.",
])
def test_time_before_object_offers_no_rewrite_that_splits_an_of_phrase(sentence):
    hits = [f for f in check_text(sentence, TQ4).findings if f.rule == "TQ412"]
    assert len(hits) == 1 and hits[0].suggestions == () and hits[0].fix is None
    assert "after the whole object" in hits[0].message
