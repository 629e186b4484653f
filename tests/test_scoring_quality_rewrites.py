"""Quality score (weights from Config) and `check --show-rewrites`."""
import json
from types import MappingProxyType

from typer.testing import CliRunner

from tqcheck.api import check_text
from tqcheck.cli import app
from tqcheck.config import DEFAULT_WEIGHTS, Config
from tqcheck.findings import Category, Finding, Severity
from tqcheck.quality import quality_score
from tqcheck.evaluation.rewrites import rewrite_sentence

LEAK = ("date 2022-02-04 The minister said on Tuesday that talks would resume. "
        "Trade rose 3 percent. . The deal was signed in March.\n")


def _f(rule, cat, sev, start, end, sugg=(), fix=None):
    return Finding(rule, cat, sev, start, end, 1, start + 1, "", "m", tuple(sugg), fix)


def test_weights_follow_mqm_defaults():
    fs = [_f("TQ101", Category.PUNCTUATION, Severity.WARNING, 0, 1),     # 0.1
          _f("TQ501", Category.UNTRANSLATED, Severity.ERROR, 2, 3),      # 25
          _f("TQ301", Category.CALQUE, Severity.ERROR, 4, 5),            # 5
          _f("TQ302", Category.CALQUE, Severity.WARNING, 6, 7),          # 1
          _f("TQ303", Category.CALQUE, Severity.INFO, 8, 9)]             # 0
    q = quality_score(fs, 100, DEFAULT_WEIGHTS)
    assert q.penalty == 31.1 and q.score == 68.9
    assert quality_score(fs, 10, DEFAULT_WEIGHTS).score == 0.0   # floored


def test_engine_takes_weights_from_config():
    base = check_text(LEAK)
    assert base.findings and base.quality.penalty > 0
    heavy = dict(DEFAULT_WEIGHTS, error=50.0, warning=10.0)
    weighted = check_text(LEAK, Config(weights=MappingProxyType(heavy)))
    assert weighted.quality.penalty > base.quality.penalty
    assert weighted.quality.score < base.quality.score
    expected = quality_score(weighted.findings, weighted.words, heavy)
    assert weighted.quality == expected


def test_score_in_text_summary_and_json(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(LEAK, "utf-8")
    res = check_text(LEAK)
    r = CliRunner().invoke(app, ["check", "--fail-on", "never", str(p)])
    assert f"quality {res.quality.score:.1f} (penalty {res.quality.penalty:g})" in r.output
    r = CliRunner().invoke(app, ["check", "--fail-on", "never", "-f", "json", str(p)])
    assert json.loads(r.output)["files"][0]["quality"] == {"score": res.quality.score, "penalty": res.quality.penalty}
    gate = res.quality.score + 0.1
    assert CliRunner().invoke(app, ["check", "--fail-on", "never", "--min-score", str(gate), str(p)]).exit_code == 1
    assert CliRunner().invoke(app, ["check", "--fail-on", "never", "--min-score", str(res.quality.score), str(p)]).exit_code == 0


def test_rewrite_applies_first_usable_non_overlapping_suggestions():
    text = "He assured that the plan , which costs 1.200 million euros, works."
    a = text.index("assured")
    fs = [_f("TQ301", Category.CALQUE, Severity.WARNING, a, a + len("assured"), ["said", "stated"]),
          _f("TQ101", Category.PUNCTUATION, Severity.WARNING, text.index(" ,"), text.index(" ,") + 2,
             ["plan, which"], fix=","),
          _f("TQ201", Category.NUMBER_FORMAT, Severity.ERROR, text.index("1.200"), text.index("euros") + 5,
             ["1.2 billion euros"]),
          _f("TQ202", Category.NUMBER_FORMAT, Severity.WARNING, text.index("1.200"), text.index("1.200") + 5, ["1,200"]),
          _f("TQ601", Category.STRUCTURE, Severity.ERROR, text.index("works"), len(text), ["(remove)"])]
    new, applied, skipped = rewrite_sentence(text, 0, len(text), fs)
    assert new == "He said that the plan, which costs 1.2 billion euros, works."
    assert applied == ["TQ301", "TQ101", "TQ201"] and skipped == ["TQ202", "TQ601"]


def test_rewrite_uses_the_fix_not_a_suggestion_shown_in_context(seed_text):
    # TQ101's suggestion shows the mark with its neighbours (`security,” Xi`); put in place
    # of the mark alone it doubled them (`securitysecurity,” XiXi said`).
    from tqcheck.api import check_text
    from tqcheck.evaluation.rewrites import file_rewrites

    result = check_text(seed_text)
    rewrites = [r.rewrite for r in file_rewrites(result)]
    assert any("regional security,” Xi said" in r or "security,” Xi said" in r for r in rewrites)
    assert not any("securitysecurity" in r or "XiXi" in r for r in rewrites)
    # A punctuation finding without a fix is skipped, not guessed from its suggestion.
    text = "He said , that it works."
    f = _f("TQ121", Category.PUNCTUATION, Severity.WARNING, 7, 9, ["said, that"])
    assert rewrite_sentence(text, 0, len(text), [f]) == (text, [], ["TQ121"])


def test_show_rewrites_text_and_json(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(LEAK, "utf-8")
    r = CliRunner().invoke(app, ["check", "--fail-on", "never", "--show-rewrites", str(p)])
    assert "Rewrites for" in r.output
    assert "+ Trade rose 3 percent." in r.output and "- Trade rose 3 percent. ." in r.output
    r = CliRunner().invoke(app, ["check", "--fail-on", "never", "--show-rewrites", "-f", "json", str(p)])
    rw = json.loads(r.output)["files"][0]["rewrites"]
    fixed = [x for x in rw if x["applied"]]
    assert fixed and fixed[0]["rewrite"].startswith("Trade rose 3 percent.") and 0 < fixed[0]["chrf"] < 100
    assert any(x["skipped"] == ["TQ601"] and x["chrf"] == 100.0 for x in rw)
    # without the flag the JSON schema is unchanged
    r = CliRunner().invoke(app, ["check", "--fail-on", "never", "-f", "json", str(p)])
    assert "rewrites" not in json.loads(r.output)["files"][0]
