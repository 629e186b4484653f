"""Engine: findings from chunked large files are the same as from one document."""
from tqcheck import api
from tqcheck.run import single
from tqcheck.config import Config
from tqcheck.engine import check_document
from tqcheck.findings import Severity
from tqcheck.readers.plain import read_plain as _plain


def test_large_file_chunks_give_the_same_findings(monkeypatch):
    para = "The talks ended on Friday and the the vote was held in Lima. date 2022-02-04\n\n"
    text = para * 400
    whole = check_document(_plain(text, "x.txt").document, Config())
    monkeypatch.setattr(single, "CHUNK_CHARS", 5_000)
    chunked = api.check_source(_plain(text, "x.txt"), Config())
    assert len(whole.findings) == 400
    assert [(f.rule, f.start, f.end, f.line, f.column) for f in chunked.findings] == \
           [(f.rule, f.start, f.end, f.line, f.column) for f in whole.findings]
    assert chunked.words == whole.words
    for f in chunked.findings:
        assert text[f.start:f.end] == f.text == "the the"
        assert f.fix == "the"


def test_severity_override_by_prefix():
    cfg = Config(severity={"TQ60": Severity.INFO})
    r = check_document(_plain("The the vote.", "-").document, cfg)
    assert [f.severity.value for f in r.findings] == ["info"]


def test_crlf_files_are_chunked_at_blank_lines(monkeypatch):
    para = "The talks ended on Friday and the the vote was held in Lima.\r\n\r\n"
    text = para * 300
    monkeypatch.setattr(single, "CHUNK_CHARS", 2_000)
    spans = single._chunk_spans(text)
    assert len(spans) > 5 and "".join(text[s:e] for s, e in spans) == text
    chunked = api.check_source(_plain(text, "x.txt"), Config())
    assert len(chunked.findings) == 300 and all(text[f.start:f.end] == "the the" for f in chunked.findings)
