"""Configuration files: every key, discovery by walking up, CLI overrides, errors."""
import json

import pytest
from typer.testing import CliRunner

from tqcheck.api import check_paths
from tqcheck.cli import app
from tqcheck.config_file import ConfigError, find_config, load, make_config, settings_for

runner = CliRunner()
PHRASEBOOK = """[[entry]]
id = "kiev"
pattern = "kiev"
suggest = ["Kyiv"]
kind = "calque"
severity = "warning"
explain = "House style: the Ukrainian capital is Kyiv."
fire = ["The talks were held in Kiev on Monday."]
quiet = ["The talks were held in Kyiv on Monday."]
fix = true
"""
TEXT = "date 2022-02-04 The talks ended.\n\nBOGOTÁ.- The the vote was held.\n"


def _story(folder, name="story.txt", text=TEXT):
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, "utf-8")
    return p


def _json(*args, input=None):
    r = runner.invoke(app, ["check", "-f", "json", *args], input=input)
    return r, (json.loads(r.stdout) if r.stdout.strip().startswith("{") else None)


def _cfg(folder, body, name=".tqcheck.toml"):
    (folder / name).write_text(body, "utf-8")


def _rules(data):
    return [f["rule"] for file in data["files"] for f in file["findings"]]


def test_select_and_ignore(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, 'select = ["TQ60"]\nignore = ["TQ601"]\n')
    assert set(_rules(_json(str(p))[1])) == {"TQ604", "TQ605"}


def test_cli_flags_override_the_file(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, 'select = ["TQ605"]\nfail-on = "never"\n')
    r, data = _json(str(p))
    assert _rules(data) == ["TQ605"] and r.exit_code == 0
    r, data = _json("--select", "TQ601", "--fail-on", "error", str(p))
    assert _rules(data) == ["TQ601"] and r.exit_code == 1


def test_severity_per_rule_and_prefix(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, '[severity]\nTQ605 = "error"\nTQ60 = "info"\n')
    sev = {f["rule"]: f["severity"] for f in _json(str(p))[1]["files"][0]["findings"]}
    assert sev == {"TQ601": "info", "TQ604": "info", "TQ605": "error"}


def test_fail_on_and_min_score(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, 'fail-on = "never"\n')
    assert _json(str(p))[0].exit_code == 0
    _cfg(tmp_path, 'fail-on = "never"\nmin-score = 99.5\n')
    assert _json(str(p))[0].exit_code == 1
    _cfg(tmp_path, 'fail-on = "warning"\nselect = ["TQ605"]\n')
    assert _json(str(p))[0].exit_code == 1


def test_source_lang(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, 'source-lang = "fr"\n')
    assert _json(str(p))[1]["files"][0]["source_language"] == {"guess": "fr", "confidence": 1.0}


def test_include_and_exclude_globs(tmp_path):
    _story(tmp_path / "news", "a.txt")
    _story(tmp_path / "news", "b.xml", "<nitf><body><body.content><p>The the end.</p></body.content></body></nitf>")
    _story(tmp_path / "news" / "drafts", "c.txt")
    _story(tmp_path / "news", "skip-me.md")
    _cfg(tmp_path, 'include = ["*.txt", "*.md", "*.xml"]\nexclude = ["news/drafts", "skip-*"]\n')
    data = _json(str(tmp_path / "news"))[1]
    assert [f["path"].rsplit("/", 1)[1] for f in data["files"]] == ["a.txt", "b.xml"]
    # exclude also applies to files named on the command line
    data = _json(str(tmp_path / "news" / "skip-me.md"), str(tmp_path / "news" / "a.txt"))[1]
    assert [f["path"].rsplit("/", 1)[1] for f in data["files"]] == ["a.txt"]


def test_phrasebooks_resolved_relative_to_the_file(tmp_path):
    (tmp_path / "books").mkdir()
    (tmp_path / "books" / "house.toml").write_text(PHRASEBOOK)
    _cfg(tmp_path, 'phrasebooks = ["books/house.toml"]\n')
    p = _story(tmp_path / "sub")
    cfg = make_config(settings_for(p), {})
    assert cfg.phrasebooks == (str((tmp_path / "books" / "house.toml").resolve()),)
    _cfg(tmp_path, 'phrasebooks = ["books/missing.toml"]\n')
    r, _ = _json(str(p))
    assert r.exit_code == 2 and "key 'phrasebooks'" in r.stderr and "missing.toml" in r.stderr


def test_bad_phrasebook_in_config_is_a_usage_error(tmp_path):
    pytest.importorskip("tqcheck.lexicon", reason="the lexicon package (TQ3xx) reads phrasebooks")
    (tmp_path / "bad.toml").write_text("[[entry]]\nid = 3\n")
    _cfg(tmp_path, 'phrasebooks = ["bad.toml"]\n')
    r, _ = _json(str(_story(tmp_path)))
    assert r.exit_code == 2 and "key 'phrasebooks'" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_house_style(tmp_path):
    p = _story(tmp_path)
    _cfg(tmp_path, '[house-style]\ndash = "en"\nquotes = "straight"\n')
    (f,) = [f for f in _json(str(p))[1]["files"][0]["findings"] if f["rule"] == "TQ604"]
    assert f["fix"] == {"replacement": " – "}
    assert make_config(settings_for(p), {}).house_style == {"quotes": "straight", "dash": "en",
                                                            "euro": "word", "date_order": "mdy"}
    other = tmp_path / "other"
    other.mkdir()
    _cfg(other, '[house-style]\neuro = "symbol"\ndate_order = "dmy"\n')
    style = make_config(settings_for(_story(other)), {}).house_style
    assert (style["euro"], style["date_order"]) == ("symbol", "dmy")


def test_weights(tmp_path):
    p = _story(tmp_path)
    base = _json(str(p))[1]["files"][0]["quality"]["penalty"]
    _cfg(tmp_path, '[weights]\nerror = 10\nwarning = 0.5\n')
    assert base == 5 + 1 + 1
    assert _json(str(p))[1]["files"][0]["quality"]["penalty"] == 10 + 0.5 + 0.5


def test_pyproject_table_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.tqcheck]\nselect = ["TQ605"]\n')
    p = _story(tmp_path / "a" / "b" / "c")
    assert find_config(p) == str(tmp_path / "pyproject.toml")
    assert _rules(_json(str(p))[1]) == ["TQ605"]


def test_nearest_file_wins_and_tqcheck_toml_beats_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.tqcheck]\nselect = ["TQ605"]\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "no tqcheck table here"\n')
    p1 = _story(sub)
    assert find_config(p1) == str(tmp_path / "pyproject.toml")   # a pyproject without the table is passed over
    _cfg(sub, 'select = ["TQ601"]\n')
    (sub / "pyproject.toml").write_text('[tool.tqcheck]\nselect = ["TQ604"]\n')
    p2 = _story(tmp_path, "top.txt")
    data = _json(str(p1), str(p2))[1]
    assert [[f["rule"] for f in file["findings"]] for file in data["files"]] == [["TQ601"], ["TQ605"]]


def test_explicit_config_option(tmp_path):
    p = _story(tmp_path / "a")
    other = tmp_path / "elsewhere.toml"
    other.write_text('select = ["TQ604"]\n')
    assert _rules(_json("--config", str(other), str(p))[1]) == ["TQ604"]
    assert _json("--config", str(tmp_path / "nope.toml"), str(p))[0].exit_code == 2


@pytest.mark.parametrize("body, words", [
    ('colour = "red"\n', ["unknown key 'colour'"]),
    ('select = ["XYZ"]\n', ["key 'select'", "unknown rule selector"]),
    ('ignore = "TQ6,"\n', ["key 'ignore'"]),
    ('[severity]\nTQ605 = "fatal"\n', ["key 'severity'", "unknown severity 'fatal'"]),
    ('[severity]\ncalque = "info"\n', ["key 'severity'", "not a rule code"]),
    ('[severity]\nTQ999 = "info"\n', ["key 'severity'", "unknown rule selector"]),
    ('fail-on = "always"\n', ["key 'fail-on'"]),
    ('min-score = 120\n', ["key 'min-score'"]),
    ('min-score = "high"\n', ["key 'min-score'"]),
    ('source-lang = "xx"\n', ["key 'source-lang'"]),
    ('include = [1, 2]\n', ["key 'include'"]),
    ('exclude = 3\n', ["key 'exclude'"]),
    ('[house-style]\ndash = "hyphen"\n', ["key 'house-style'", "dash"]),
    ('[house-style]\nfont = "serif"\n', ["key 'house-style'", "unknown key 'font'"]),
    ('[weights]\nerror = -1\n', ["key 'weights'"]),
    ('[weights]\nmajor = 5\n', ["unknown weight 'major'"]),
    ('select = [\n', ["not valid TOML"]),
])
def test_bad_configuration_is_a_usage_error_naming_key_and_file(tmp_path, body, words):
    p = _story(tmp_path)
    _cfg(tmp_path, body)
    r = runner.invoke(app, ["check", str(p)])
    assert r.exit_code == 2
    assert str(tmp_path / ".tqcheck.toml") in r.stderr
    for w in words:
        assert w in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_api_with_explicit_config_ignores_files(tmp_path):
    from tqcheck.config import Config

    p = _story(tmp_path)
    _cfg(tmp_path, 'select = ["TQ605"]\n')
    run = check_paths([str(p)], Config(select=("TQ601",)))
    assert [f.rule for f in run.files[0].findings] == ["TQ601"]
    with pytest.raises(ConfigError):
        _cfg(tmp_path, 'nope = 1\n')
        load(tmp_path / ".tqcheck.toml")
