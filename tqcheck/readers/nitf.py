"""NITF XML input (News Industry Text Format): headline, abstract and body paragraphs.

Safety first: the file is parsed with defusedxml, which refuses entity declarations
(the "billion laughs" bomb) and external entities, before anything else reads it.
Text is then taken, with exact byte positions from expat, from ``hedline``
(``hl1``/``hl2``), ``abstract`` and ``body.content``; each ``p``, ``hl1``, ``hl2``,
``li`` and similar block becomes a paragraph. ``media``, ``table`` and ``note``
elements inside the body are skipped. Whitespace runs collapse to one space.
"""
from __future__ import annotations

from xml.parsers import expat

from ..document import Document
from .base import InputError, Source
from .markup import TextBuilder
from .safexml import local_name, parse_xml

CAPTURE = frozenset({"hedline", "abstract", "body.content"})
BLOCK = frozenset({"p", "hl1", "hl2", "li", "dt", "dd", "block", "bq", "fn", "hedline",
                   "abstract", "body.content", "ol", "ul", "dl"})
SKIP = frozenset({"media", "table", "note", "pre", "object", "ed-msg"})


def _check_nitf(text: str, path: str) -> None:
    root = parse_xml(text, path)
    if local_name(root.tag) != "nitf":
        raise InputError(path, f"not a NITF document (root element <{local_name(root.tag)}>, expected <nitf>)")


def read_nitf(text: str, path: str) -> Source:
    _check_nitf(text, path)
    data = text.encode("utf-8")
    # byte offset -> code-point offset (expat reports byte positions in the UTF-8 input)
    if len(data) == len(text):
        to_char = None
    else:
        to_char = [0] * (len(data) + 1)
        b = 0
        for i, ch in enumerate(text):
            n = len(ch.encode("utf-8"))
            for k in range(n):
                to_char[b + k] = i
            b += n
        to_char[len(data)] = len(text)
    out = TextBuilder(text)
    state = {"capture": 0, "skip": 0}
    parser = expat.ParserCreate(encoding="utf-8")
    parser.buffer_text = False

    def here() -> int:
        pos = parser.CurrentByteIndex
        return pos if to_char is None else to_char[pos]

    def start(name, attrs):
        name = local_name(name)
        if name in CAPTURE:
            state["capture"] += 1
        if state["skip"] or name in SKIP:
            state["skip"] += 1
        elif state["capture"] and name in BLOCK:
            out.paragraph_break(here())

    def end(name):
        name = local_name(name)
        if state["skip"]:
            state["skip"] -= 1
        elif state["capture"] and name in BLOCK:
            out.paragraph_break(here())
        if name in CAPTURE:
            state["capture"] -= 1

    def chars(chunk):
        if not state["capture"] or state["skip"]:
            return
        at = here()
        if text.startswith("&", at):                 # an entity or character reference
            semi = text.find(";", at)
            out.add_replacement(chunk, at, semi + 1 - at)
        elif text.startswith(chunk, at):
            out.add(chunk, at)
        elif text.startswith("\r\n", at) and chunk == "\n":
            out.add_space(at, 2)
        else:                                        # CDATA or other: map to its start
            out.add_replacement(chunk, at, len(chunk))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.Parse(data, True)
    extracted, offset_map = out.build()
    return Source(path, text, Document(extracted, path, offset_map), "nitf")
