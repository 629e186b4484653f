"""House phrasebooks: --phrasebook on check, Config.phrasebooks, `tqcheck phrasebook check`."""
import json

from typer.testing import CliRunner

from tqcheck.api import check_text
from tqcheck.cli import app
from tqcheck.config import Config

HOUSE = """
[meta]
source_language = "es"
description = "Our desk's own list"

[[entry]]
id = "kiev"
pattern = "kiev"
suggest = ["Kyiv"]
kind = "calque"
severity = "warning"
explain = "House style: the Ukrainian capital is Kyiv."
fire = ["The talks were held in Kiev on Monday."]
quiet = ["The talks were held in Kyiv on Monday."]
fix = true

[[entry]]
id = "collect-statement"
pattern = "<collect> in a statement"
source = "recoger en un comunicado"
suggest = ["said in a statement"]
kind = "calque"
severity = "error"
explain = "House list: always 'said in a statement'."
fire = ["The ministry collects in a statement that talks resume."]
quiet = ["The ministry said in a statement that talks resume."]
"""

runner = CliRunner()


def _write(tmp_path, text, name="house.toml"):
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return str(p)


def test_phrasebook_entries_behave_like_builtin_ones(tmp_path):
    path = _write(tmp_path, HOUSE)
    text = "Officials met in Kiev. The ministry collected in a statement that talks would resume."
    assert not [f for f in check_text(text, Config()).findings if f.text == "Kiev"]
    result = check_text(text, Config(phrasebooks=(path,)))
    kiev = next(f for f in result.findings if f.text == "Kiev")
    assert kiev.rule == "TQ301" and kiev.fix == "Kyiv" and "house phrasebook" in kiev.message
    # A house entry takes precedence over the built-in entry for the same span.
    stmt = next(f for f in result.findings if f.text == "collected in a statement")
    assert stmt.severity.value == "error" and "House list" in stmt.message


def test_check_option_phrasebook(tmp_path):
    path = _write(tmp_path, HOUSE)
    story = _write(tmp_path, "Officials met in Kiev on Monday.\n", "story.txt")
    res = runner.invoke(app, ["check", story, "--phrasebook", path, "--format", "json", "--fail-on", "never"])
    assert res.exit_code == 0, res.output
    findings = json.loads(res.stdout)["files"][0]["findings"]
    assert [f["text"] for f in findings if f["rule"].startswith("TQ3")] == ["Kiev"]


def test_check_option_rejects_broken_phrasebook(tmp_path):
    bad = _write(tmp_path, HOUSE.replace('kind = "calque"', 'kind = "calc"', 1))
    story = _write(tmp_path, "Officials met in Kiev.\n", "story.txt")
    res = runner.invoke(app, ["check", story, "--phrasebook", bad])
    assert res.exit_code == 2
    assert "entry 'kiev'" in res.stderr and "`kind`" in res.stderr


def test_phrasebook_check_command(tmp_path):
    good = _write(tmp_path, HOUSE)
    res = runner.invoke(app, ["phrasebook", "check", good])
    assert res.exit_code == 0 and "2 entries OK" in res.stdout
    failing = _write(tmp_path, HOUSE.replace("The talks were held in Kyiv", "The talks were held in Kiev"), "f.toml")
    res = runner.invoke(app, ["phrasebook", "check", failing])
    assert res.exit_code == 1
    assert "entry 'kiev': `quiet` example matches 'Kiev'" in res.stderr
    broken = _write(tmp_path, HOUSE.replace('pattern = "kiev"', 'pattern = "<kiev"'), "b.toml")
    res = runner.invoke(app, ["phrasebook", "check", broken])
    assert res.exit_code == 2 and "entry 'kiev': bad pattern" in res.stderr


def test_explain_lists_lexicon_contents():
    res = runner.invoke(app, ["explain", "TQ301"])
    assert res.exit_code == 0
    assert "es (Spanish):" in res.stdout and "from '" in res.stdout and "->" in res.stdout
