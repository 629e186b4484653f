"""Inline suppressions in every format, counted in the summary; baselines; --jobs."""
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app
from tqcheck.readers.base import READERS
from tqcheck.suppress import find_directives

from conftest import ROOT, SEED

runner = CliRunner()


def _json(*args, input=None):
    r = runner.invoke(app, ["check", "-f", "json", "--fail-on", "never", *args], input=input)
    return json.loads(r.stdout)


def _found(data):
    return [(f["rule"], f["line"]) for file in data["files"] for f in file["findings"]]


# The same story in each format: lines 3, 5 and 7 hold a repeated word (TQ605).
STORIES = {
    "md": ("# Vote\n\nThe the vote.\n<!-- tqcheck: disable-next-line=TQ605 -->\nThe the count.\n\n"
           "<!-- tqcheck: disable=TQ6 -->\nThe the end.\n<!-- tqcheck: enable=TQ6 -->\n\nThe the last.\n"),
    "html": ("<h1>Vote</h1>\n\n<p>The the vote.</p>\n<!-- tqcheck: disable-next-line=TQ605 -->\n<p>The the count.</p>\n\n"
             "<!-- tqcheck: disable=TQ6 -->\n<p>The the end.</p>\n<!-- tqcheck: enable=TQ6 -->\n\n<p>The the last.</p>\n"),
    "txt": ("Vote\n\nThe the vote.\n<!-- tqcheck: disable-next-line=TQ605 -->\nThe the count.\n\n"
            "<!-- tqcheck: disable=TQ6 -->\nThe the end.\n<!-- tqcheck: enable=TQ6 -->\n\nThe the last.\n"),
    "xml": ("<nitf><body><body.content>\n<p>Vote</p>\n<p>The the vote.</p>\n<!-- tqcheck: disable-next-line=TQ605 -->\n"
            "<p>The the count.</p>\n\n<!-- tqcheck: disable=TQ6 -->\n<p>The the end.</p>\n<!-- tqcheck: enable=TQ6 -->\n\n"
            "<p>The the last.</p>\n</body.content></body></nitf>\n"),
}


@pytest.mark.parametrize("ext", sorted(STORIES))
def test_disable_enable_and_next_line_in_each_format(tmp_path, ext):
    p = tmp_path / f"story.{ext}"
    p.write_text(STORIES[ext], "utf-8")
    data = _json(str(p))
    text = STORIES[ext]
    lines = text.splitlines()
    kept = _found(data)
    assert [r for r, _ in kept] == ["TQ605", "TQ605"]
    assert [lines[line - 1] for _, line in kept] == [l for l in lines if "vote." in l or "last." in l]
    assert data["summary"]["suppressed"] == 2
    assert data["summary"]["findings"] == 2


def test_plain_text_directive_lines_are_not_checked():
    source = READERS["txt"]("A line.\n<!-- tqcheck: disable=all -->\nThe the end.\n", "x")
    assert "tqcheck" not in source.document.text
    assert source.document.text == "A line.\nThe the end.\n"


def test_directive_forms_and_selectors(tmp_path):
    text = ("<!-- tqcheck: disable -->\nThe the one.\n<!-- tqcheck: enable -->\n"
            "<!-- tqcheck:disable=structure -->\nThe the two.\n<!-- tqcheck: enable=structure -->\n"
            "<!-- tqcheck: disable = TQ601, TQ605 -->\nThe the three.\n<!-- tqcheck: enable=TQ601,TQ605 -->\n"
            "<!-- tqcheck: disable-next-line -->\nThe the four.\nThe the five.\n")
    p = tmp_path / "s.md"
    p.write_text(text)
    data = _json(str(p))
    assert _found(data) == [("TQ605", 12)]
    assert data["summary"]["suppressed"] == 4
    assert [d.kind for d in find_directives(text)] == ["disable", "enable"] * 3 + ["disable-next-line"]
    assert find_directives(text)[2].selectors == ("structure",)


def test_suppressed_findings_do_not_count_in_the_score(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("<!-- tqcheck: disable=TQ605 -->\nThe the vote ended today in the city.\n")
    f = _json(str(p))["files"][0]
    assert f["findings"] == [] and f["quality"]["penalty"] == 0


def test_text_report_summary_mentions_nothing_new_for_plain_runs():
    r = runner.invoke(app, ["check", "--fail-on", "never", str(SEED)])
    assert r.exit_code == 0 and "Checked 1 file" in r.stdout


# --- baseline ---------------------------------------------------------------------

def test_baseline_round_trip_survives_edits_elsewhere(tmp_path):
    story = tmp_path / "news" / "s.txt"
    story.parent.mkdir()
    story.write_text("date 2022-02-04 The talks ended.\n\nThe the vote.\n")
    base = tmp_path / "baseline.json"
    r = runner.invoke(app, ["check", "--write-baseline", str(base), str(story)])
    assert r.exit_code == 0 and "wrote 2 findings" in r.stderr
    saved = json.loads(base.read_text())
    assert {(e["file"], e["rule"], e["text"]) for e in saved["findings"]} == {
        ("news/s.txt", "TQ601", "date 2022-02-04"), ("news/s.txt", "TQ605", "The the")}
    assert all("start" not in e and "line" not in e for e in saved["findings"])
    # nothing new: exit 0, no findings, all counted as baselined
    r = runner.invoke(app, ["check", "-f", "json", "--baseline", str(base), str(story)])
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and data["summary"]["findings"] == 0 and data["summary"]["baselined"] == 2
    # edits move the old findings (new paragraph first); a new finding is reported
    story.write_text("A new first paragraph was added.\n\ndate 2022-02-04 The talks ended.\n\n"
                     "The the vote.\n\nAnd and a new slip.\n")
    r = runner.invoke(app, ["check", "-f", "json", "--baseline", str(base), str(story)])
    data = json.loads(r.stdout)
    assert _found(data) == [("TQ605", 7)] and data["summary"]["baselined"] == 2
    # a second occurrence of a recorded finding is new
    story.write_text("date 2022-02-04 The talks ended.\n\nThe the vote.\n\nThe the count.\n")
    data = json.loads(runner.invoke(app, ["check", "-f", "json", "--baseline", str(base), str(story)]).stdout)
    assert _found(data) == [("TQ605", 5)]


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path, monkeypatch):
    story = tmp_path / "s.txt"
    story.write_text("The the vote.\n")
    base = tmp_path / "b.json"
    runner.invoke(app, ["check", "--write-baseline", str(base), str(story)])
    monkeypatch.chdir(tmp_path)
    data = json.loads(runner.invoke(app, ["check", "-f", "json", "--baseline", "b.json", "s.txt"]).stdout)
    assert data["summary"]["findings"] == 0


def test_bad_baseline_is_a_usage_error(tmp_path):
    bad = tmp_path / "b.json"
    bad.write_text("[1, 2]")
    r = runner.invoke(app, ["check", "--baseline", str(bad), str(SEED)])
    assert r.exit_code == 2 and "not a tqcheck baseline" in r.stderr
    r = runner.invoke(app, ["check", "--baseline", str(tmp_path / "none.json"), str(SEED)])
    assert r.exit_code == 2 and "cannot read baseline" in r.stderr


# --- parallel runs --------------------------------------------------------------

@pytest.fixture
def many(tmp_path):
    seed = SEED.read_text("utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"s{i:02d}.txt").write_text(seed if i % 3 else seed + "\n\nThe the end.\n", "utf-8")
    (folder / "bad.txt").write_bytes(b"ok \xff\xfe")
    (folder / "z.md").write_text("<!-- tqcheck: disable=TQ605 -->\nThe the vote.\n")
    return folder


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github", "junit", "html"])
def test_jobs_output_is_identical_to_serial(many, fmt):
    def run(jobs):
        return subprocess.run([sys.executable, "-m", "tqcheck", "check", "-f", fmt, "--jobs", str(jobs), str(many)],
                              capture_output=True, text=True, cwd=many.parent)  # the installed package
    one, two = run(1), run(3)
    assert one.returncode == two.returncode == 2        # bad.txt cannot be read
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert "bad.txt: not valid UTF-8" in one.stderr


def test_jobs_uses_worker_processes_and_keeps_order(many):
    from tqcheck.api import check_paths
    from tqcheck.config import Config

    run = check_paths([str(many)], Config(), jobs=2)
    names = [os.path.basename(f.path) for f in run.files]
    assert names == sorted(names) and len(names) == 13
    for f in run.files:                                   # documents come back without their views
        assert f.document is None or (f.document._views == {} and "tokens" not in vars(f.document))
    assert run.suppressed == 1
    serial = check_paths([str(many)], Config(), jobs=1)
    assert [f.to_json() for f in serial.files] == [f.to_json() for f in run.files]
    assert len(run.errors) == 1 and run.errors[0].path.endswith("bad.txt")


def test_bad_jobs_value():
    assert runner.invoke(app, ["check", "--jobs", "0", str(SEED)]).exit_code == 2


def test_text_summary_counts_suppressed_and_baselined(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("<!-- tqcheck: disable-next-line -->\nThe the vote.\n\nAnd and more.\n")
    r = runner.invoke(app, ["check", str(p)])
    assert r.stdout.splitlines()[-1] == "Checked 1 file: 1 finding (0 error, 1 warning, 0 info); 1 suppressed"
    base = tmp_path / "b.json"
    runner.invoke(app, ["check", "--write-baseline", str(base), str(p)])
    r = runner.invoke(app, ["check", "--baseline", str(base), str(p)])
    assert r.stdout.splitlines()[-1].endswith("; 1 suppressed; 1 in the baseline")


def test_markdown_directives_inside_code_are_examples_not_directives(tmp_path):
    p = tmp_path / "howto.md"
    p.write_text("Write this:\n\n```markdown\n<!-- tqcheck: disable -->\n```\n\n"
                 "or `<!-- tqcheck: disable -->` inline.\n\nThe the vote.\n")
    data = _json(str(p))
    assert _found(data) == [("TQ605", 9)] and data["summary"]["suppressed"] == 0
