"""TQ6xx on the seed and on real-copy artefacts."""
from tqcheck.api import check_text
from tqcheck.config import Config

from conftest import overlaps

TQ6 = Config(select=("TQ6",))


def test_seed_tq6_finds_gold_1_and_13_and_nothing_else(seed_text, seed_gold):
    findings = check_text(seed_text, TQ6).findings
    wanted = [g for g in seed_gold if g["id"] in (1, 13)]
    for g in wanted:
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for f in findings), g["span"]
    for f in findings:
        assert any(overlaps(f.start, f.end, g["start"], g["end"]) for g in wanted), (f.rule, f.text)
    assert len(findings) == 2


def test_metadata_span_is_exact(seed_text):
    f = next(f for f in check_text(seed_text, TQ6).findings if f.rule == "TQ601")
    assert (f.start, f.end, f.text) == (1, 16, "date 2022-02-04")
    assert (f.line, f.column) == (1, 2)


def test_headline_byline_dateline_and_credit_are_legitimate():
    story = ("China and Russia vow to deepen ties\n\nBy Ana Ruiz\n\n"
             "BEIJING (EFE) — China and Russia will deepen their coordination, the Chinese "
             "president said on Friday.\n\nEFE\n")
    assert check_text(story, TQ6).findings == []


def test_cut_off_paragraph_on_comma_and_missing_stop():
    text = ("The minister said the reform would be approved next month and that the opposition "
            "had agreed to support it in the vote that is expected in the spring\n\nNext paragraph.")
    f = check_text(text, TQ6).findings
    assert [x.rule for x in f] == ["TQ602"] and f[0].severity.value == "warning"


def test_quiet_cases_are_quiet_for_the_whole_family():
    # Each rule's near-misses (its case file) must not draw another TQ6 rule either.
    from tqcheck.rules.registry import select_rules

    for r in select_rules(("TQ6",)):
        for c in r.cases.quiet:
            if not c.config:
                found = check_text(c.text, TQ6).findings
                assert not found, (r.code, c.text, [(f.rule, f.text) for f in found])
