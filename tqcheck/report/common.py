"""Helpers shared by the report formats: end positions, artefact URIs, levels, batched writes."""
from __future__ import annotations

import os
import re
from typing import TextIO
from urllib.parse import quote

from ..findings import Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def end_line_col(lines, f) -> tuple[int, int]:
    """Line and column just after the finding's last character (exclusive end); ``lines``
    is a ``LineIndex`` over the file or a ``pieces.PieceLines`` over a piece holding ``f``."""
    return lines.line_col(f.end) if f.end > f.start else (f.line, f.column)


def message_with_suggestions(f) -> str:
    """The finding's message, its suggestions appended (for one-line annotation formats)."""
    if f.suggestions:
        return f.message + " Suggestion: " + " | ".join(f.suggestions)
    return f.message


def display_path(path: str) -> str:
    """The path relative to the working directory when it is inside it, with / separators."""
    if path == "-":
        return "-"
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, os.getcwd())
    if rel.startswith(".."):
        return absolute.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def artifact_uri(path: str) -> str:
    shown = display_path(path)
    if shown == "-":
        return "stdin"
    if shown.startswith("/"):
        return "file://" + quote(shown)
    return quote(shown)


def render_with(writer, run, **options) -> str:
    """What ``writer(run, out, **options)`` writes, as one string."""
    import io

    out = io.StringIO()
    writer(run, out, **options)
    return out.getvalue()


FLUSH_PIECES = 4096  # pieces gathered before one write to the output stream


def write_pieces(pieces, out: TextIO) -> None:
    """Write string pieces to ``out`` in batches (one ``write`` per few thousand pieces)."""
    batch: list[str] = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) >= FLUSH_PIECES:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))


# Characters a report must not pass through as they are: C0 controls (but tab), DEL and
# C1 controls would let an article drive the terminal (ESC/OSC sequences: colours, the
# window title, clearing the screen); bidi embeddings, overrides and isolates reorder
# what is shown (U+202A-U+202E, U+2066-U+2069). Shown as ``\xNN`` / ``\uNNNN`` instead.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What XML 1.0 cannot hold at all (even as a character reference).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escaped(m: re.Match) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def terminal_safe(s: str) -> str:
    """``s`` with control characters and bidi overrides shown as escapes (text reports)."""
    return _UNSAFE.sub(_escaped, s) if _UNSAFE.search(s) else s


def xml_safe(s: str) -> str:
    """``s`` with the characters XML 1.0 cannot hold shown as ``\\xNN`` escapes."""
    return _NOT_XML.sub(_escaped, s) if _NOT_XML.search(s) else s


# Where each rule is documented: docs/rules.md of the released version, one `### TQnnn`
# heading per rule (GitHub's anchor for it is the lower-case code). Used as SARIF helpUri.
# The repository is written in one place, pyproject.toml's [project.urls] Repository, read
# from the installed metadata; REPO_URL is the fallback for a source tree without metadata
# (tests/test_doc_links.py checks that the two agree).
REPO_URL = "https://github.com/tqcheck/tqcheck"
_REPO: str | None = None


def repository_url() -> str:
    """pyproject.toml's ``[project.urls] Repository`` (installed metadata), else ``REPO_URL``."""
    global _REPO
    if _REPO is None:
        _REPO = REPO_URL
        try:
            from importlib.metadata import PackageNotFoundError, metadata

            try:
                entries = metadata("tqcheck").get_all("Project-URL") or []
            except PackageNotFoundError:
                entries = []
            for entry in entries:
                label, _, url = entry.partition(",")
                if label.strip().lower() == "repository" and url.strip():
                    _REPO = url.strip().rstrip("/")
                    break
        except ImportError:
            pass
    return _REPO



def rule_doc_url(code: str) -> str:
    from ..version import __version__

    return f"{repository_url()}/blob/v{__version__}/docs/rules.md#{code.lower()}"


def plural(n: int, word: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{n} {word}{'' if n == 1 else 's'}"
