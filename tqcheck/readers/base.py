"""Reading inputs: paths to sources, bytes to text, with one-line errors for bad input."""
from __future__ import annotations

import fnmatch
import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..document import Document

# Folders are searched for these. *.xml is not searched by default (article folders
# often hold feeds and sitemaps); add it with `include` in the configuration.
DEFAULT_GLOBS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.nitf")
_BINARY_SNIFF = 8192


class InputError(Exception):
    """An input that cannot be read; ``str()`` is a one-line reason naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Source:
    path: str          # as given by the user (or "-" for stdin)
    text: str          # the file's text as read: offsets in findings point here
    document: Document  # the text the rules see, with an offset map back to ``text``
    format: str = "txt"
    # Inline suppression directives, when the reader found them itself (Markdown leaves
    # out those inside code); None: the engine finds them in ``text``.
    directives: list | None = None


def decode(data: bytes, path: str) -> str:
    """Strict UTF-8 with an optional BOM; binary data and bad bytes are input errors."""
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(path, "binary file (contains NUL bytes); expected UTF-8 text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} (line {line})"
        ) from None


def _lazy(module: str, func: str) -> Callable[[str, str], Source]:
    """A reader that imports its module on first use (keeps start-up fast)."""
    def read(text: str, path: str) -> Source:
        return getattr(importlib.import_module(f"{__package__}.{module}"), func)(text, path)

    return read


# Format name -> function(text, path) -> Source. Markup readers register here.
READERS: dict[str, Callable[[str, str], Source]] = {
    "txt": _lazy("plain", "read_plain"), "md": _lazy("markdown", "read_markdown"),
    "html": _lazy("html", "read_html"), "nitf": _lazy("nitf", "read_nitf")}
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
              ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "nitf", ".nitf": "nitf"}


def format_for(path: str, forced: str | None = None) -> str:
    if forced:
        return forced
    return EXTENSIONS.get(Path(path).suffix.lower(), "txt")


def source_from_bytes(data: bytes, path: str, fmt: str = "txt") -> Source:
    return READERS[fmt](decode(data, path), path)


def read_bytes(path: str) -> bytes:
    """The file's bytes; an unreadable path is an ``InputError`` with a one-line reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(path, "is a directory")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None


def read_path(path: str, fmt: str | None = None) -> Source:
    return source_from_bytes(read_bytes(path), path, format_for(path, fmt))


def read_stdin(fmt: str | None = None) -> Source:
    data = sys.stdin.buffer.read()
    return source_from_bytes(data, "-", fmt or "txt")


def collect_paths(args: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> tuple[list[str], list[InputError]]:
    """Expand files and folders (recursively, hidden folders skipped) in a stable order."""
    paths: list[str] = []
    errors: list[InputError] = []
    for arg in args:
        if arg == "-":
            paths.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if any(fnmatch.fnmatch(name, g) for g in globs):
                        found.append(os.path.join(root, name))
            if not found:
                errors.append(InputError(arg, f"folder has no files matching {' '.join(globs)}"))
            paths.extend(sorted(found))
        elif p.exists():
            paths.append(arg)
        else:
            errors.append(InputError(arg, "no such file or folder"))
    return paths, errors
