"""`tqcheck eval` on the real-copy formats: passages with `artefacts`, clean sentences.

The fixtures are written here (our own sentences); the cross-check against
realdev/measure.py runs only where ../shared/realdev exists.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app
from tqcheck.evaluation import realcopy as RC
from tqcheck.evaluation.evaluate import split_inputs
from tqcheck.evaluation.render import real_summary

from conftest import ROOT


def _art(text, span, kind, scope="in", fix=""):
    start = text.index(span)
    return {"start": start, "end": start + len(span), "span": span, "kind": kind, "fix": fix, "scope": scope}


P1 = "The minister collects in a statement that prices rose.\n\nThe vote was set for February 11th in the capital."
P2 = "He said the plan was “fine“ and left .\n\nThe cabinet approved it on Monday after a long debate."
ROWS = [
    {"id": "x-01", "url": "https://example.org/1", "source_lang": "es", "text": P1, "artefacts": [
        _art(P1, "collects in a statement", "calque"),
        _art(P1, "February 11th", "date_format"),
        _art(P1, "prices rose", "word_order", scope="out"),
    ]},
    {"id": "x-02", "url": "https://example.org/2", "source_lang": "fr", "text": P2, "artefacts": [
        _art(P2, "“fine“", "quote_punctuation (closing)"),
        _art(P2, "after a long debate", "idiom_literal"),
    ]},
]
CLEAN = [
    {"id": "c1", "url": "https://example.org/c1", "outlet": "Example", "text": "The central bank held rates on Thursday."},
    {"id": "c2", "url": "https://example.org/c2", "outlet": "Example", "text": "Ella dijo que no, the mayor told reporters."},
    {"id": "c3", "url": "https://example.org/c3", "outlet": "Example", "text": "Talks resume on February 11th."},
]


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return str(path)


@pytest.fixture()
def files(tmp_path):
    return _write(tmp_path / "mt.jsonl", ROWS), _write(tmp_path / "clean.jsonl", CLEAN)


def test_formats_are_told_from_rows(files, tmp_path):
    mt, clean = files
    assert RC.sniff(mt) == RC.PASSAGES and RC.sniff(clean) == RC.CLEAN
    other = _write(tmp_path / "other.jsonl", [{"text": "x", "spans": [[0, 1]]}])
    assert RC.sniff(other) is None
    gold, real = split_inputs([str(tmp_path)])
    assert gold == [] and real == sorted([clean, mt])


def test_recall_per_kind_groups_and_false_alarms(files):
    mt, clean = files
    res = RC.evaluate_real([(p, *RC.load(p)) for p in (mt, clean)])
    k = res.kinds
    assert set(k) == {"calque", "date_format", "quote_punctuation", "idiom_literal"}  # out of scope left out
    assert (k["calque"].spans, k["calque"].found, k["calque"].found_warning) == (1, 1, 1)
    # TQ209 is info: found, but not by a warning or error
    assert (k["date_format"].found, k["date_format"].found_warning) == (1, 0)
    assert k["quote_punctuation"].found == 1          # kind is the first word of `kind`
    assert k["idiom_literal"].found == 0 and [a.kind for _, a in res.misses] == ["idiom_literal"]
    assert (res.overall.spans, res.overall.found, res.overall.found_warning) == (4, 3, 2)
    mech, phr = res.groups["mechanical"], res.groups["phrasing"]
    assert (mech.spans, mech.found, mech.found_warning) == (2, 2, 1)
    assert (phr.spans, phr.found, phr.found_warning) == (2, 1, 1)
    # the space before the full stop touches no annotated span
    assert [f.rule for _, f in res.unmatched] == ["TQ121"]
    # info findings on clean text are not false alarms; the Spanish fragment is one
    assert res.sentences == 3 and [f.rule for _, f in res.false_alarms] == ["TQ501"]
    assert res.false_alarms_per_100() == pytest.approx(100 / 3)


def test_cli_text_and_json(files):
    mt, clean = files
    r = CliRunner().invoke(app, ["eval", mt, clean])
    assert r.exit_code == 0, r.output
    assert "group mechanical: recall 2/2 = 1.00 (warning+ 0.50)" in r.output
    assert "recall 3/4 = 0.75 on in-scope spans (warning+ 0.50); 1 of" in r.output
    assert "clean: 1 warnings/errors on 3 sentences = 33.3 per 100" in r.output
    assert "Missed" not in r.output
    r = CliRunner().invoke(app, ["eval", "--show", mt, clean])
    assert "Missed (1):" in r.output and "False alarms on clean sentences (1):" in r.output
    data = json.loads(CliRunner().invoke(app, ["eval", "-f", "json", mt, clean]).output)
    assert data["overall"] == {"spans": 4, "found": 3, "found_warning": 2, "recall": 0.75, "recall_warning": 0.5}
    assert data["groups"]["phrasing"]["recall"] == 0.5
    assert data["clean"] == {"sentences": 3, "false_alarms": 1, "per_100": 33.33}
    assert data["unmatched"] == 1 and data["passages"] == 2


def test_gold_and_real_together(files):
    mt, _ = files
    seed_gold = str(ROOT / "seeds" / "efe-2022-02-04.gold.jsonl")
    if not os.path.exists(seed_gold):
        pytest.skip("no seed gold")
    data = json.loads(CliRunner().invoke(app, ["eval", "-f", "json", seed_gold, mt]).output)
    assert set(data) == {"gold", "real"} and data["real"]["passages"] == 2


@pytest.mark.parametrize("rows, message", [
    ([ROWS[0], CLEAN[0]], "expected a passages row"),
    ([{**ROWS[0], "artefacts": [{"start": 0, "end": 999, "kind": "calque", "scope": "in"}]}], "outside the text"),
    ([{**ROWS[0], "artefacts": [{"start": 0, "end": 3, "scope": "in"}]}], "bad artefact"),
])
def test_bad_files_are_one_line_errors(tmp_path, rows, message):
    path = _write(tmp_path / "bad.jsonl", rows)
    r = CliRunner().invoke(app, ["eval", path])
    assert r.exit_code == 2 and message in r.output and len(r.output.strip().splitlines()) == 1


def test_eval_real_script_without_realdev(tmp_path):
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_real.py"), "--realdev", str(tmp_path / "none"),
                        "--out", str(tmp_path / "q.md")], capture_output=True, text=True)
    assert p.returncode == 2 and "no real-copy development set" in p.stderr
    assert not (tmp_path / "q.md").exists()


def test_eval_real_script_writes_table(tmp_path, files):
    mt, clean = files
    out = tmp_path / "q.md"
    p = subprocess.run([sys.executable, str(ROOT / "scripts" / "eval_real.py"), "--realdev", str(Path(mt).parent),
                        "--out", str(out)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    md = out.read_text("utf-8")
    assert "| calque | 1 | 1 | 1.00 | 1 | 1.00 |" in md and "| mechanical | 2 | 2 | 1.00 | 0.50 |" in md
    assert "1 warnings/errors on 3 clean sentences = 33.3 per 100" in md


REALDEV = next((p for p in (ROOT.parent / "shared" / "realdev", ROOT.parent.parent / "shared" / "realdev")
                if (p / "measure.py").exists()), ROOT.parent / "shared" / "realdev")   # a worktree is one deeper


@pytest.mark.skipif(not (REALDEV / "measure.py").exists(), reason="no ../shared/realdev here")
def test_same_figures_as_measure_py():
    tq = Path(sys.executable).with_name("tqcheck")
    p = subprocess.run([sys.executable, str(REALDEV / "measure.py"), "--tqcheck", str(tq)],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    data = RC.evaluate_real([(str(f), *RC.load(str(f))) for f in
                             (REALDEV / "mt-es.jsonl", REALDEV / "mt-other.jsonl", REALDEV / "clean-news.jsonl")])
    mine = real_summary(data)
    theirs = p.stdout.splitlines()
    assert mine[:2] == theirs[:2]                  # the group lines, word for word
    o = data.overall
    assert f"recall {o.found}/{o.spans} = {o.found / o.spans:.2f}" in theirs[2]
    assert f"{len(data.unmatched)} of {data.findings} findings touch no annotated span" in theirs[2]
    assert f"{len(data.false_alarms)} warnings/errors on {data.sentences} sentences" in theirs[2]
