"""The Dask path (tqcheck.dask, `tqcheck archive`) gives byte-identical findings to the
serial API (``tqcheck.api.check_text``, one article at a time) on the benchmark corpus
(``benchmarks/distinct.py``'s ``corpus()``: 200 distinct ~500-word articles), on a
LocalCluster with two single-threaded worker processes, from JSONL and from Parquet.
The `test` extra installs dask's bag part and distributed, so the JSONL tests run in CI;
the DataFrame and Parquet tests need the `dask` extra (pandas, pyarrow) and skip without it:
``pip install -e '.[test,dask]'`` runs them all."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402
from tqcheck.dask import (check_bag, check_dataframe, config_from_state, config_state, row_json,  # noqa: E402
                          run_archive)

ROOT = Path(__file__).resolve().parent.parent
N = 200


def _distinct():
    spec = importlib.util.spec_from_file_location("tq_bench_distinct", ROOT / "benchmarks" / "distinct.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [{"id": f"story-{i:04d}", "text": t} for i, t in enumerate(_distinct().corpus(N))]


def serial_lines(articles: list[dict], config: Config | None = None) -> str:
    """The reference, written out without tqcheck.dask: each article through check_text in
    input order, each finding as documented in docs/archive.md (id first, ``fix`` the
    replacement or null, ``source_lang`` always present), one JSON line each."""
    out = []
    for a in articles:
        for f in check_text(a["text"], config or Config()).findings:
            d = f.to_json()
            row = {"id": a["id"], **{k: d[k] for k in ("rule", "category", "severity", "start", "end", "line",
                                                         "column", "text", "message", "suggestions")},
                   "fix": None if d["fix"] is None else d["fix"]["replacement"], "source_lang": d.get("source_lang")}
            out.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(out)


def _plain(row: dict) -> str:
    """A DataFrame row as the serial JSON line: missing values None, lists as lists."""
    out = {}
    for k, v in row.items():
        if isinstance(v, float) and v != v:
            v = None
        elif k == "suggestions":
            v = list(v)
        elif hasattr(v, "item"):
            v = v.item()
        out[k] = v
    return row_json(out) + "\n"


def _write_jsonl(folder: Path, articles: list[dict], files: int) -> list[str]:
    size = -(-len(articles) // files)
    paths = []
    for k in range(files):
        path = folder / f"archive-{k}.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for rec in articles[k * size:(k + 1) * size]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    c = Client(cluster)
    assert len(c.scheduler_info()["workers"]) == 2
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def serial(articles) -> str:
    text = serial_lines(articles)
    assert text.count("\n") > 500 and len({json.loads(x)["id"] for x in text.splitlines()}) > N // 2
    return text


def test_config_travels_as_plain_data():
    config = Config(select=("TQ2",), source_lang="es")
    assert config_from_state(config_state(config)) == config


def test_corpus_is_the_benchmark_corpus(articles):
    assert len({a["text"] for a in articles}) == N


def test_archive_jsonl_is_byte_identical_to_the_serial_run(client, articles, serial, tmp_path):
    paths = _write_jsonl(tmp_path, articles, 3)   # three archive files: three partitions
    files = run_archive(paths, str(tmp_path / "out"), client=client)
    assert [Path(f).name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    got = b"".join(Path(f).read_bytes() for f in files)
    assert got == serial.encode("utf-8")
    # both workers ran checks (a worker imports the engine when it unpickles its first task)
    loaded = client.run(lambda: "tqcheck.engine" in __import__("sys").modules)
    assert list(loaded.values()) == [True, True]


def _dataframes():
    """pandas, when the dask extra (pandas, pyarrow) is installed; else the test skips."""
    pytest.importorskip("pyarrow")
    return pytest.importorskip("pandas")


def test_archive_parquet_in_and_out_matches_the_serial_run(client, articles, serial, tmp_path):
    pd = _dataframes()

    (tmp_path / "in").mkdir()
    for k in range(2):
        pd.DataFrame(articles[k * (N // 2):(k + 1) * (N // 2)]).to_parquet(tmp_path / "in" / f"archive-{k}.parquet")
    # Parquet in, JSONL out: byte for byte
    files = run_archive(sorted(str(p) for p in (tmp_path / "in").glob("*.parquet")), str(tmp_path / "jsonl"),
                        client=client)
    assert b"".join(Path(f).read_bytes() for f in files) == serial.encode("utf-8")
    # Parquet out: the same rows, column by column
    run_archive(sorted(str(p) for p in (tmp_path / "in").glob("*.parquet")), str(tmp_path / "pq"),
                output_format="parquet", client=client)
    got = pd.read_parquet(tmp_path / "pq").to_dict("records")
    assert "".join(_plain(r) for r in got) == serial


def test_empty_partitions_and_reruns_leave_no_stray_lines(client, articles, tmp_path):
    """A partition without findings writes an empty part file (not a lone newline), and a
    second run into the same folder with fewer partitions leaves no stale part file."""
    config = Config(select=("TQ203",))
    clean = [{"id": "clean-1", "text": "The council met on Monday.\n"}]
    (tmp_path / "a").mkdir()
    paths = _write_jsonl(tmp_path / "a", clean + articles[:20] + clean, 3)
    files = run_archive(paths, str(tmp_path / "out"), config=config, client=client)
    assert b"".join(Path(f).read_bytes() for f in files) == serial_lines(clean + articles[:20] + clean, config).encode()
    files = run_archive(paths[:1], str(tmp_path / "out"), config=config, client=client)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [Path(f).name for f in files]


def test_a_parquet_rerun_replaces_the_jsonl_parts_and_keeps_other_files(client, articles, tmp_path):
    _dataframes()
    config = Config(select=("TQ203",))
    paths = _write_jsonl(tmp_path, articles[:20], 3)
    run_archive(paths, str(tmp_path / "out"), config=config, client=client)
    (tmp_path / "out" / "notes.txt").write_text("kept")
    run_archive(paths[:1], str(tmp_path / "out"), output_format="parquet", config=config, client=client)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notes.txt", "part-00000.parquet"]


def test_bag_matches_the_serial_run(client, articles):
    import dask.bag as db

    sample = articles[:30]
    config = Config(ignore=("TQ5",))
    assert "".join(row_json(r) + "\n" for r in check_bag(db.from_sequence(sample, npartitions=3), config).compute()) \
        == serial_lines(sample, config)


def test_dataframe_matches_the_serial_run(client, articles):
    pd = _dataframes()
    import dask.dataframe as dd

    sample = articles[:30]
    config = Config(ignore=("TQ5",))
    serial = serial_lines(sample, config)
    frame = dd.from_pandas(pd.DataFrame(sample), npartitions=3)
    rows = check_dataframe(frame, config).compute().to_dict("records")
    assert "".join(_plain(r) for r in rows) == serial


def test_the_archive_command_end_to_end(articles, tmp_path):
    """`tqcheck archive` with its own two-worker LocalCluster, as the docs run it."""
    from typer.testing import CliRunner

    from tqcheck.cli import app

    sample = articles[:40]
    paths = _write_jsonl(tmp_path, sample, 2)
    result = CliRunner().invoke(app, ["archive", *paths, "-o", str(tmp_path / "out"), "--workers", "2",
                                      "--select", "TQ2,TQ1"])
    assert result.exit_code == 0, result.output
    got = b"".join(p.read_bytes() for p in sorted((tmp_path / "out").glob("part-*.jsonl")))
    assert got == serial_lines(sample, Config(select=("TQ2", "TQ1"))).encode("utf-8")
    bad = CliRunner().invoke(app, ["archive", *paths, "-o", str(tmp_path / "x"), "--output-format", "csv"])
    assert bad.exit_code != 0 and "csv" in bad.output


def test_a_bad_line_names_its_file(client, tmp_path):
    from tqcheck.dask import ArchiveError

    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": 1, "text": "A line.\\n"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"broken\.jsonl: a line is not JSON .*'not json'"):
        run_archive([str(path)], str(tmp_path / "out"), client=client)


@pytest.mark.parametrize("given", ["part-00000.jsonl", "*.jsonl"])
def test_an_input_among_the_output_parts_is_refused_not_deleted(tmp_path, given):
    from tqcheck.dask import ArchiveError

    part = tmp_path / "part-00000.jsonl"
    part.write_text('{"id": 1, "text": "A line."}\n', encoding="utf-8")
    with pytest.raises(ArchiveError, match="part file of the output folder"):
        run_archive([str(tmp_path / given)], str(tmp_path))    # refused before any cluster starts
    assert part.read_text(encoding="utf-8") == '{"id": 1, "text": "A line."}\n'


def test_part_files_with_six_digit_numbers_count_as_parts():
    from tqcheck.dask import PART

    assert PART.search("part-100000.jsonl") and PART.search("part-00007.parquet")
    assert not PART.search("part-7.jsonl") and not PART.search("notes.jsonl")
