"""Issue 17 item 7: memory is bounded whatever the file's line breaks (chunks of at most
2 x CHUNK_CHARS characters, with or without blank lines, LF, CRLF, CR only or none),
line and column stay exact across mid-line cuts, and findings are capped per file."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tqcheck import engine
from tqcheck.api import check_paths
from tqcheck.cli import app
from tqcheck.document import LineIndex
from tqcheck.run import bigfile, single

SENT = "The minister said in declarations to the press that the the plan is ready."


def _texts():
    sents = [SENT.replace("plan", f"plan {i}") for i in range(120)]
    return {
        "lf": "\n".join(sents) + "\n",
        "crlf": "\r\n".join(sents) + "\r\n",
        "cr": "\r".join(sents) + "\r",
        "one line": " ".join(sents),
        "no space": "x" * 9000,
        "blank lines": "\n\n".join(sents),
    }


@pytest.mark.parametrize("kind", list(_texts()))
def test_chunks_are_bounded_without_blank_lines(monkeypatch, kind):
    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    text = _texts()[kind]
    spans = single._chunk_spans(text)
    assert len(spans) > 3
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= 2 * 700 + 1 for s, e in spans)
    assert all(text[e - 1:e + 1] != "\r\n" for _, e in spans)    # never between CR and LF


@pytest.mark.parametrize("kind", list(_texts()))
def test_disk_chunks_match_whole_text_chunks(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    monkeypatch.setattr(bigfile, "_BLOCK_BYTES", 333)
    text = _texts()[kind]
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode("utf-8"))
    disk = bigfile.open_chunked(str(path), 700)
    assert disk is not None and disk.spans == single._chunk_spans(text)


@pytest.mark.parametrize("kind", ["one line", "cr", "lf"])
def test_line_and_column_exact_in_chunked_files(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    text = _texts()[kind]
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8", newline="")
    index = LineIndex(text)
    for spill in (False, True):
        run = check_paths([str(path)], jobs=1, spill=spill)
        findings = list(run.files[0].findings)
        assert len(findings) > 100
        for f in findings:
            assert (f.line, f.column) == index.line_col(f.start), f
            assert text[f.start:f.end] == f.text


def test_findings_capped_per_file_with_a_notice(tmp_path, monkeypatch):
    monkeypatch.setattr(engine, "MAX_FINDINGS_PER_FILE", 50)
    path = tmp_path / "x.txt"
    path.write_text("the " * 400, encoding="utf-8")
    run = check_paths([str(path)], jobs=1)
    assert len(run.files[0].findings) == 50 and run.files[0].dropped > 0
    res = CliRunner().invoke(app, ["check", str(path), "-q"])
    assert "findings capped at 50 per file" in res.stderr


def test_article_alignment_keeps_a_bounded_ngram_cache(monkeypatch):
    from tqcheck.evaluation import reference as R

    sizes = []
    real = R._GroupChrF.forget_before

    def forget_before(self, h_lo, r_lo):
        real(self, h_lo, r_lo)
        sizes.append(len(self._cache))

    monkeypatch.setattr(R._GroupChrF, "forget_before", forget_before)
    hyp = [f"Sentence number {i} says the council met on day {i % 7}." for i in range(120)]
    ref = [f"Sentence {i} says that the council met on day {i % 7}." for i in range(120)]
    groups = R.align_sentences(hyp, ref)
    assert [g for g in groups if g[0] and g[1]][:3] == [([0], [0]), ([1], [1]), ([2], [2])]
    assert max(sizes) < 120            # a window around the diagonal, not every group


@pytest.mark.parametrize("ext", ["md", "html"])
def test_markup_files_are_chunked_with_exact_offsets(tmp_path, monkeypatch, ext):
    body = [f"The minister said *in declarations to the press* that the the plan {i} is ready." for i in range(150)]
    if ext == "md":
        text = "# Title\n\n" + "\n".join(body) + "\n\n```\nthe the code\n```\n"
    else:
        text = "<html><body><h1>Title</h1>\n" + "\n".join(f"<p>{b.replace('*', '')}</p>" for b in body) + "\n</body></html>\n"
    path = tmp_path / f"x.{ext}"
    path.write_text(text, encoding="utf-8")
    whole = check_paths([str(path)], jobs=1).files[0].findings
    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    index = LineIndex(text)
    for spill in (False, True):
        findings = list(check_paths([str(path)], jobs=1, spill=spill).files[0].findings)
        assert len(findings) > 100
        for f in findings:
            assert text[f.start:f.end] == f.text
            assert (f.line, f.column) == index.line_col(f.start), f
        assert {(f.rule, f.start) for f in findings} >= {(f.rule, f.start) for f in whole if f.rule != "TQ104"} - \
            {(f.rule, f.start) for f in whole if f.rule.startswith("TQ1")}


def test_markup_over_the_limit_is_refused(tmp_path, monkeypatch):
    from tqcheck.readers import base

    monkeypatch.setattr(base, "MAX_MARKUP_BYTES", 1000)
    (tmp_path / "big.md").write_text("word " * 400, encoding="utf-8")
    (tmp_path / "big.txt").write_text("word " * 400, encoding="utf-8")
    run = check_paths([str(tmp_path)], jobs=1)
    assert [e.reason.split(" (")[0] for e in run.errors] == ["md file too large"]
    assert [r.path.rsplit("/", 1)[1] for r in run.files] == ["big.txt"]


def test_sarif_regions_exact_across_mid_line_cuts(tmp_path, monkeypatch):
    import io
    import json

    from tqcheck.report import write_sarif

    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    text = _texts()["one line"]
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    run = check_paths([str(path)], jobs=1, spill=True)
    out = io.StringIO()
    write_sarif(run, out)
    index = LineIndex(text)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in json.loads(out.getvalue())["runs"][0]["results"]]
    assert len(regions) > 100
    for reg in regions:
        start, end = reg["charOffset"], reg["charOffset"] + reg["charLength"]
        assert (reg["startLine"], reg["startColumn"]) == index.line_col(start)
        if end > start:
            assert (reg["endLine"], reg["endColumn"]) == index.line_col(end)
