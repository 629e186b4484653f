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

# (rule, text, exact span the finding covers, first suggestion)
EXAMPLES = [
    ("TQ401", "Putin sees China as his partner strategic “most important”.", "partner strategic",
     "most important strategic partner"),
    ("TQ401", "It was a decision political, the minister said.", "decision political", "political decision"),
    ("TQ401", "The candidate of the party socialist won the vote.", "party socialist", "socialist party"),
    ("TQ402", "Ties will deepen, the Chinese president said today, Xi Jinping, during the meeting.",
     "the Chinese president said today, Xi Jinping,", "Chinese President Xi Jinping said today"),
    ("TQ402", "The reform will pass, stated the minister, Ana López, during the session.",
     "stated the minister, Ana López,", "Minister Ana López stated"),
    ("TQ401", "The government Spanish announced new measures.", "government Spanish", "Spanish government"),
    ("TQ402", "Peace is near, the president of Colombia said today, Gustavo Petro, in Bogotá.",
     "the president of Colombia said today, Gustavo Petro,", "Gustavo Petro, the president of Colombia, said today"),
    ("TQ402", "Peace is near, the Spanish prime minister stated yesterday, Pedro Sánchez, in Madrid.",
     "the Spanish prime minister stated yesterday, Pedro Sánchez,", "Spanish Prime Minister Pedro Sánchez stated yesterday"),
    ("TQ403", "Brazil and Argentina they agreed to cut tariffs.", "Brazil and Argentina they agreed",
     "Brazil and Argentina agreed"),
    ("TQ403", "China and Russia they will deepen their coordination.", "China and Russia they will",
     "China and Russia will"),
    ("TQ403", "The minister he said that the plan would pass.", "The minister he said", "The minister said"),
    ("TQ404", "The spokeswoman, Ana Ruiz Pérez, He stressed that the plan would work.", "He", "he"),
    ("TQ404", "The company said that It will open a new plant.", "It", "it"),
    ("TQ405", "The mayor thanked the citizens and citizens of Madrid.", "citizens and citizens", "citizens"),
    ("TQ405", "Each candidate or candidate must register by Friday.", "candidate or candidate", "candidate"),
    ("TQ406", "Added that the plan would be approved next month.", "Added that", "He added that"),
    ("TQ406", "Explained that the talks had failed.", "Explained that", "He explained that"),
    ("TQ407", "The concert attended 3,000 spectators.", "The concert attended 3,000 spectators",
     "3,000 spectators attended the concert"),
    ("TQ408", "On the website has appeared the statement.", "On the website has appeared the statement",
     "The statement has appeared on the website"),
    ("TQ409", "Receiving, Tuesday, at the Élysée, the delegation, the president spoke of peace.",
     "Receiving, Tuesday, at the Élysée, the delegation", "Receiving the delegation at the Élysée on Tuesday"),
]


@pytest.mark.parametrize("code,text,span,suggestion", EXAMPLES)
def test_issue_examples_fire_with_exact_span_and_reordered_suggestion(code, text, span, suggestion):
    found = [f for f in check_text(text, TQ4).findings if f.rule == code]
    assert found, f"{code} did not fire on {text!r}"
    f = found[0]
    assert f.text == span and text[f.start:f.end] == span
    assert f.suggestions[0] == suggestion
    assert f.message


def test_examples_fire_only_their_own_rule():
    for code, text, _, _ in EXAMPLES:
        assert {f.rule for f in check_text(text, TQ4).findings} == {code}, text


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


def test_postposed_adjective_needs_a_noun_phrase():
    # object complement and predicate uses are English
    for text in ["They found the decision political.", "The decision was political.",
                 "Critics called the move political."]:
        assert check_text(text, TQ4).findings == [], text


def test_resumptive_pronoun_after_leaked_date():
    f = check_text("2022-02-04 China and Russia they will deepen ties.", TQ4).findings
    assert [(x.rule, x.text) for x in f] == [("TQ403", "China and Russia they will")]


def test_capitalised_pronoun_fix_lowercases():
    f = check_text("The company said that It will open a plant.", TQ4).findings[0]
    assert f.fix == "it"


def test_adverbial_rule_is_only_info_because_english_sometimes_does_it():
    f = check_text("She visited, on Friday, the site of the attack.", TQ4).findings
    assert [(x.rule, x.severity.value) for x in f] == [("TQ409", "info")]


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
