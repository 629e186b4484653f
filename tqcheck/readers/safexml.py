"""XML parsed safely, for the XML formats: NITF (``nitf.py``) and the bilingual XLIFF and
TMX (``tqcheck/bitext/read.py``). defusedxml refuses entity declarations (the "billion
laughs" bomb), external entities and DTDs before anything else reads the document."""
from __future__ import annotations

from .base import InputError


def local_name(tag) -> str:
    """An element's name without its namespace (`{uri}name` from ElementTree, `uri name`
    from expat); "" for a comment or processing instruction (whose ElementTree tag is a
    function)."""
    return tag.rsplit("}", 1)[-1].rsplit(" ", 1)[-1] if isinstance(tag, str) else ""


def parse_xml(text: str, path: str):
    """The root element of ``text``, parsed as UTF-8 whatever its XML declaration says (the
    text is already decoded); unsafe or malformed XML is an ``InputError``."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, XMLParser

    try:
        parser = XMLParser(encoding="utf-8")
        parser.feed(text.encode("utf-8"))
        return parser.close()
    except DefusedXmlException as exc:
        kind = type(exc).__name__
        why = {"EntitiesForbidden": "declares entities (entity bombs and external entities are not allowed)",
               "ExternalReferenceForbidden": "references an external entity",
               "DTDForbidden": "contains a DTD"}.get(kind, kind)
        raise InputError(path, f"refused unsafe XML: {why}") from None
    except ParseError as exc:
        raise InputError(path, f"not well-formed XML: {exc}") from None
