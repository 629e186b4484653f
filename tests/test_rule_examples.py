"""Rules whose family still gives examples inline (``bad``/``good`` in the decorator): `bad`
ones must fire the rule, `good` ones must not. Rules with a case file are run by
test_rule_cases.py."""
import pytest

from tqcheck.api import check_text
from tqcheck.config import Config
from tqcheck.rules import all_rules

RULES = [r for r in all_rules() if not r.cases.fires]
BAD = [(r.code, ex) for r in RULES for ex in r.bad]
GOOD = [(r.code, ex) for r in RULES for ex in r.good]


def test_every_rule_is_documented_with_examples():
    for r in RULES:
        assert r.summary and r.explanation, r.code
        assert r.bad, f"{r.code} has no example that must fire"
        assert r.good, f"{r.code} has no near-miss that must stay quiet"


@pytest.mark.parametrize("code,example", BAD)
def test_bad_example_fires(code, example):
    result = check_text(example, Config(select=(code,)))
    assert any(f.rule == code for f in result.findings), f"{code} did not fire on: {example!r}"


@pytest.mark.parametrize("code,example", GOOD)
def test_good_example_stays_quiet(code, example):
    result = check_text(example, Config(select=(code,)))
    hits = [f for f in result.findings if f.rule == code]
    assert not hits, f"{code} fired on good English {example!r}: {[h.text for h in hits]}"
