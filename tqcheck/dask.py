"""Checking news archives on Dask: a bag or DataFrame of articles (id plus text) in,
one row per finding out, the same findings as the serial API (``check_text``).

Needs the optional extra ``tqcheck[dask]`` (dask and distributed; pyarrow for Parquet).
Dask does the scheduling, on a ``LocalCluster`` or on an existing cluster given by its
scheduler address; tqcheck only supplies the function each partition runs:

    import dask.bag as db
    from tqcheck.dask import check_bag
    rows = check_bag(db.read_text("archive-*.jsonl").map(json.loads))
    rows.map(json.dumps).to_textfiles("findings/*.jsonl")

A finding row is ``{"id": <article id>, "rule": ..., "category": ..., "severity": ...,
"start": ..., "end": ..., "line": ..., "column": ..., "text": ..., "message": ...,
"suggestions": [...], "fix": <replacement or null>, "source_lang": <code or null>}``,
articles in input order and each article's findings in the serial order. Offsets are
code-point offsets into the article's text. ``tqcheck archive`` is the command-line
front end (see docs/archive.md).

Each worker process loads the rules, lexicons and models once, on its first partition,
and keeps them for the next ones. The configuration travels to the workers as plain
data (``Config`` holds read-only mappings, which do not pickle).
"""
from __future__ import annotations

import json
import re
from types import MappingProxyType
from typing import Any, Iterable, Iterator

from .api import check_text
from .config import Config

# Column order (and Parquet schema) of a finding row.
COLUMNS = ("id", "rule", "category", "severity", "start", "end", "line", "column", "text", "message",
           "suggestions", "fix", "source_lang")


class ArchiveError(ValueError):
    """A record without the id or text field, or an unreadable archive."""


def config_state(config: Config | None) -> dict:
    """``config`` as plain, picklable data (see ``config_from_state``)."""
    import dataclasses

    config = config or Config()
    return {f.name: (dict(v) if hasattr(v, "keys") else v)
            for f in dataclasses.fields(config) for v in [getattr(config, f.name)]}


def config_from_state(state: dict) -> Config:
    return Config(**{k: (MappingProxyType(dict(v)) if isinstance(v, dict) else v) for k, v in state.items()})


def finding_rows(article_id: Any, text: str, config: Config) -> list[dict]:
    """The finding rows of one article, as ``check_text`` finds them."""
    result = check_text(text, config)
    rows = []
    for f in result.findings:
        data = f.to_json()
        fix = data.pop("fix")
        rows.append({"id": article_id, **data, "fix": None if fix is None else fix["replacement"],
                     "source_lang": data.get("source_lang")})
    return rows


def check_records(records: Iterable[dict], state: dict | None = None, id_field: str = "id",
                  text_field: str = "text") -> Iterator[dict]:
    """Finding rows of article records (dicts), in order: what each partition runs."""
    config = config_from_state(state) if state is not None else Config()
    for n, rec in enumerate(records):
        try:
            article_id, text = rec[id_field], rec[text_field]
        except (KeyError, TypeError):
            raise ArchiveError(f"record {n} of its partition has no {id_field!r} or {text_field!r} field") from None
        if not isinstance(text, str):
            raise ArchiveError(f"record {article_id!r}: {text_field!r} is not a string")
        yield from finding_rows(article_id, text, config)


def _partition(records, state, id_field, text_field) -> list[dict]:
    return list(check_records(records, state, id_field, text_field))


def check_bag(bag, config: Config | None = None, id_field: str = "id", text_field: str = "text"):
    """A Dask bag of finding rows from a bag of article records (dicts)."""
    return bag.map_partitions(_partition, config_state(config), id_field, text_field)


def _meta():
    import pandas as pd

    return pd.DataFrame({
        "id": pd.Series([], dtype=object), "rule": pd.Series([], dtype=object),
        "category": pd.Series([], dtype=object), "severity": pd.Series([], dtype=object),
        "start": pd.Series([], dtype="int64"), "end": pd.Series([], dtype="int64"),
        "line": pd.Series([], dtype="int64"), "column": pd.Series([], dtype="int64"),
        "text": pd.Series([], dtype=object), "message": pd.Series([], dtype=object),
        "suggestions": pd.Series([], dtype=object), "fix": pd.Series([], dtype=object),
        "source_lang": pd.Series([], dtype=object),
    })


def _frame_partition(frame, state, id_column, text_column):
    import pandas as pd

    records = ({id_column: i, text_column: t} for i, t in zip(frame[id_column], frame[text_column]))
    rows = list(check_records(records, state, id_column, text_column))
    meta = _meta()
    if not rows:
        return meta
    return pd.DataFrame({c: pd.Series([r[c] for r in rows], dtype=meta[c].dtype) for c in COLUMNS})


def check_dataframe(df, config: Config | None = None, id_column: str = "id", text_column: str = "text"):
    """A Dask DataFrame of finding rows (columns ``COLUMNS``; ``suggestions`` holds lists)
    from a Dask DataFrame with an id and a text column."""
    return df.map_partitions(_frame_partition, config_state(config), id_column, text_column, meta=_meta())


def parquet_schema():
    """The Parquet (pyarrow) schema of finding rows, ids as strings: pass it to
    ``to_parquet(..., schema=parquet_schema())``, which cannot infer the list column
    ``suggestions`` from an empty partition."""
    import pyarrow as pa

    text, ints = pa.string(), pa.int64()
    types = {"id": text, "rule": text, "category": text, "severity": text, "start": ints, "end": ints, "line": ints,
             "column": ints, "text": text, "message": text, "suggestions": pa.list_(text), "fix": text,
             "source_lang": text}
    return pa.schema([(c, types[c]) for c in COLUMNS])


def row_json(row: dict) -> str:
    """One finding row as a JSONL line (without the newline); keys in ``COLUMNS`` order."""
    return json.dumps({c: row[c] for c in COLUMNS}, ensure_ascii=False)


def serial_rows(records: Iterable[dict], config: Config | None = None, id_field: str = "id",
                text_field: str = "text") -> Iterator[dict]:
    """The same rows without Dask (what the tests compare the Dask path with)."""
    return check_records(records, config_state(config), id_field, text_field)


def read_archive(paths: list[str], id_field: str = "id", text_field: str = "text", blocksize: str | None = "16MiB"):
    """A bag of article records from JSONL files (one object per line) or Parquet files
    (globs allowed; ``.gz``/``.bz2``/``.xz`` JSONL is decompressed, one partition per file)."""
    import dask.bag as db

    if not paths:
        raise ArchiveError("no archive given")
    parquet = [p for p in paths if p.rstrip("/").endswith((".parquet", ".pq"))]
    if parquet and len(parquet) != len(paths):
        raise ArchiveError("give either JSONL or Parquet archives, not both")
    if parquet:
        import dask.dataframe as dd

        frame = dd.read_parquet(paths, columns=[id_field, text_field])
        return frame.to_bag(format="dict")
    compressed = any(p.endswith((".gz", ".bz2", ".xz")) for p in paths)
    lines = db.read_text(paths, blocksize=None if compressed else blocksize, compression="infer", include_path=True)
    return lines.filter(lambda item: item[0].strip() != "").map(_parse_line)


def _parse_line(item: tuple[str, str]) -> Any:
    line, path = item
    try:
        return json.loads(line)
    except ValueError as exc:
        shown = line.strip()
        shown = shown if len(shown) <= 60 else shown[:60] + "..."
        raise ArchiveError(f"{path}: a line is not JSON ({exc}): {shown!r}") from None


def open_client(scheduler: str | None = None, workers: int | None = None):
    """A ``distributed.Client``: on the cluster at ``scheduler`` (``tcp://host:8786``), or
    on a new ``LocalCluster`` of ``workers`` single-threaded processes (the checks hold
    the GIL, so processes, not threads). The caller closes it (and its cluster)."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    # dashboard on a free port: None still starts the scheduler's HTTP server on :8787 and
    # warns when another cluster holds it
    cluster = LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
    return Client(cluster)


def _jsonl_partition(rows) -> list[str]:
    """A partition's rows as one JSONL string (one element, "" when there is no row):
    ``to_textfiles`` writes it as is, so a partition without findings gives an empty file
    (element per row with ``last_endline`` would write a lone newline there)."""
    return ["".join(row_json(r) + "\n" for r in rows)]


PART = re.compile(r"part-\d{5,}\.(jsonl|parquet)$")    # name_function's {i:05d}: five digits or more


def _clear_parts(fs, folder: str) -> None:
    """Remove the ``part-NNNNN.jsonl`` / ``.parquet`` files an earlier run left in the
    output folder (a run with fewer partitions would leave stale findings); other files stay."""
    for path in fs.ls(folder, detail=False):
        if PART.search(path.rstrip("/").rsplit("/", 1)[-1]):
            fs.rm(path)


def _refuse_own_parts(paths: list[str], fs, folder: str) -> None:
    """An input that is one of the output folder's part files would be deleted by
    ``_clear_parts`` before it is read (the bag reads lazily): refuse the run instead."""
    from fsspec.core import url_to_fs

    for path in paths:
        fs_in, root = url_to_fs(path)
        if fs_in.protocol != fs.protocol:
            continue
        try:
            expanded = fs_in.expand_path(root)
        except (FileNotFoundError, OSError):
            continue
        for name in expanded:
            parent, _, base = name.rstrip("/").rpartition("/")
            if parent == folder.rstrip("/") and PART.search(base):
                raise ArchiveError(f"{path}: an input is a part file of the output folder {folder.rstrip('/')}/, "
                                   "which the run replaces; write the findings to another folder")


def run_archive(paths: list[str], output: str, *, output_format: str = "jsonl", config: Config | None = None,
                scheduler: str | None = None, workers: int | None = None, id_field: str = "id",
                text_field: str = "text", blocksize: str | None = "16MiB", client=None) -> list[str]:
    """Check archives into ``output`` (a folder, local or any ``fsspec`` URL): ``part-00000.jsonl``...
    (JSONL, one finding row a line, partitions in input order) or a Parquet dataset. Part files
    of an earlier run in that folder are replaced. Returns the files written, in order."""
    from fsspec.core import url_to_fs

    if output_format not in ("jsonl", "parquet"):
        raise ArchiveError(f"unknown output format {output_format!r} (jsonl or parquet)")
    fs, folder = url_to_fs(output)
    _refuse_own_parts(paths, fs, folder)
    own = client is None
    client = client or open_client(scheduler, workers)
    try:
        rows = check_bag(read_archive(paths, id_field, text_field, blocksize), config, id_field, text_field)
        fs.makedirs(folder, exist_ok=True)
        _clear_parts(fs, folder)
        if output_format == "jsonl":
            return rows.map_partitions(_jsonl_partition).to_textfiles(
                output.rstrip("/") + "/part-*.jsonl", name_function=lambda i: f"{i:05d}", encoding="utf-8")
        # Parquet needs one type per column: ids are written as strings there.
        frame = rows.map(lambda r: {**r, "id": str(r["id"])}).to_dataframe(meta=_meta())
        frame.to_parquet(output, write_index=False, schema=parquet_schema(),
                         name_function=lambda i: f"part-{i:05d}.parquet")
        return sorted(fs.unstrip_protocol(p) if "://" in output else p
                      for p in fs.ls(folder, detail=False) if PART.search(p.rsplit("/", 1)[-1]))
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
