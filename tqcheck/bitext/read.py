"""Bilingual inputs: a source file and a target file (plain text, paired by paragraph),
two-column TSV, XLIFF 1.2 and 2.0, TMX. Each becomes a ``Bitext``: the source text, the
target text (what findings point into), and for the segmented formats the unit pairs.

XML is parsed with defusedxml: entity declarations (billion laughs, external entities) and
DTDs are refused with a one-line ``InputError``, as NITF is. Inline codes (XLIFF `<x/>`,
`<ph>`, `<bpt>`, `<pc>`, `<sc/>`; TMX `<ph>`, `<bpt>`...) stay out of the text; their
places are kept in ``Bitext.tags`` (offset in the target text, element name, id), and
`<g>`, `<pc>`, `<mrk>`, `<hi>` keep their text. Units are joined by a blank line."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from ..readers import InputError
from ..readers.base import read_text
from ..readers.safexml import local_name, parse_xml

SEP = "\n\n"


@dataclass
class Unit:
    id: str
    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int


@dataclass
class Bitext:
    path: str                      # the target file (or the XLIFF/TMX/TSV file)
    source_path: str
    source: str
    target: str
    units: list[Unit] | None = None          # None: plain files, paired by paragraph later
    source_lang: str | None = None
    target_lang: str | None = None
    tags: list[tuple[int, str, str]] = field(default_factory=list)   # inline codes in the target


def kind_of(path: str) -> str:
    ext = os.path.splitext(path)[1].lower()
    return {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mxliff": "xliff", ".tmx": "tmx",
            ".tsv": "tsv", ".tab": "tsv"}.get(ext, "text")


def read_bitext(first: str, second: str | None = None) -> Bitext:
    """``first`` is a source text with ``second`` its translation, or one bilingual file."""
    if second is not None:
        return Bitext(second, first, read_text(first), read_text(second))
    kind = kind_of(first)
    text = read_text(first)
    if kind == "tsv":
        return _tsv(first, text)
    if kind in ("xliff", "tmx"):
        return _xml(first, text, kind)
    raise InputError(first, "a single file must be XLIFF (.xlf, .xliff), TMX (.tmx) or TSV (.tsv); "
                            "otherwise give SOURCE and TARGET")


class _Builder:
    def __init__(self, path: str):
        self.b = Bitext(path, path, "", "", units=[])
        self.src: list[str] = []
        self.tgt: list[str] = []
        self.slen = self.tlen = 0

    def add(self, uid: str, src: str, tgt: str, tags=()):
        if self.src:
            self.slen += len(SEP)
            self.tlen += len(SEP)
        self.b.units.append(Unit(uid, self.slen, self.slen + len(src), self.tlen, self.tlen + len(tgt)))
        self.b.tags.extend((self.tlen + off, name, tid) for off, name, tid in tags)
        self.src.append(src)
        self.tgt.append(tgt)
        self.slen += len(src)
        self.tlen += len(tgt)

    def add_elements(self, uid: str, src, tgt):
        """A unit from its source and target segment elements (a missing one is empty text)."""
        tags: list = []
        self.add(uid, _flat(src) if src is not None else "", _flat(tgt, tags) if tgt is not None else "", tags)

    def done(self) -> Bitext:
        self.b.source, self.b.target = SEP.join(self.src), SEP.join(self.tgt)
        return self.b


def _clean(s: str) -> str:
    """A segment on one line: its line breaks and tabs as spaces (offsets unchanged)."""
    return s.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _tsv(path: str, text: str) -> Bitext:
    b = _Builder(path)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise InputError(path, f"line {n}: expected two tab-separated columns (source, target)")
        b.add(str(n), cols[0].strip(), cols[1].strip())
    return b.done()


# Inline elements whose content is native code (not text), and those that wrap text.
_WRAP = frozenset({"g", "pc", "mrk", "hi", "sm", "em"})


def _flat(elem, tags: list | None = None) -> str:
    """The text of a segment element without its inline codes (recorded in ``tags``)."""
    out: list[str] = [elem.text or ""]
    for child in elem:
        name = local_name(child.tag)
        length = sum(len(x) for x in out)
        if name == "cp":                     # XLIFF 2.0: a code point XML cannot hold
            try:
                out.append(chr(int(child.get("hex", ""), 16)))
            except ValueError:
                pass
        elif name in _WRAP:
            if tags is not None:
                tags.append((length, name, child.get("id", "")))
            out.append(_flat(child, None if tags is None else tags_offset(tags, length)))
            if tags is not None and name in ("g", "pc"):
                tags.append((sum(len(x) for x in out), "/" + name, child.get("id", "")))
        elif tags is not None:
            tags.append((length, name, child.get("id", "")))
        out.append(child.tail or "")
    return _clean("".join(out))


def _child(elem, name: str):
    """The first child element of ``elem`` named ``name`` (in any namespace), or None."""
    return next((c for c in elem if local_name(c.tag) == name), None)


class tags_offset(list):
    """Collects the tags of a wrapped element at offsets shifted by where it starts."""

    def __init__(self, parent: list, base: int):
        super().__init__()
        self.parent, self.base = parent, base

    def append(self, item):
        off, name, tid = item
        self.parent.append((off + self.base, name, tid))


def _xml(path: str, text: str, kind: str) -> Bitext:
    root = parse_xml(text, path)
    name = local_name(root.tag)
    if kind == "tmx" or name == "tmx":
        if name != "tmx":
            raise InputError(path, f"not a TMX document (root element <{name}>, expected <tmx>)")
        return _tmx(path, root)
    if name != "xliff":
        raise InputError(path, f"not an XLIFF document (root element <{name}>, expected <xliff>)")
    version = root.get("version", "")
    b = _Builder(path)
    if version.startswith("1."):
        for f in root.iter():
            if local_name(f.tag) == "file":
                b.b.source_lang = b.b.source_lang or f.get("source-language")
                b.b.target_lang = b.b.target_lang or f.get("target-language")
        for tu in root.iter():
            if local_name(tu.tag) != "trans-unit" or tu.get("translate") == "no":
                continue
            src = _child(tu, "source")
            if src is None:
                raise InputError(path, f"trans-unit {tu.get('id', '?')!r} has no <source>")
            b.add_elements(tu.get("id", ""), src, _child(tu, "target"))
    elif version.startswith("2."):
        b.b.source_lang, b.b.target_lang = root.get("srcLang"), root.get("trgLang")
        for unit in root.iter():
            if local_name(unit.tag) != "unit" or unit.get("translate") == "no":
                continue
            for k, seg in enumerate(c for c in unit if local_name(c.tag) == "segment"):
                src = _child(seg, "source")
                if src is None:
                    raise InputError(path, f"unit {unit.get('id', '?')!r} has a segment with no <source>")
                uid = unit.get("id", "") + (f"/{seg.get('id') or k + 1}" if k or seg.get("id") else "")
                b.add_elements(uid, src, _child(seg, "target"))
    else:
        raise InputError(path, f"unsupported XLIFF version {version!r} (1.2 and 2.0 are read)")
    if not b.b.units:
        raise InputError(path, "no translation units")
    return b.done()


def _tmx(path: str, root) -> Bitext:
    header = _child(root, "header")
    srclang = (header.get("srclang") if header is not None else None) or ""
    b = _Builder(path)
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    for n, tu in enumerate(e for e in root.iter() if local_name(e.tag) == "tu"):
        tuvs = [(v.get(lang_attr) or v.get("lang") or "", v) for v in tu if local_name(v.tag) == "tuv"]
        if len(tuvs) < 2:
            continue
        src = next((v for lang, v in tuvs if srclang and srclang != "*all*" and lang.lower().startswith(srclang.lower()[:2])), None)
        src = src if src is not None else tuvs[0][1]
        tgt = next((v for lang, v in tuvs if v is not src and lang.lower().startswith("en")), None)
        tgt = tgt if tgt is not None else next(v for _, v in tuvs if v is not src)
        b.b.source_lang = b.b.source_lang or next((lang for lang, v in tuvs if v is src), None)
        b.b.target_lang = b.b.target_lang or next((lang for lang, v in tuvs if v is tgt), None)
        b.add_elements(tu.get("tuid", str(n + 1)), _child(src, "seg"), _child(tgt, "seg"))
    if not b.b.units:
        raise InputError(path, "no translation units")
    return b.done()
