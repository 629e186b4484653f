"""Large files with bounded memory: chunks read back from disk, findings spilled to a
temporary file, reports written piece by piece; all byte for byte as the in-memory path."""
import io
import json

import pytest
from hypothesis import given, settings, strategies as st
from typer.testing import CliRunner

from tqcheck import api
from tqcheck.run import bigfile, single
from tqcheck.cli import app
from tqcheck.config import Config
from tqcheck.engine import check_chunks, check_document
from tqcheck.findings import Category, Hit, Severity
from tqcheck.readers import read_path
from tqcheck.readers.plain import read_plain
from tqcheck.report import REPORTERS, WRITERS
from tqcheck.report.common import render_with
from tqcheck.report.json_report import dumps_indented, write_indented
from tqcheck.rules.registry import Rule
from tqcheck.run.spill import DiskStorage, SpilledFindings

from conftest import SEED

FORMATS = ["text", "json", "sarif", "github", "junit", "html"]


def _story_text() -> str:
    """A few seed copies with CRLF, tabs and blank lines of spaces, so chunks cut in odd places."""
    seed = SEED.read_text(encoding="utf-8")
    parts = [seed, seed.replace("\n", "\r\n"), seed.replace("\n\n", "\n \t\n"), "Último párrafo “citado”.\n"]
    return "\n\n".join(parts * 3)


@pytest.fixture
def big(tmp_path, monkeypatch):
    monkeypatch.setattr(single, "CHUNK_CHARS", 2_500)
    path = tmp_path / "big.txt"
    path.write_text(_story_text(), encoding="utf-8", newline="")
    return path


# -- finding chunks on disk -------------------------------------------------------------

@pytest.mark.parametrize("block", [5, 64, 4096, 1 << 20])
@pytest.mark.parametrize("bom", [False, True])
def test_disk_chunks_are_the_whole_text_chunks(tmp_path, monkeypatch, block, bom):
    monkeypatch.setattr(bigfile, "_BLOCK_BYTES", block)
    monkeypatch.setattr(single, "CHUNK_CHARS", 700)
    text = _story_text()
    path = tmp_path / "x.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    disk = bigfile.open_chunked(str(path), single.CHUNK_CHARS)
    whole = read_path(str(path)).text
    assert disk is not None and disk.spans == single._chunk_spans(whole)
    assert "".join(disk[s:e] for s, e in disk.spans) == whole
    s, e = disk.spans[3]
    assert disk[s + 5:e - 2] == whole[s + 5:e - 2]


@given(st.lists(st.sampled_from(["a", "é", "“", " ", "\t", "\n", "\r", "\r\n", "\n\n", "\n \n", "word "]),
                max_size=300),
       st.integers(1, 40), st.integers(1, 16))
@settings(max_examples=200, deadline=None)
def test_disk_chunks_match_on_any_text(tmp_path_factory, pieces, chunk_chars, block):
    text = "".join(pieces)
    path = tmp_path_factory.mktemp("h") / "x.txt"
    path.write_bytes(text.encode("utf-8"))
    old = single.CHUNK_CHARS, bigfile._BLOCK_BYTES
    single.CHUNK_CHARS, bigfile._BLOCK_BYTES = chunk_chars, block
    try:
        disk = bigfile.open_chunked(str(path), chunk_chars)
        spans = single._chunk_spans(text)
    finally:
        single.CHUNK_CHARS, bigfile._BLOCK_BYTES = old
    if len(spans) < 2:
        assert disk is None
    else:
        assert disk is not None and disk.spans == spans


@pytest.mark.parametrize("data", [
    b"x" * 3000 + b"\n\n<!-- tqcheck: disable=TQ601 -->\n\n" + b"y" * 3000,   # directives: read whole
    b"x" * 3000 + b"\n\n\xff\xfe" + b"y" * 3000,                            # not UTF-8: the usual error
    b"\x00" + b"x" * 6000,                                                   # binary
    b"x" * 2400,                                                             # one chunk only
])
def test_files_the_disk_reader_leaves_to_the_whole_file_reader(tmp_path, data):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    assert bigfile.open_chunked(str(path), 2_500) is None


# -- the engine: spilled findings are the in-memory findings -------------------------------

def _edge_rule(code="TQ991"):
    """Empty hits at both ends of whatever it checks: at a chunk boundary the next chunk's
    hits must sort first ("a" < "z") and identical hits must merge into one."""
    def check(doc, ctx):
        yield Hit(0, 0, "a edge")
        yield Hit(len(doc.text), len(doc.text), "z edge")
        yield Hit(len(doc.text), len(doc.text), "a edge")
    return Rule(code, "edges", Category.STYLE, Severity.INFO, "s", "e", check)


def _lang_rule():
    """Weak and strong hits with languages, and a guess-aware rule whose rerun differs."""
    def check(doc, ctx):
        for i in range(0, len(doc.text) - 4, 997):
            yield Hit(i, i + 3, f"es {ctx.source_lang}", source_lang="es", weak=i % 2 == 0)
            yield Hit(i + 1, i + 3, "fr", source_lang="fr", weak=True)
    return Rule("TQ992", "langs", Category.CALQUE, Severity.WARNING, "s", "e", check, guess_aware=True)


@pytest.mark.parametrize("rules", [[_edge_rule()], [_lang_rule(), _edge_rule()]])
def test_spilled_engine_findings_equal_in_memory_ones(rules):
    text = _story_text()
    single.CHUNK_CHARS, old = 1_500, single.CHUNK_CHARS
    try:
        spans = single._chunk_spans(text)
    finally:
        single.CHUNK_CHARS = old
    assert len(spans) > 5
    memory = check_chunks(text, spans, Config(), "x.txt", rules)
    spilled = check_chunks(text, spans, Config(), "x.txt", rules, DiskStorage())
    parallel = check_chunks(text, spans, Config(), "x.txt", rules, DiskStorage(2))
    assert isinstance(spilled.findings, SpilledFindings) and isinstance(memory.findings, list)
    assert list(spilled.findings) == memory.findings == list(parallel.findings)
    assert (parallel.quality, parallel.source_language) == (memory.quality, memory.source_language)
    assert sorted(memory.findings, key=lambda f: f.sort_key()) == memory.findings
    assert len(set(memory.findings)) == len(memory.findings)
    assert (spilled.quality, spilled.words, spilled.source_language) == \
           (memory.quality, memory.words, memory.source_language)
    edges = [f for f in memory.findings if f.rule == "TQ991" and f.start == spans[1][0]]
    assert [f.message for f in edges] == ["a edge", "z edge"]
    one = check_document(read_plain(text, "x.txt").document, Config(), rules=rules)
    assert one.findings == check_chunks(text, [(0, len(text))], Config(), "x.txt", rules).findings


# -- reports: streamed CLI output is the in-memory API's output ----------------------------

def _api_report(fmt, paths, **kw):
    run = api.check_paths([str(p) for p in paths], jobs=1, **kw)
    assert not any(isinstance(f.findings, SpilledFindings) for f in run.files)
    return REPORTERS[fmt](run)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_streamed_report_is_the_in_memory_report(big, fmt, jobs):
    r = CliRunner().invoke(app, ["check", "--jobs", jobs, "--format", fmt, str(big), str(SEED)])
    assert r.stdout_bytes.decode("utf-8") == _api_report(fmt, [big, SEED])   # (.stdout rewrites CRLF)
    assert r.exit_code == 1


@pytest.mark.parametrize("fmt", ["text", "junit", "json"])
def test_streamed_report_with_thresholds_baseline_and_a_bad_input(big, tmp_path, fmt):
    baseline = tmp_path / "base.json"
    run = api.check_paths([str(big)], jobs=1)
    from tqcheck.run.baseline import write_baseline
    write_baseline(run, str(baseline))
    data = json.loads(baseline.read_text())
    data["findings"] = data["findings"][::2]
    baseline.write_text(json.dumps(data))
    args = ["--min-score", "99", "--fail-on", "warning", "--baseline", str(baseline)]
    r = CliRunner().invoke(app, ["check", "--jobs", "1", "--format", fmt, *args, str(big), str(tmp_path / "missing.txt")])
    run = api.check_paths([str(big), str(tmp_path / "missing.txt")], jobs=1, baseline=str(baseline),
                          overrides={"min_score": 99.0, "fail_on": "warning"})
    assert run.baselined > 0
    assert r.stdout_bytes.decode("utf-8") == REPORTERS[fmt](run)
    assert r.exit_code == 2


def test_inline_directives_in_a_chunked_file_are_applied_to_spilled_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(single, "CHUNK_CHARS", 2_500)
    path = tmp_path / "d.txt"
    # A directive inside a line is not taken out by the reader, so the file is chunked.
    path.write_text(_story_text() + "\n\nThe the end. <!-- tqcheck: disable=TQ6 --> The the end.\n", encoding="utf-8")
    spilled = api.check_path(str(path), Config(), spill=True)
    memory = api.check_path(str(path), Config())
    assert isinstance(spilled.findings, SpilledFindings) and spilled.suppressed == memory.suppressed > 0
    assert list(spilled.findings) == memory.findings and spilled.quality == memory.quality


def test_quiet_and_colour_text_reports_stream_the_same(big):
    run = api.check_paths([str(big)], jobs=1, spill=True)
    assert isinstance(run.files[0].findings, SpilledFindings) and isinstance(run.files[0].text, bigfile.DiskText)
    memory = api.check_paths([str(big)], jobs=1)
    for options in ({"quiet": True}, {"color": True}, {}):
        assert render_with(WRITERS["text"], run, **options) == REPORTERS["text"](memory, **options)


def test_junit_of_an_empty_run_is_the_element_tree_one():
    run = api.RunResult()
    assert REPORTERS["junit"](run) == ('<?xml version="1.0" encoding="UTF-8"?>\n'
                                       '<testsuites name="tqcheck" tests="0" failures="0" errors="0" />\n')


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=20)


@given(json_values, st.randoms())
@settings(max_examples=300, deadline=None)
def test_indented_writer_writes_what_json_dumps_writes(value, rnd):
    def lazy(v, max_depth=99, depth=0):   # turn some lists into iterators, as streamed reports do
        if isinstance(v, dict):
            return {k: lazy(x, max_depth, depth + 1) for k, x in v.items()}
        if isinstance(v, list):
            items = [lazy(x, max_depth, depth + 1) for x in v]
            return iter(items) if depth < max_depth and rnd.random() < 0.5 else items
        return v

    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert dumps_indented(value) == expected
    out = io.StringIO()
    write_indented(lazy(value), out)
    assert out.getvalue() == expected
    # With a flat depth: the same data, values that deep on one line each (streamed
    # lists only above that depth, as in the reports).
    flat = dumps_indented(value, 2)
    assert json.loads(flat) == json.loads(expected)
    out = io.StringIO()
    write_indented(lazy(value, max_depth=2), out, 2)
    assert out.getvalue() == flat


@pytest.mark.parametrize("value", [
    float("nan"), float("inf"), -float("inf"), -0.0, 1e300, 10**30, True, None, "",
    (), (1, (2, "x")), {1: "int key", "b": [None]}, {"a": {}, "b": [], "c": [[]], "d": ({},)},
    "quote \" backslash \\ control \u0001 line sep \u2028 é 中", [1.5, 2, "\n"],
])
def test_indented_writer_edge_values(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def _tree_junit(run) -> str:
    """The JUnit report as it was built before streaming: one ElementTree, indented whole."""
    import xml.etree.ElementTree as ET

    from tqcheck.report.common import display_path

    root = ET.Element("testsuites", name="tqcheck")
    total = failures = 0
    for i, result in enumerate(run.files):
        cfg = run.config_for(i)
        path = display_path(result.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        cases = fails = 0
        for f in result.findings:
            case = ET.SubElement(suite, "testcase", classname=f"tqcheck.{f.category.value}",
                                 name=f"{f.rule} {path}:{f.line}:{f.column}", file=path, line=str(f.line))
            detail = f"{path}:{f.line}:{f.column}: {f.rule} {f.severity.value} {f.message}\n  text: {f.text}"
            if f.suggestions:
                detail += "\n  suggestion: " + " | ".join(f.suggestions)
            if cfg.fails(f.severity):
                ET.SubElement(case, "failure", type=f.rule, message=f.message).text = detail
                fails += 1
            else:
                ET.SubElement(case, "system-out").text = detail
            cases += 1
        if not result.findings:
            ET.SubElement(suite, "testcase", classname="tqcheck", name=f"{path} has no findings", file=path)
            cases = 1
        if cfg.min_score is not None and result.quality.score < cfg.min_score:
            case = ET.SubElement(suite, "testcase", classname="tqcheck.quality", name=f"{path} quality score", file=path)
            ET.SubElement(case, "failure", type="min-score",
                          message=f"quality {result.quality.score:.1f} below {cfg.min_score:g}")
            cases += 1
            fails += 1
        suite.set("tests", str(cases))
        suite.set("failures", str(fails))
        suite.set("errors", "0")
        total += cases
        failures += fails
    if run.errors:
        suite = ET.SubElement(root, "testsuite", name="inputs", tests=str(len(run.errors)),
                              failures="0", errors=str(len(run.errors)))
        for e in run.errors:
            case = ET.SubElement(suite, "testcase", classname="tqcheck.input", name=display_path(e.path))
            ET.SubElement(case, "error", type="input", message=e.reason).text = str(e)
        total += len(run.errors)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(len(run.errors)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


@pytest.mark.parametrize("batch", [1, 3, 1000])
def test_junit_written_in_batches_is_the_whole_tree(big, tmp_path, monkeypatch, batch):
    from tqcheck.report import junit

    monkeypatch.setattr(junit, "_BATCH", batch)
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks ended on Friday.\n", encoding="utf-8")
    paths = [str(big), str(SEED), str(clean), str(tmp_path / "missing.txt")]
    overrides = {"min_score": 99.0, "fail_on": "warning"}
    spilled = api.check_paths(paths, jobs=1, spill=True, overrides=overrides)
    memory = api.check_paths(paths, jobs=1, overrides=overrides)
    assert render_with(WRITERS["junit"], spilled) == _tree_junit(memory) == REPORTERS["junit"](memory)
