"""Markdown input: the prose of a Markdown file, offsets mapped back to the file.

A small line-based reader for the Markdown news sites store (CommonMark plus the GFM
table and strikethrough syntax), written for exact offsets rather than rendering:
- YAML (``---``) and TOML (``+++``) front matter, fenced and indented code blocks,
  HTML comments and tags, images, link URLs and titles, reference definitions,
  autolinks, table delimiter rows and thematic breaks are skipped;
- code spans are skipped (with one of the spaces around them, so no double space);
- heading, list, block-quote markers and emphasis delimiters are dropped; link text
  is kept; character references and backslash escapes are decoded;
- headings, list items and blocks are separated by blank lines in the extracted text.
Library parsers (markdown-it-py, mistune) give line numbers per block but not
character offsets of inline text, which every finding needs.
"""
from __future__ import annotations

import bisect
import html
import re

from ..document import Document
from ..suppress import find_directives
from .markup import TextBuilder

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HR = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_REFDEF = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S")
_TABLE_DELIM = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_LIST = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")

# Link text, destination and title are bounded in length, as CommonMark bounds link labels
# (999 characters): a line of unmatched `[` or `[a](` is then scanned a bounded distance from
# each bracket, so reading it takes linear time instead of quadratic.
_LINK_TEXT = r"(?:[^\[\]]|\[[^\]]{0,999}\]){0,999}"
_LINK_DEST = (r"(?:\((?:[^()\s]|\([^)]{0,999}\)){0,2000}(?:[ \t]+(?:\"[^\"]{0,999}\"|'[^']{0,999}'))?[ \t]*\)"
              r"|\[[^\]]{0,999}\])")

_INLINE = re.compile(
    r"(?=[\\`<!\[&*_~])"          # cheap first-character filter
    r"(?:(?P<esc>\\[!-/:-@\[-`{-~])"
    r"|(?P<code>(`+)(?:.+?)(?<!`)\3(?!`))"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<opencomment><!--)"
    r"|(?P<image>!\[" + _LINK_TEXT + r"\]" + _LINK_DEST + ")"
    r"|(?P<link>\[(?P<ltext>" + _LINK_TEXT + r")\]" + _LINK_DEST + ")"
    r"|(?P<autolink><(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>)"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});)"
    r"|(?P<emph>\*+|_+|~~+))"
)


def _inline(src: str, start: int, end: int, out: TextBuilder, code: list) -> bool:
    """Emit the prose of ``src[start:end]``; True when an HTML comment stays open."""
    pos = start
    for m in _INLINE.finditer(src, start, end):
        if m.start() > pos:
            out.add(src[pos:m.start()], pos)
        if m.group("esc"):
            out.add(src[m.start() + 1], m.start() + 1)
        elif m.group("code"):
            code.append((m.start(), m.end()))
            nxt = m.end()
            pos = nxt + 1 if out.last == " " and src.startswith(" ", nxt) and nxt < end else nxt
            continue
        elif m.group("opencomment"):
            return True
        elif m.group("link"):
            _inline(src, m.start("ltext"), m.end("ltext"), out, code)
        elif m.group("entity"):
            out.add_replacement(html.unescape(m.group()), m.start(), m.end() - m.start())
        elif m.group("emph"):
            before = src[m.start() - 1] if m.start() > start else " "
            after = src[m.end()] if m.end() < end else " "
            literal = (before.isspace() and after.isspace()) or (
                m.group()[0] == "_" and before.isalnum() and after.isalnum())
            if literal:
                out.add(m.group(), m.start())
        # comment, image, autolink, tag: skipped
        pos = m.end()
    if end > pos:
        out.add(src[pos:end], pos)
    return False


_LINE_END = re.compile(r"\r\n|\r|\n")


def _inline_outside(src: str, start: int, end: int, out: TextBuilder, code: list,
                    spans: list[tuple[int, int]]) -> bool:
    """``_inline`` on the parts of ``src[start:end]`` outside the multi-line code ``spans``."""
    pos = start
    i = bisect.bisect_right(spans, (start, len(src) + 1))
    if i and spans[i - 1][1] > start:
        i -= 1
    for k in range(i, len(spans)):
        a, b = spans[k]
        if a >= end:
            break
        if b <= pos:
            continue
        if a > pos and _inline(src, pos, a, out, code):
            return True
        code.append((max(a, pos), min(b, end)))
        pos = min(b, end)
    return _inline(src, pos, end, out, code) if pos < end else False


def _lines(text: str):
    """``(start, end, next start)`` of every line; CRLF, LF and a lone CR end a line (CommonMark)."""
    pos = 0
    for m in _LINE_END.finditer(text):
        yield pos, m.start(), m.end()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), len(text)


# A code span whose backtick strings sit on different lines of one paragraph (CommonMark
# joins the lines): found over the whole text before the line-by-line pass, so its inside
# is skipped like any code. Bounded in length (linear on runs of unmatched backticks).
_MULTILINE_CODE = re.compile(r"(?<!`)(`+)(?!`)((?:[^`\n]|\n(?![ \t]*(?:\n|\r|`{3}|~{3}))|(?!\1(?!`))`+){1,2000}?)(?<!`)\1(?!`)")


def _multiline_code_spans(text: str) -> list[tuple[int, int]]:
    if "`" not in text:
        return []
    return [m.span() for m in _MULTILINE_CODE.finditer(text.replace("\r\n", " \n").replace("\r", "\n"))
            if "\n" in m.group(2)]


def _front_matter_end(text: str) -> int:
    first = text.split("\n", 1)[0].rstrip("\r")
    if first not in ("---", "+++"):
        return 0
    closers = ("---", "...") if first == "---" else ("+++",)
    for i, (s, e, nxt) in enumerate(_lines(text)):
        if i and text[s:e].rstrip() in closers:
            return nxt
    return 0


def read_markdown(text: str, path: str):
    from .base import Source

    out = TextBuilder(text, collapse=False)
    code: list[tuple[int, int]] = []     # file ranges of code: directives there are examples
    fence: str | None = None
    in_comment = False
    prev = "blank"          # kind of the previous line: blank, para, code, heading
    in_list = False
    begin = _front_matter_end(text)
    multiline_code = _multiline_code_spans(text)
    for s, e, _nxt in _lines(text):
        if s < begin:
            continue
        line = text[s:e]
        if in_comment:
            close = line.find("-->")
            if close == -1:
                continue
            in_comment = False
            s += close + 3
            line = text[s:e]
            if not line.strip():
                continue
        if fence:
            code.append((s, _nxt))
            if line.strip().startswith(fence) and set(line.strip()) == {fence[0]}:
                fence = None
            continue
        m = _FENCE.match(line)
        if m:
            fence = m.group(1)
            code.append((s, _nxt))
            out.paragraph_break(s)
            prev = "code"
            continue
        if not line.strip():
            out.paragraph_break(s)
            prev = "blank"
            continue
        if (line.startswith("    ") or line.startswith("\t")) and prev in ("blank", "code") and not in_list:
            code.append((s, _nxt))
            out.paragraph_break(s)
            prev = "code"
            continue
        if _HR.match(line) or _REFDEF.match(line) or _TABLE_DELIM.match(line) or (
                prev == "para" and _SETEXT.match(line)):
            out.paragraph_break(s)
            prev = "blank"
            continue
        cs = s
        while True:
            q = _QUOTE.match(text, cs, e)
            if not q:
                break
            cs = q.end()
        ce = e
        kind = "para"
        h = _HEADING.match(text, cs, e)
        li = _LIST.match(text, cs, e)
        if h:
            cs, kind = h.end(), "heading"
            close = _HEADING_CLOSE.search(text, cs, e)
            if close:
                ce = close.start()
            out.paragraph_break(s)
        elif li and not (prev == "para" and li.group().strip()[:-1].isdigit()
                         and li.group().strip()[:-1] != "1"):
            # (an ordered item other than "1." cannot interrupt a paragraph: "...in\n2022. The")
            cs = li.end()
            in_list = True
            out.paragraph_break(s)
        elif prev == "blank":
            in_list = in_list and line[:1] in " \t"
        if prev == "heading":
            out.paragraph_break(s)
        elif prev == "para" and kind == "para" and out.pos:
            out.line_break(s)
        while cs < ce and text[cs] in " \t":
            cs += 1
        in_comment = _inline_outside(text, cs, ce, out, code, multiline_code)
        prev = kind
    extracted, offset_map = out.build()
    directives = [d for d in find_directives(text) if not any(a <= d.start < b for a, b in code)]
    return Source(path, text, Document(extracted, path, offset_map), "md", directives)
