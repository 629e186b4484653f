"""--fix/--diff use the same files, configuration and suppressions as a check."""
from typer.testing import CliRunner

from tqcheck.cli import app

runner = CliRunner()
ARTEFACT = "She said «no» again, and the the vote ended.\n"


def test_fix_honours_config_ignore_and_exclude(tmp_path):
    (tmp_path / ".tqcheck.toml").write_text('ignore = ["TQ1"]\nexclude = ["drafts"]\n', "utf-8")
    story = tmp_path / "story.txt"
    story.write_text(ARTEFACT, "utf-8")
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "x.txt"
    draft.write_text(ARTEFACT, "utf-8")
    r = runner.invoke(app, ["check", "--fix", "--fail-on", "never", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert story.read_text("utf-8") == "She said «no» again, and the vote ended.\n"  # TQ1 ignored, TQ605 fixed
    assert draft.read_text("utf-8") == ARTEFACT                                     # excluded: untouched


def test_fix_leaves_suppressed_findings_alone(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("<!-- tqcheck: disable=TQ105 -->\n" + ARTEFACT, "utf-8")
    r = runner.invoke(app, ["check", "--diff", "--fail-on", "never", str(story)])
    assert r.exit_code == 0
    # The repeated word is fixed; the suppressed guillemets are left as written.
    assert "+She said «no» again, and the vote ended.\n" in r.stdout


def test_fix_rejects_baseline_options_and_bad_options(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARTEFACT, "utf-8")
    base = str(tmp_path / "b.json")
    for extra in (["--baseline", base], ["--write-baseline", base], ["--jobs", "0"],
                  ["--input-format", "bogus"], ["--config", str(tmp_path / "none.toml")]):
        r = runner.invoke(app, ["check", "--fix", *extra, str(story)])
        assert r.exit_code == 2, extra
    assert story.read_text("utf-8") == ARTEFACT
    r = runner.invoke(app, ["check", "--baseline", base, "--write-baseline", base, str(story)])
    assert r.exit_code == 2


def test_unknown_rule_code_is_a_usage_error(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(ARTEFACT, "utf-8")
    for opt in ("--select", "--ignore"):
        r = runner.invoke(app, ["check", opt, "TQ999", str(story)])
        assert r.exit_code == 2 and "unknown rule selector" in r.stderr
