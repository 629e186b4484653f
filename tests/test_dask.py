"""The Dask path (tqcheck.dask, `tqcheck archive`) gives byte-identical findings to the
serial API, on a LocalCluster with two worker processes. Skipped when the optional
`dask` extra (dask, distributed; pyarrow for Parquet) is not installed."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from tqcheck.config import Config  # noqa: E402
from tqcheck.dask import (check_bag, check_dataframe, config_from_state, config_state, row_json,  # noqa: E402
                          run_archive, serial_rows)

ROOT = Path(__file__).resolve().parent.parent


def _articles(n: int = 40) -> list[dict]:
    """Distinct articles of the project's own dev passages (seeded, ~3,000 characters)."""
    paras = []
    for p in sorted((ROOT / "corpora" / "eval" / "dev").glob("*.txt")):
        paras += [x.strip() for x in p.read_text("utf-8").split("\n\n") if len(x.strip()) > 40]
    rng = random.Random(20)
    out = []
    for i in range(n):
        parts = []
        while sum(map(len, parts)) < 3000:
            parts.append(rng.choice(paras))
        out.append({"id": f"story-{i:03d}", "text": "\n\n".join(parts) + "\n"})
    return out


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
    return row_json(out)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_config_travels_as_plain_data():
    config = Config(select=("TQ2",), source_lang="es")
    assert config_from_state(config_state(config)) == config


def test_archive_jsonl_is_byte_identical_to_the_serial_run(client, tmp_path):
    articles = _articles()
    serial = "".join(row_json(r) + "\n" for r in serial_rows(articles))
    assert serial.count("\n") > 100
    for k in range(3):   # three archive files: three partitions
        with open(tmp_path / f"archive-{k}.jsonl", "w", encoding="utf-8") as fh:
            for rec in articles[k * 14:(k + 1) * 14]:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    files = run_archive(sorted(str(p) for p in tmp_path.glob("archive-*.jsonl")), str(tmp_path / "out"),
                        client=client)
    assert len(files) == 3
    got = "".join(Path(f).read_text("utf-8") for f in sorted(files))
    assert got == serial


def test_bag_and_dataframe_match_the_serial_rows(client):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    articles = _articles(12)
    config = Config(ignore=("TQ5",))
    serial = list(serial_rows(articles, config))
    assert list(check_bag(db.from_sequence(articles, npartitions=3), config).compute()) == serial
    frame = dd.from_pandas(pd.DataFrame(articles), npartitions=3)
    rows = check_dataframe(frame, config).compute().to_dict("records")
    assert [_plain(r) for r in rows] == [row_json(r) for r in serial]


def test_parquet_in_and_out(client, tmp_path):
    pytest.importorskip("pyarrow")
    import pandas as pd

    articles = _articles(10)
    pd.DataFrame(articles).to_parquet(tmp_path / "archive.parquet")
    run_archive([str(tmp_path / "archive.parquet")], str(tmp_path / "out"), output_format="parquet", client=client)
    got = pd.read_parquet(tmp_path / "out").to_dict("records")
    serial = list(serial_rows(articles))
    assert [_plain(r) for r in got] == [row_json(r) for r in serial]
