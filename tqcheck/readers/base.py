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
# The largest input read whole (a file, or standard input). Plain-text files larger than
# the engine's chunk size are read chunk by chunk from disk by the CLI (``run.bigfile``), so
# this bounds what one file may hold in memory, not how large a story archive may be.
MAX_INPUT_BYTES = 256 * 1024 * 1024
# Markup (Markdown, HTML, NITF) is parsed whole, which takes ~20 times the file's size in
# memory; larger markup files are refused (the text they keep is then checked in chunks,
# as plain text is). A news page is far below this.
MAX_MARKUP_BYTES = 8 * 1024 * 1024


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
    """Strict UTF-8 with an optional BOM; UTF-16/32, binary data and bad bytes are input errors."""
    utf16 = _utf16_kind(data)
    if utf16:
        raise InputError(path, f"{utf16} text; tqcheck reads UTF-8 (convert it, e.g. `iconv -f {utf16} -t UTF-8`)")
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


def _utf16_kind(data: bytes) -> str | None:
    """``UTF-16``/``UTF-32`` when the bytes carry that BOM, or look like BOM-less UTF-16
    (every other byte NUL in mostly-ASCII text); None otherwise."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:_BINARY_SNIFF]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        for zeros in (even, odd):
            if zeros.count(0) >= 0.9 * len(zeros) and b"\x00" not in (odd if zeros is even else even):
                return "UTF-16"
    return None


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
    """The bytes of a regular file; anything else (a folder, FIFO, device, socket), a file
    over ``MAX_INPUT_BYTES`` and an unreadable path are an ``InputError`` with a one-line
    reason. The file is opened without blocking, so a FIFO with no writer cannot hang."""
    import stat

    fd = -1
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(path, f"not a regular file ({_file_kind(st.st_mode)}); tqcheck reads files and standard input (-)")
        if st.st_size > MAX_INPUT_BYTES:
            raise InputError(path, f"file too large ({st.st_size:,} bytes; the limit is {MAX_INPUT_BYTES:,})")
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            data = fh.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(path, f"file too large (over {MAX_INPUT_BYTES:,} bytes)")
        return data
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    finally:
        if fd >= 0:
            os.close(fd)


def read_text(path: str) -> str:
    """A file's text as ``check`` reads it (``read_bytes``, then ``decode``): ``InputError``
    with a one-line reason for anything else."""
    return decode(read_bytes(path), path)


def _file_kind(mode: int) -> str:
    import stat

    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def check_markup_size(path: str, fmt: str, size: int) -> None:
    """Refuse a markup input over ``MAX_MARKUP_BYTES`` (an ``InputError``)."""
    if fmt != "txt" and size > MAX_MARKUP_BYTES:
        raise InputError(path, f"{fmt} file too large ({size:,} bytes; markup is parsed whole and "
                               f"the limit is {MAX_MARKUP_BYTES:,}; plain text up to {MAX_INPUT_BYTES:,})")


def read_path(path: str, fmt: str | None = None) -> Source:
    fmt = format_for(path, fmt)
    if fmt != "txt":
        try:
            check_markup_size(path, fmt, os.stat(path).st_size)
        except OSError:
            pass          # read_bytes says why
    data = read_bytes(path)
    check_markup_size(path, fmt, len(data))
    return source_from_bytes(data, path, fmt)


def read_stdin(fmt: str | None = None) -> Source:
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None:
        raise InputError("-", "standard input is closed")
    try:
        data = stream.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as exc:   # closed or unreadable stdin
        raise InputError("-", f"cannot read standard input ({exc})") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError("-", f"standard input too large (over {MAX_INPUT_BYTES:,} bytes)")
    check_markup_size("-", fmt or "txt", len(data))
    return source_from_bytes(data, "-", fmt or "txt")


def collect_paths(args: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> tuple[list[str], list[InputError]]:
    """Expand files and folders (recursively, hidden folders skipped) in a stable order."""
    paths: list[str] = []
    errors: list[InputError] = []
    for arg in args:
        if arg == "-":
            if "-" in paths:
                errors.append(InputError(arg, "standard input given more than once"))
            else:
                paths.append(arg)
            continue
        p = Path(arg)
        if p.is_dir():
            found = []

            def unreadable(exc: OSError) -> None:   # a subfolder that cannot be listed
                errors.append(InputError(exc.filename or arg, f"folder not checked: {exc.strerror or exc}"))

            for root, dirs, files in os.walk(p, onerror=unreadable):
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
