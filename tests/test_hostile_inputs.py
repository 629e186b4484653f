"""Issue 17 item 8: bad baselines, gold files and options are one-line errors (exit 2),
never tracebacks."""
from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app

DEEP = "[" * 100_000 + "\n"


@pytest.fixture
def story(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("He said in declarations to the press that it is so.\n", encoding="utf-8")
    return p


def _run(*args):
    res = CliRunner().invoke(app, [str(a) for a in args])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    return res


def _one_line_error(res, *words):
    assert res.exit_code == 2, res.output
    lines = [x for x in res.stderr.splitlines() if x.startswith("tqcheck: error:")]
    assert len(lines) == 1 and all(w in lines[0] for w in words), res.stderr


def test_write_baseline_into_missing_folder(story, tmp_path):
    _one_line_error(_run("check", story, "--write-baseline", tmp_path / "no" / "b.json"),
                    "--write-baseline", "cannot write")


def test_write_baseline_into_unwritable_folder(story, tmp_path, monkeypatch):
    import tempfile    # run.atomic imports it when it writes

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)    # (root can write anywhere)
    _one_line_error(_run("check", story, "--write-baseline", tmp_path / "b.json"), "Permission denied")


def test_deeply_nested_baseline(story, tmp_path):
    deep = tmp_path / "b.json"
    deep.write_text(DEEP, encoding="utf-8")
    _one_line_error(_run("check", story, "--baseline", deep), "nested too deeply")


def test_deeply_nested_gold_and_lone_surrogate(tmp_path):
    (tmp_path / "a.txt").write_text("He said in declarations to the press that it is so.\n", encoding="utf-8")
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text(DEEP, encoding="utf-8")
    _one_line_error(_run("eval", gold), "nested too deeply")
    gold.write_text('{"start": 8, "end": 27, "category": "calque", "why": "x\\ud800"}\n', encoding="utf-8")
    _one_line_error(_run("eval", gold), "lone surrogate")
    real = tmp_path / "real.jsonl"
    real.write_text('{"text": "x\\udc00", "artefacts": []}\n', encoding="utf-8")
    _one_line_error(_run("eval", real), "lone surrogate")


def test_config_folder(story, tmp_path):
    _one_line_error(_run("check", story, "--config", tmp_path), "is a folder")
