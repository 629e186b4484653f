"""Large plain-text files checked without holding their text: chunks read back from disk.

``open_chunked`` reads a UTF-8 file once, block by block, and finds the same chunks
``single._chunk_spans`` would find in the whole text (``next_cut``), recording where each chunk lies in
characters and in bytes. ``DiskText`` then gives a chunk's text by reading and decoding
that byte range again, so a 100 MB file never has to be one string in memory: checking
and reporting hold one chunk at a time. The file stays open until the text object is
dropped, so a file replaced on disk (a new inode, as editors and ``--fix`` write) is
still read as it was.

Anything ``open_chunked`` does not handle as the whole-file reader would (no chunking
needed, bytes that are not valid UTF-8, a NUL byte near the start, a ``tqcheck:``
directive that the plain-text reader would take out) makes it return None, and the
caller reads the file whole as usual, with the usual errors.
"""
from __future__ import annotations

import codecs
import os
import re
from bisect import bisect_right
from typing import BinaryIO

_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+")
_SPACE = re.compile(r"\s+")


def next_cut(text: str, pos: int, chunk: int) -> int:
    """Where the chunk starting at ``pos`` ends: once it has ``chunk`` characters, just
    after the first blank line, else line break, else sentence end, else white space in
    the next ``chunk`` characters, else there (so no chunk exceeds 2 x ``chunk``
    characters, whatever the file's line breaks: none, LF, CRLF or CR only). Looks at no
    more than ``text[pos:pos + 2 * chunk + 1]``."""
    lo, hi = pos + chunk, pos + 2 * chunk
    if len(text) <= lo:
        return len(text)
    for pattern in (_BLANK_LINE, _LINE_BREAK, _SENTENCE_END, _SPACE):
        m = pattern.search(text, lo, hi)
        if m:
            cut = m.end()
            break
    else:
        cut = min(hi, len(text))
    if text[cut - 1:cut + 1] == "\r\n":      # never between CR and LF
        cut += 1
    return cut
_BOM = b"\xef\xbb\xbf"
_BLOCK_BYTES = 1 << 20
_BINARY_SNIFF = 8192          # as readers.base: a NUL in these first bytes means binary


class DiskText:
    """The text of a chunked file, sliced chunk-wise from disk: ``text[start:end]`` for
    a range inside one chunk reads (and decodes) that chunk. ``len`` is the length in
    characters."""

    def __init__(self, handle: BinaryIO, chunks: list[tuple[int, int, int, int]]):
        self._handle = handle
        self.chunks = chunks        # (char start, char end, byte start, byte end)
        self._starts = [c[0] for c in chunks]
        self._cached: tuple[int, str] | None = None   # (chunk index, its text)

    def __len__(self) -> int:
        return self.chunks[-1][1] if self.chunks else 0

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [(c[0], c[1]) for c in self.chunks]

    def __getitem__(self, key: slice) -> str:
        if not isinstance(key, slice) or key.step is not None:
            raise TypeError("DiskText supports plain slices only")
        start = 0 if key.start is None else key.start
        end = len(self) if key.stop is None else key.stop
        if end <= start:
            return ""
        k = max(0, bisect_right(self._starts, start) - 1)
        c_start, c_end = self.chunks[k][:2]
        if end > c_end:
            raise ValueError("DiskText slices must lie inside one chunk")
        return self._chunk(k)[start - c_start:end - c_start]

    def _chunk(self, k: int) -> str:
        if self._cached is None or self._cached[0] != k:
            self._cached = (k, self._read(*self.chunks[k][2:]).decode("utf-8"))
        return self._cached[1]

    def _read(self, b_start: int, b_end: int) -> bytes:
        # pread: forked workers share the file's position, so none of them may move it.
        if hasattr(os, "pread"):
            return os.pread(self._handle.fileno(), b_end - b_start, b_start)
        self._handle.seek(b_start)
        return self._handle.read(b_end - b_start)

    def close(self) -> None:
        self._cached = None
        self._handle.close()


def open_chunked(path: str, chunk_chars: int) -> DiskText | None:
    """The file as a ``DiskText`` of more than one chunk, or None (read it whole instead)."""
    try:
        handle = open(path, "rb")
    except OSError:
        return None
    try:
        chunks = _scan(handle, chunk_chars)
    except (UnicodeDecodeError, ValueError):
        chunks = None
    if chunks is None or len(chunks) < 2:
        handle.close()
        return None
    return DiskText(handle, chunks)


def _scan(handle: BinaryIO, chunk_chars: int) -> list[tuple[int, int, int, int]] | None:
    """The chunks of the file, as ``single._chunk_spans`` cuts the whole text, or None."""
    first = handle.read(_BLOCK_BYTES)
    if b"\x00" in first[:_BINARY_SNIFF]:
        return None
    byte_pos = 3 if first.startswith(_BOM) else 0
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    eof = len(first) < _BLOCK_BYTES
    buf = decoder.decode(first[byte_pos:], final=eof)
    chunks = []
    char_pos = 0
    while buf or not eof:
        if not eof and len(buf) <= chunk_chars:
            buf, eof = _read_more(handle, decoder, buf)
            continue
        # ``next_cut`` looks at up to 2 x chunk_chars + 1 characters: read that much first.
        if not eof and len(buf) <= 2 * chunk_chars + 1:
            buf, eof = _read_more(handle, decoder, buf)
            continue
        cut = next_cut(buf, 0, chunk_chars)
        text = buf[:cut]
        if "tqcheck:" in text:       # the plain-text reader may take directive lines out
            return None
        n_bytes = len(text.encode("utf-8"))
        chunks.append((char_pos, char_pos + cut, byte_pos, byte_pos + n_bytes))
        char_pos += cut
        byte_pos += n_bytes
        buf = buf[cut:]
    return chunks


def _read_more(handle: BinaryIO, decoder, buf: str) -> tuple[str, bool]:
    block = handle.read(_BLOCK_BYTES)
    eof = not block
    return buf + decoder.decode(block, final=eof), eof
