"""The command line: exit codes, stdin, reports, bad inputs."""
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app

from conftest import SEED

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_seed_text_report_and_exit_code():
    r = run("check", str(SEED))
    assert r.exit_code == 1  # the seed has error-level findings
    assert f"{SEED}:1:2: TQ601 error" in r.stdout
    assert "^^^^^^^^^^^^^^^" in r.stdout
    assert r.stdout.rstrip().splitlines()[-1].startswith("Checked 1 file:")
    assert "\033[" not in r.stdout  # no colour when not on a terminal


def test_fail_on_levels():
    assert run("check", "--fail-on", "never", str(SEED)).exit_code == 0
    assert run("check", "--fail-on", "error", "-", input="A clean sentence here.\n").exit_code == 0
    assert run("check", "--fail-on", "warning", "-", input="The the vote.\n").exit_code == 1
    assert run("check", "--fail-on", "error", "-", input="The the vote.\n").exit_code == 0


def test_min_score_gate():
    assert run("check", "--fail-on", "never", "--min-score", "99", str(SEED)).exit_code == 1
    assert run("check", "--fail-on", "never", "--min-score", "50", str(SEED)).exit_code == 0


def test_stdin_and_json_schema():
    r = run("check", "--format", "json", "-", input="date 2022-02-04 The talks ended.\n")
    data = json.loads(r.stdout)
    assert data["version"] == 1
    f = data["files"][0]
    assert f["path"] == "-" and f["words"] == 5
    assert set(f["source_language"]) == {"guess", "confidence"}
    assert set(f["quality"]) == {"score", "penalty"}
    finding = f["findings"][0]
    assert {k: finding[k] for k in ("rule", "category", "severity", "start", "end", "line", "column", "text")} == {
        "rule": "TQ601", "category": "structure", "severity": "error", "start": 0, "end": 15,
        "line": 1, "column": 1, "text": "date 2022-02-04"}
    assert data["summary"] == {"files": 1, "findings": 1, "errors": 0,
                               "by_severity": {"error": 1, "warning": 0, "info": 0},
                               "suppressed": 0, "baselined": 0}


def test_json_output_is_byte_identical_across_runs():
    a = run("check", "--format", "json", str(SEED)).stdout
    b = run("check", "--format", "json", str(SEED)).stdout
    assert a == b


def test_select_ignore_by_code_prefix_and_category():
    data = json.loads(run("check", "-f", "json", "--select", "TQ60", "--ignore", "TQ602", str(SEED)).stdout)
    assert {x["rule"] for x in data["files"][0]["findings"]} == {"TQ601"}
    data = json.loads(run("check", "-f", "json", "--ignore", "structure", str(SEED)).stdout)
    assert not any(x["category"] == "structure" for x in data["files"][0]["findings"])
    r = run("check", "--select", "XYZ", str(SEED))
    assert r.exit_code == 2 and "unknown rule selector" in r.stderr


def test_quiet_prints_one_line_per_finding():
    r = run("check", "--quiet", "--select", "TQ6", str(SEED))
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("Checked 1 file")


def test_bad_options_are_usage_errors():
    assert run("check", "--format", "xml", str(SEED)).exit_code == 2
    assert run("check", "--fail-on", "fatal", str(SEED)).exit_code == 2
    assert run("check", "--source-lang", "xx", str(SEED)).exit_code == 2
    assert run("explain", "TQ999").exit_code == 2


def test_rules_and_explain():
    r = run("rules")
    assert r.exit_code == 0 and "TQ601" in r.stdout and "structure" in r.stdout
    r = run("explain", "tq603")
    assert r.exit_code == 0 and "Flagged:" in r.stdout and "Not flagged:" in r.stdout


# --- bad input -----------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The talks ended. The the vote was held.\n", "utf-8")
    return tmp_path


def test_missing_path_is_reported_and_others_still_checked(folder):
    r = run("check", "-f", "json", str(folder / "nope.txt"), str(folder / "good.txt"))
    assert r.exit_code == 2
    assert "nope.txt: no such file or folder" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert json.loads(r.stdout)["summary"]["files"] == 1


def test_folder_without_matching_files(tmp_path):
    (tmp_path / "x.json").write_text("{}")
    r = run("check", str(tmp_path))
    assert r.exit_code == 2 and "folder has no files matching *.txt *.md" in r.stderr


def test_folder_is_recursive_and_sorted(folder):
    sub = folder / "sub"
    sub.mkdir()
    (sub / "a.md").write_text("Fine text.\n")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "z.txt").write_text("the the\n")
    data = json.loads(run("check", "-f", "json", str(folder)).stdout)
    assert [os.path.basename(f["path"]) for f in data["files"]] == ["good.txt", "a.md"]


def test_binary_file(folder):
    (folder / "bin.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    r = run("check", str(folder / "bin.txt"), str(folder / "good.txt"))
    assert r.exit_code == 2 and "bin.txt: binary file" in r.stderr
    assert "good.txt" in r.stdout


def test_invalid_utf8(folder):
    (folder / "latin1.txt").write_bytes("Bogotá\n".encode("latin-1"))
    r = run("check", str(folder / "latin1.txt"))
    assert r.exit_code == 2
    assert "latin1.txt: not valid UTF-8: byte 0xe1 at byte offset 5 (line 1)" in r.stderr


def test_bom_and_crlf_are_fine(folder):
    p = folder / "bom.txt"
    p.write_bytes("\ufeffdate 2022-02-04 The talks ended.\r\n\r\nThe the vote.\r\n".encode("utf-8"))
    data = json.loads(run("check", "-f", "json", str(p)).stdout)
    fs = data["files"][0]["findings"]
    text = "date 2022-02-04 The talks ended.\r\n\r\nThe the vote.\r\n"
    assert [(f["rule"], f["line"], f["column"]) for f in fs] == [("TQ601", 1, 1), ("TQ605", 3, 1)]
    for f in fs:
        assert text[f["start"]:f["end"]] == f["text"]


def test_empty_file(folder):
    p = folder / "empty.txt"
    p.write_bytes(b"")
    r = run("check", "-f", "json", str(p))
    assert r.exit_code == 0
    assert json.loads(r.stdout)["files"][0] == {
        "path": str(p), "words": 0, "source_language": {"guess": None, "confidence": 0.0},
        "quality": {"score": 100.0, "penalty": 0.0}, "findings": []}


def test_one_five_megabyte_line(folder):
    p = folder / "long.txt"
    p.write_text(("The talks ended on Friday and the the vote was held " * 100_000)[:5_000_000], "utf-8")
    r = run("check", "-f", "json", "--fail-on", "never", str(p))
    assert r.exit_code == 0
    assert json.loads(r.stdout)["files"][0]["words"] > 900_000


def test_module_entry_point_and_help_speed():
    out = subprocess.run([sys.executable, "-m", "tqcheck", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("tqcheck ")
    out = subprocess.run([sys.executable, "-m", "tqcheck", "check", "-"], input="The the vote.\n",
                         capture_output=True, text=True)
    assert out.returncode == 0 and "TQ605" in out.stdout
