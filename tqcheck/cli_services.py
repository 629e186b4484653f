"""The CLI's service commands: `tqcheck serve` (HTTP API and web page, tqcheck.server) and
`tqcheck archive` (news archives on Dask, tqcheck.dask). Registered on the app by cli.py;
each imports its heavy stack only when run."""
from __future__ import annotations

from typing import List, Optional

import typer

from .cli_common import fail_usage, split_codes
from .config import SOURCE_LANG_CHOICES, Config


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8081, "--port", help="Port to listen on."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Project configuration file (default: found from the current folder)."),
    max_chars: int = typer.Option(20000, "--max-chars", help="Longest text accepted per request, in characters (413 beyond)."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds a request may take, waiting included (503 beyond)."),
    workers: int = typer.Option(0, "--workers", help="Worker processes that run checks (0: one per core)."),
    max_pending: int = typer.Option(64, "--max-pending", help="Requests checking or waiting at once (429 beyond)."),
    cors_origin: Optional[List[str]] = typer.Option(None, "--cors-origin", help="Allow browser requests from this origin (repeatable; '*' for any). Off by default."),
    token_file: Optional[str] = typer.Option(None, "--token-file", help="Require this file's content as a bearer token (or set TQCHECK_SERVE_TOKEN)."),
) -> None:
    """Serve a LanguageTool-compatible HTTP API (/v2/check), a JSON API and a web page at /."""
    from .server.cli import run

    run(fail_usage, host=host, port=port, config_path=config_path, max_chars=max_chars, timeout=timeout,
        workers=workers, max_pending=max_pending, cors_origins=split_codes(cors_origin), token_file=token_file)


def archive(
    archives: List[str] = typer.Argument(..., help="JSONL files (one article object a line; .gz allowed) or Parquet files; globs allowed."),
    output: str = typer.Option(..., "--output", "-o", help="Folder to write the findings to (part-00000.jsonl... or a Parquet dataset)."),
    output_format: str = typer.Option("jsonl", "--output-format", help="jsonl or parquet."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of an existing Dask scheduler (tcp://host:8786); default: a local cluster."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Local cluster: worker processes (default: one per core)."),
    id_field: str = typer.Option("id", "--id-field", help="Field (column) holding each article's id."),
    text_field: str = typer.Option("text", "--text-field", help="Field (column) holding each article's text."),
    blocksize: str = typer.Option("16MiB", "--blocksize", help="Uncompressed JSONL: bytes per partition."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules (as in check)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (as in check)."),
    source_lang: str = typer.Option("auto", "--source-lang", help="Source language (as in check)."),
) -> None:
    """Check a news archive on Dask (needs the dask extra): one finding row per line or Parquet row."""
    try:
        from .dask import ArchiveError, run_archive
    except ImportError as exc:
        fail_usage(f"tqcheck archive needs the dask extra (pip install 'tqcheck[dask]'): {exc}")
    from .rules.registry import select_rules

    if source_lang not in SOURCE_LANG_CHOICES:
        fail_usage(f"unknown --source-lang {source_lang!r} (choose from: {', '.join(SOURCE_LANG_CHOICES)})")
    config = Config(select=split_codes(select), ignore=split_codes(ignore), source_lang=source_lang)
    try:
        select_rules(config.select, config.ignore)
        files = run_archive(archives, output, output_format=output_format, config=config, scheduler=scheduler,
                            workers=workers, id_field=id_field, text_field=text_field, blocksize=blocksize)
    except (ArchiveError, ValueError, OSError) as exc:
        fail_usage(str(exc))
    typer.echo(f"tqcheck: wrote {len(files)} file(s) to {output}", err=True)
