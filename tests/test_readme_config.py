"""docs/configuration.md's configuration and suppression snippets work as documented; progress bar."""
import json
import re

from typer.testing import CliRunner

from tqcheck.cli import app
from tqcheck.config_file import make_config, settings_for

from conftest import ROOT

runner = CliRunner()
SECTION = (ROOT / "docs" / "configuration.md").read_text("utf-8").split("<!-- configuration section -->")[1]


def _block(lang, index=0):
    return re.findall(rf"```{lang}\n(.*?)```", SECTION, re.S)[index]


def test_readme_toml_example_is_valid(tmp_path):
    (tmp_path / "style").mkdir()
    from test_config_file import PHRASEBOOK

    (tmp_path / "style" / "house-phrasebook.toml").write_text(PHRASEBOOK)
    (tmp_path / "pyproject.toml").write_text(_block("toml"), "utf-8")
    story = tmp_path / "s.txt"
    story.write_text("The the vote.\n")
    cfg = make_config(settings_for(story), {})
    assert cfg.fail_on == "warning" and cfg.min_score == 80 and cfg.source_lang == "es"
    assert cfg.severity["TQ605"].value == "error" and cfg.house_style["dash"] == "en"
    assert cfg.select == ("TQ1", "TQ3", "TQ601") and cfg.weights["untranslated"] == 25
    r = runner.invoke(app, ["check", str(story)])
    assert r.exit_code in (0, 1), r.stderr


def test_readme_error_example_matches(tmp_path):
    (tmp_path / ".tqcheck.toml").write_text('fail-on = "always"\n')
    (tmp_path / "s.txt").write_text("Fine.\n")
    r = runner.invoke(app, ["check", str(tmp_path / "s.txt")])
    expected = re.search(r"`tqcheck: error: /repo/\.tqcheck\.toml: (.*?)`", SECTION).group(1)
    assert r.stderr.strip() == f"tqcheck: error: {tmp_path / '.tqcheck.toml'}: {expected}"


def test_readme_suppression_example_suppresses(tmp_path):
    p = tmp_path / "s.md"
    p.write_text(_block("markdown"), "utf-8")
    data = json.loads(runner.invoke(app, ["check", "-f", "json", str(p)]).stdout)
    assert data["summary"]["findings"] == 0 and data["summary"]["suppressed"] == 2


def test_progress_bar_on_interactive_stderr(tmp_path, capsys):
    from tqcheck.config import Config
    from tqcheck.run.parallel import run_tasks

    paths = []
    for i in range(20):
        p = tmp_path / f"{i}.txt"
        p.write_text("Fine.\n")
        paths.append((str(p), None, Config()))
    run_tasks(paths, 1, progress=True)
    err = capsys.readouterr().err
    assert "20/20 files" in err and err.endswith("\r")
    run_tasks(paths[:5], 1, progress=True)
    assert capsys.readouterr().err == ""      # few files: no bar
