"""Plain text: read as is, except lines that hold only a tqcheck directive comment."""
from __future__ import annotations

import re

from ..document import Document

_DIRECTIVE_LINE = re.compile(r"^[ \t]*<!--[ \t]*tqcheck:[^\n]*?-->[ \t]*(?:\r\n|\r|\n|$)", re.M)


def read_plain(text: str, path: str):
    from .base import Source
    from .markup import TextBuilder

    if "tqcheck:" not in text or not _DIRECTIVE_LINE.search(text):
        return Source(path, text, Document(text, path), "txt")
    out = TextBuilder(text, collapse=False)
    pos = 0
    for m in _DIRECTIVE_LINE.finditer(text):
        out.add(text[pos:m.start()], pos)
        pos = m.end()
    out.add(text[pos:], pos)
    extracted, offset_map = out.build()
    return Source(path, text, Document(extracted, path, offset_map), "txt")
