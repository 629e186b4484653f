"""HTML input: the text of the body, with offsets that point into the HTML file.

Parsed with the standard library's ``html.parser`` (tolerant of real-world markup).
Scripts, styles, ``<head>``, code, comments and attribute values are skipped;
character references are decoded; block elements (``p``, ``h1``..``h6``, ``li``,
``div``, ...) become paragraphs separated by blank lines; whitespace runs inside a
block collapse to one space, as a browser shows them.
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

from ..document import Document
from .markup import TextBuilder, line_starts

SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "code", "pre",
                  "svg", "math", "iframe", "object", "select", "textarea", "button"})
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})


class _Extractor(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.starts = line_starts(source)
        self.out = TextBuilder(source)
        self.skip: list[str] = []   # open elements whose content is skipped

    def parse_marked_section(self, i, report=1):
        # "<![" without a known keyword makes Python < 3.13's parser raise AssertionError;
        # read it as browsers do, as a bogus comment up to the next ">".
        pos = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = pos        # the failed scan moved the position
            j = self.rawdata.find(">", i + 3)
            return -1 if j < 0 else j + 1

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if tag == "body":           # the body always ends an unclosed <head>
            self.skip.clear()
        if self.skip:
            if tag == self.skip[-1] or (tag in SKIP and tag not in VOID):
                self.skip.append(tag)
            return
        if tag in SKIP:
            self.skip.append(tag)
        elif tag in BLOCK:
            self.out.paragraph_break(self._offset())
        elif tag == "br":
            self.out.line_break(self._offset())

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag == "br":
            self.out.line_break(self._offset())

    def handle_endtag(self, tag):
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag in BLOCK:
            self.out.paragraph_break(self._offset())

    def handle_data(self, data):
        if not self.skip:
            self.out.add(data, self._offset())

    def _ref(self, raw: str):
        if self.skip:
            return
        at = self._offset()
        length = len(raw) + (1 if self.source.startswith(";", at + len(raw)) else 0)
        # (an unknown name decodes to itself: add_replacement then copies it verbatim)
        self.out.add_replacement(html.unescape(self.source[at:at + length]), at, length)

    def handle_entityref(self, name):
        self._ref("&" + name)

    def handle_charref(self, name):
        self._ref("&#" + name)


def _unclosed_comment(text: str) -> int:
    """Where a comment that is never closed starts (browsers read the rest of the file as
    that comment), or ``len(text)``. Found in one pass; given such a file, Python's
    ``html.parser`` (before 3.11.13) rescans the rest at every ``<!--`` and goes quadratic."""
    pos = 0
    while True:
        i = text.find("<!--", pos)
        if i < 0:
            return len(text)
        j = text.find("-->", i + 4)
        if j < 0:
            return i
        pos = j + 3


def read_html(text: str, path: str):
    from .base import Source

    parser = _Extractor(text)
    parser.feed(text[:_unclosed_comment(text)])
    parser.close()
    extracted, offset_map = parser.out.build()
    return Source(path, text, Document(extracted, path, offset_map), "html")
