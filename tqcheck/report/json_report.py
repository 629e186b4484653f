"""JSON report, schema version 1 (see README: "JSON output").

``write_json`` writes the same bytes as ``json.dumps(run.to_json(), indent=2)`` but
file by file and finding by finding, so a run's findings are never one string.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

_FLUSH_PIECES = 4096  # pieces gathered before one write to the output stream


def iter_json(value: Any, level: int = 0) -> Iterator[str]:
    """Pieces of ``json.dumps(value, ensure_ascii=False, indent=2)`` indented ``level`` deep,
    where any iterator inside ``value`` is written as a list, one item at a time."""
    if not _streams(value):
        text = json.dumps(value, ensure_ascii=False, indent=2)
        yield text.replace("\n", "\n" + "  " * level) if level else text
        return
    inner = "\n" + "  " * (level + 1)
    if isinstance(value, dict):
        opening, closing = "{", "}"
        items: Iterator = ((json.dumps(k, ensure_ascii=False) + ": ", v) for k, v in value.items())
    else:
        opening, closing = "[", "]"
        items = (("", v) for v in value)
    first = True
    for prefix, item in items:
        yield (opening if first else ",") + inner + prefix
        yield from iter_json(item, level + 1)
        first = False
    yield (opening + closing) if first else "\n" + "  " * level + closing


def _streams(value: Any) -> bool:
    """True when ``value`` is, or holds, an iterator (which ``json.dumps`` cannot write)."""
    if isinstance(value, Iterator):
        return True
    if isinstance(value, dict):
        return any(_streams(v) for v in value.values())
    if isinstance(value, list):
        return any(_streams(v) for v in value)
    return False


def write_pieces(pieces, out: TextIO) -> None:
    """Write string pieces to ``out`` in batches (one ``write`` per few thousand pieces)."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= _FLUSH_PIECES:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))


def write_json(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    write_pieces(iter_json(run.to_json(streamed=True)), out)
    out.write("\n")


def render_json(run, *, color: bool = False, quiet: bool = False) -> str:
    return json.dumps(run.to_json(), ensure_ascii=False, indent=2) + "\n"
