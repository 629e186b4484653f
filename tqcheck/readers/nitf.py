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
from .markup import TextBuilder

CAPTURE = frozenset({"hedline", "abstract", "body.content"})
BLOCK = frozenset({"p", "hl1", "hl2", "li", "dt", "dd", "block", "bq", "fn", "hedline",
                   "abstract", "body.content", "ol", "ul", "dl"})
SKIP = frozenset({"media", "table", "note", "pre", "object", "ed-msg"})


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].rsplit(" ", 1)[-1]


def _check_safe(text: str, path: str) -> None:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, XMLParser

    from .base import InputError

    try:
        # The text is already decoded: parse its UTF-8 whatever the XML declaration says.
        parser = XMLParser(encoding="utf-8")
        parser.feed(text.encode("utf-8"))
        root = parser.close()
    except DefusedXmlException as exc:
        kind = type(exc).__name__
        why = {"EntitiesForbidden": "declares entities (entity bombs and external entities are not allowed)",
               "ExternalReferenceForbidden": "references an external entity",
               "DTDForbidden": "contains a DTD"}.get(kind, kind)
        raise InputError(path, f"refused unsafe XML: {why}") from None
    except ParseError as exc:
        raise InputError(path, f"not well-formed XML: {exc}") from None
    if _local(root.tag) != "nitf":
        raise InputError(path, f"not a NITF document (root element <{_local(root.tag)}>, expected <nitf>)")


def read_nitf(text: str, path: str):
    from .base import Source

    _check_safe(text, path)
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
        name = _local(name)
        if name in CAPTURE:
            state["capture"] += 1
        if state["skip"] or name in SKIP:
            state["skip"] += 1
        elif state["capture"] and name in BLOCK:
            out.paragraph_break(here())

    def end(name):
        name = _local(name)
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
