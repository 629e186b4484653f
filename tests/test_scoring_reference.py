"""`tqcheck score`: sacrebleu metrics per corpus and sentence, line and article modes."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app
from tqcheck.evaluation.reference import align_sentences, score

from conftest import ROOT, SEED

SEED_REF = ROOT / "seeds" / "reference" / "efe-2022-02-04.en.txt"

HYP = [
    "China and Russia they will deepen their strategic coordination, the president said today.",
    "The Ministry collects in a statement that trade reached 150,000 million dollars.  ",
    "",
    "Putin celebrated that the relations enjoy an “unprecedented closeness”.",
    "The team won 3-1 and the coach said on Tuesday he was proud.\r",
    "Rain delayed the start of play by more than two hours.",
]
REF1 = [
    "China and Russia will deepen their strategic coordination, the president said on Friday.",
    "The ministry said in a statement that trade reached $150 billion.",
    "",
    "Putin welcomed the “unprecedented closeness” of relations.",
    "The team won 3-1, and the coach said on Tuesday that he was proud.",
    "Rain delayed the start of play by more than two hours.",
]
REF2 = [
    "China and Russia will step up their strategic coordination, the president said on Friday.",
    "The ministry said in a statement that trade had hit a record $150 billion.",
    "",
    "Putin hailed the “unprecedented closeness” of ties.",
    "The team won 3-1 and its coach said on Tuesday he was proud.",
    "Rain held up the start of play for more than two hours.",
]


def _write(path, lines):
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return str(path)


def _sacrebleu_cli(refs, hyp, *extra):
    cmd = [sys.executable, "-m", "sacrebleu", *refs, "-i", hyp, "-w", "4", *extra]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    data = data if isinstance(data, list) else [data]  # one metric: a single object
    return {d["name"]: (d["score"], d["signature"]) for d in data}


@pytest.mark.parametrize("nrefs", [1, 2])
def test_corpus_scores_equal_sacrebleu_cli(tmp_path, nrefs):
    hyp = _write(tmp_path / "hyp.txt", HYP)
    refs = [_write(tmp_path / "ref1.txt", REF1), _write(tmp_path / "ref2.txt", REF2)][:nrefs]
    cli = _sacrebleu_cli(refs, hyp, "-m", "bleu", "chrf", "ter")
    cli_pp = _sacrebleu_cli(refs, hyp, "-m", "chrf", "--chrf-word-order", "2")
    res = score(hyp, refs, mode="lines", with_findings=False)
    assert res.mode == "lines" and len(res.segments) == len(HYP)
    assert round(res.corpus["bleu"], 4) == cli["BLEU"][0]
    assert round(res.corpus["chrf"], 4) == cli["chrF2"][0]
    assert round(res.corpus["ter"], 4) == cli["TER"][0]
    assert round(res.corpus["chrf++"], 4) == cli_pp["chrF2++"][0]
    assert res.signatures["bleu"] == cli["BLEU"][1]
    assert res.signatures["chrf"] == cli["chrF2"][1]
    assert res.signatures["ter"] == cli["TER"][1]
    assert res.signatures["chrf++"] == cli_pp["chrF2++"][1]


def test_sentence_scores_and_worst_first(tmp_path):
    from sacrebleu.metrics import CHRF

    hyp = _write(tmp_path / "hyp.txt", HYP)
    ref = _write(tmp_path / "ref.txt", REF1)
    res = score(hyp, [ref], mode="lines")
    chrf = CHRF()
    for seg, h, r in zip(res.segments, HYP, REF1):
        assert seg.scores["chrf"] == round(chrf.sentence_score(h.rstrip(), [r]).score, 2)
    worst = [s.scores["chrf"] for s in res.worst_first()]
    assert worst == sorted(worst)
    assert res.segments[5].scores["chrf"] == 100.0
    # the checker's findings are attached to the segment that holds them (TQ6 has landed)
    assert all(f.start < s.end and s.start < f.end for s in res.segments for f in s.findings)


def test_line_mode_refuses_misaligned_files(tmp_path):
    hyp = _write(tmp_path / "hyp.txt", HYP)
    ref = _write(tmp_path / "ref.txt", REF1[:3])
    r = CliRunner().invoke(app, ["score", hyp, "--ref", ref, "--mode", "lines"])
    assert r.exit_code == 2 and "line-aligned" in r.output


def test_seed_article_aligns_every_sentence():
    res = score(str(SEED), [str(SEED_REF)], metrics=("chrf",), with_findings=False)
    assert res.mode == "article"
    hyp_units = [i for s in res.segments for i in s.hyp_units]
    ref_units = [j for s in res.segments for j in s.ref_units]
    # every sentence on both sides lands in exactly one group, in order, none left unaligned
    assert hyp_units == list(range(len(hyp_units)))
    assert ref_units == list(range(len(ref_units)))
    assert all(s.hyp_units and s.ref_units for s in res.segments)
    assert set(res.alignment_counts()) <= {"1-1", "1-2", "2-1"}
    # the stray quote splits one hypothesis sentence in two; "EFE" joins the last sentence
    assert any(s.kind == "2-1" and "justice.” and international" in s.hyp for s in res.segments)
    assert any(s.kind == "2-1" and s.hyp.endswith("EFE") for s in res.segments)
    assert all(s.scores["chrf"] > 60 for s in res.segments)


def test_align_prefers_merges_over_skips():
    hyp = ["The minister said on Tuesday.", "He will resign.", "Trade rose 3 percent."]
    ref = ["The minister said on Tuesday that he would resign.", "Trade rose 3 percent."]
    assert align_sentences(hyp, ref) == [([0, 1], [0]), ([2], [1])]
    assert align_sentences(ref, hyp) == [([0], [0, 1]), ([1], [2])]


def test_score_cli_json_and_gate():
    args = ["score", str(SEED), "--ref", str(SEED_REF), "--format", "json", "--metrics", "chrf,ter"]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert set(data["corpus"]) == {"chrF", "TER"} and data["mode"] == "article"
    assert data["signatures"]["chrF"].startswith("nrefs:1|case:mixed")
    chrfs = [s["scores"]["chrF"] for s in data["segments"]]
    assert chrfs == sorted(chrfs)
    assert any(f["rule"] == "TQ601" for s in data["segments"] for f in s["findings"])
    assert CliRunner().invoke(app, args + ["--min-chrf", "99"]).exit_code == 1
    assert CliRunner().invoke(app, args + ["--min-chrf", "50"]).exit_code == 0
    assert CliRunner().invoke(app, ["score", str(SEED), "--ref", str(SEED_REF), "-m", "meteor"]).exit_code == 2


@pytest.mark.parametrize("metric,key", [("bleu", "bleu"), ("chrf", "chrf"), ("ter", "ter")])
def test_sentence_scores_equal_sacrebleu_sentence_level(tmp_path, metric, key):
    hyp = _write(tmp_path / "hyp.txt", HYP)
    ref = _write(tmp_path / "ref.txt", REF1)
    cmd = [sys.executable, "-m", "sacrebleu", ref, "-i", hyp, "-m", metric, "-sl", "-w", "2", "-f", "text"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.splitlines()
    cli = [float(line.split(" = ")[1].split()[0]) for line in out if " = " in line]
    res = score(hyp, [ref], metrics=(key,), mode="lines", with_findings=False)
    assert [round(s.scores[key], 2) for s in res.segments] == cli
    assert res.sentence_signatures[key] == out[0].split(" = ")[0].split("|", 1)[1]


def test_alignment_chrf_equals_sacrebleu_sentence_chrf():
    from sacrebleu.metrics import CHRF

    from tqcheck.evaluation.reference import _GroupChrF

    hyp, ref = HYP[:2] + HYP[3:], REF2[:2] + REF2[3:]
    g, chrf = _GroupChrF(hyp, ref), CHRF()
    for h, r in [((0, 1), (0, 1)), ((1, 3), (1, 2)), ((2, 3), (2, 4)), ((0, 1), (3, 4))]:
        want = chrf.sentence_score(" ".join(hyp[h[0]:h[1]]), [" ".join(ref[r[0]:r[1]])]).score
        assert g.score(h, r) == pytest.approx(want, abs=1e-9)


def test_article_mode_with_two_references(tmp_path):
    hyp = tmp_path / "hyp.txt"
    hyp.write_text("The minister assured that the plan will cost 1.200 million euros. It will be approved "
                   "the next week.\n\nThe opposition criticized the measure. It called it improvised.\n", "utf-8")
    ref1 = tmp_path / "ref1.txt"
    ref1.write_text("The minister said the plan would cost 1.2 billion euros. It will be approved next week.\n\n"
                    "The opposition criticized the measure, calling it improvised.\n", "utf-8")
    ref2 = tmp_path / "ref2.txt"
    ref2.write_text("The plan will cost 1.2 billion euros and will be approved next week, the minister said.\n\n"
                    "The opposition criticized the measure. It said the plan was improvised.\n", "utf-8")
    res = score(str(hyp), [str(ref1), str(ref2)], metrics=("chrf", "bleu"), with_findings=False)
    assert res.mode == "article" and [s.kind for s in res.segments] == ["1-1", "1-1", "2-1"]
    second = [s.refs[1] for s in res.segments]
    # every sentence of the second reference is used once, in order; a segment may get none
    joined = " ".join(r for r in second if r)
    assert joined == ("The plan will cost 1.2 billion euros and will be approved next week, the minister said. "
                      "The opposition criticized the measure. It said the plan was improvised.")
    assert second[-1].startswith("The opposition") and None in second
    assert res.signatures["chrf"].startswith("nrefs:var|")  # sacrebleu: some segments have one reference


def test_empty_files_are_a_usage_error(tmp_path):
    (tmp_path / "e.txt").write_text("", "utf-8")
    r = CliRunner().invoke(app, ["score", str(tmp_path / "e.txt"), "--ref", str(tmp_path / "e.txt")])
    assert r.exit_code == 2 and "nothing to score" in r.output
