"""What every command module of the CLI shares: exit codes, the usage-error exit, code lists."""
from __future__ import annotations

from typing import List, Optional

import typer

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def fail_usage(message: str) -> None:
    """Print ``tqcheck: error: message`` on stderr and exit 2."""
    typer.echo(f"tqcheck: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def split_codes(values: Optional[List[str]]) -> tuple[str, ...]:
    """Repeated and comma-separated option values as one tuple (`--select TQ1,TQ3 --select TQ6`)."""
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def accept_terms(files: Optional[List[str]]) -> tuple[str, ...]:
    """The terms of ``--accept-file`` files; a bad file is a usage error naming it."""
    from .accept import AcceptFileError, merge, read_accept_file

    try:
        return merge(*(read_accept_file(f) for f in files or ()))
    except AcceptFileError as exc:
        fail_usage(str(exc))
