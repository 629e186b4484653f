"""One pass over a document's tokens for all lexicon entries together: a token trie.

Each entry's pattern compiles to a few item sequences (optional items expanded); the
sequences go into a trie whose edges are items. After building, each node indexes its
outgoing edges by literal word (one dict lookup per token) and keeps the few class
edges ({NAME}, {NUM}, {ANY}) in a short list. Scanning runs the trie as an NFA: every
token starts a new state at the root and advances the live states, so the cost is
one dict lookup per token plus the (few) live partial matches, whatever the number of
entries. Quotation marks are removed from the token stream before scanning, so
`row “in the right direction”` matches `row in the right direction`.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple, Sequence

from ..nlp.tokens import Token
from .model import CompiledEntry
from .pattern import ANY, NAME, NUM, QUOTES, Item

_NAME_STOP = frozenset("""the a an this that these those he she it they we i you his her its their our my your
    there here but and or if when while as in on at of for by with from to not no yes""".split())
_MAX_NAME = 4
_OPENING = frozenset("“«„‹")
_CLOSING = frozenset("”»›")


class _Node:
    __slots__ = ("edges", "words", "classes", "accept")

    def __init__(self) -> None:
        self.edges: dict[Item, _Node] = {}
        self.words: dict[str, list[_Node]] = {}
        self.classes: list[tuple[str, _Node]] = []
        self.accept: list[int] = []


class RawMatch(NamedTuple):
    start: int            # code-point offsets into the document text
    end: int
    entry: CompiledEntry


class _Stream(NamedTuple):
    tokens: list[Token]      # tokens without quotation marks
    lows: list[str]          # their lower-cased text (’ normalised to ')
    raw: list[Token]         # all tokens, quotes included
    raw_index: list[int]     # position of each token in ``raw``


def _stream(tokens: Sequence[Token], text: str) -> _Stream:
    raw = tokens if isinstance(tokens, list) else list(tokens)
    keep = [i for i, t in enumerate(raw) if t[2] not in QUOTES]   # t[2]: text; words are never quotes
    toks = [raw[i] for i in keep]
    low_text = text.lower()
    if len(low_text) == len(text):   # lower() kept offsets (true unless exotic casing like İ)
        if "’" in low_text:
            low_text = low_text.replace("’", "'")
        lows = [low_text[t[0]:t[1]] for t in toks]
    else:
        lows = [t.text.lower().replace("’", "'") for t in toks]
    return _Stream(toks, lows, raw, keep)


def _is_name(tok: Token, low: str) -> bool:
    return tok.kind == "word" and tok.text[0].isupper() and low not in _NAME_STOP


def _item_ok(item: Item, tok: Token, low: str) -> bool:
    if low in item.words:
        return True
    cl = item.classes
    return bool(cl) and ((NUM in cl and tok.kind == "number") or (ANY in cl and tok.kind != "punct")
                         or (NAME in cl and _is_name(tok, low)))


def _seq_at(seq: tuple[Item, ...], s: _Stream, i: int) -> bool:
    if i < 0 or i + len(seq) > len(s.lows):
        return False
    return all(_item_ok(it, s.tokens[i + k], s.lows[i + k]) for k, it in enumerate(seq))


class Matcher:
    def __init__(self, entries: Sequence[CompiledEntry]):
        self.entries = list(entries)
        root = _Node()
        for idx, ce in enumerate(self.entries):
            for seq in ce.sequences:
                node = root
                for item in seq:
                    nxt = node.edges.get(item)
                    if nxt is None:
                        nxt = node.edges[item] = _Node()
                    node = nxt
                node.accept.append(idx)
        stack = [root]
        while stack:
            node = stack.pop()
            for item, child in node.edges.items():
                for w in item.words:
                    node.words.setdefault(w, []).append(child)
                for c in sorted(item.classes):
                    node.classes.append((c, child))
                stack.append(child)
            node.edges = {}
        self.root = root
        # Paths may start at any token through the root's class edges ({NUM}, {ANY},
        # {NAME}); a {NUM}/{ANY} start is only worth following when the next token can
        # continue it, which keeps the common case (no match near) to one dict lookup.
        self._class_starts = [(cls, c, frozenset(c.words), bool(c.classes or c.accept))
                              for cls, c in root.classes]

    def scan_tokens(self, tokens: Sequence[Token], text: str) -> list[RawMatch]:
        """Matches in one run of tokens (a paragraph); constraints applied, leftmost-longest per entry."""
        return self._scan(_stream(tokens, text), text, [len(text)])

    def _scan(self, s: _Stream, text: str, para_ends: list[int]) -> list[RawMatch]:
        toks, lows = s.tokens, s.lows
        root_get = self.root.words.get
        starts_by_class = self._class_starts
        found: dict[tuple[int, int], int] = {}     # (start token, entry) -> end token
        # Token ranges of the paragraphs: no match spans a paragraph break.
        ranges, a = [], 0
        if para_ends and toks:
            starts = [t[0] for t in toks]
            for e in para_ends:
                b = bisect.bisect_left(starts, e, a)
                if b > a:
                    ranges.append((a, b))
                a = b
        if a < len(toks):
            ranges.append((a, len(toks)))
        for a, b in ranges:
            active: list[tuple[_Node, int, int]] = []
            for i in range(a, b):
                low = lows[i]
                tok = toks[i]
                new: list[tuple[_Node, int, int]] = []
                is_name = None
                for node, start, run in active:
                    if run and run < _MAX_NAME:
                        if is_name is None:
                            is_name = _is_name(tok, low)
                        if is_name:
                            new.append((node, start, run + 1))
                    children = node.words.get(low)
                    if children:
                        for c in children:
                            new.append((c, start, 0))
                    for cls, c in node.classes:
                        if cls == NAME:
                            if is_name is None:
                                is_name = _is_name(tok, low)
                            if is_name:
                                new.append((c, start, 1))
                        elif (cls == NUM and tok.kind == "number") or (cls == ANY and tok.kind != "punct"):
                            new.append((c, start, 0))
                children = root_get(low)
                if children:
                    for c in children:
                        new.append((c, i, 0))
                if starts_by_class:
                    nxt = lows[i + 1] if i + 1 < b else None
                    for cls, c, follow, open_end in starts_by_class:
                        if cls == NAME:
                            if is_name is None:
                                is_name = _is_name(tok, low)
                            if is_name:
                                new.append((c, i, 1))
                        elif ((cls == NUM and tok.kind == "number") or (cls == ANY and tok.kind != "punct")) \
                                and (open_end or nxt in follow):
                            new.append((c, i, 0))
                active = new
                for node, start, _ in active:
                    if node.accept:
                        for idx in node.accept:
                            key = (start, idx)
                            if found.get(key, -1) < i:
                                found[key] = i
        return self._finish(found, s, text) if found else []

    def _finish(self, found: dict, s: _Stream, text: str) -> list[RawMatch]:
        out = []
        last_end: dict[int, int] = {}     # per entry: leftmost-longest, no overlaps
        for (start, idx), end in sorted(found.items()):
            ce = self.entries[idx]
            if start <= last_end.get(idx, -1):
                continue
            if any(_seq_at(seq, s, start - len(seq)) for seq in ce.not_preceded_by):
                continue
            if any(_seq_at(seq, s, end + 1) for seq in ce.not_followed_by):
                continue
            last_end[idx] = end
            a, b = s.tokens[start].start, s.tokens[end].end
            j = s.raw_index[end] + 1
            nxt = s.raw[j] if j < len(s.raw) else None
            if nxt is not None and (nxt.text in _CLOSING or nxt.text == '"'):
                span = text[a:b]
                opens = sum(span.count(q) for q in _OPENING)
                closes = sum(span.count(q) for q in _CLOSING)
                if opens > closes or (nxt.text == '"' and span.count('"') % 2):
                    b = nxt.end
            out.append(RawMatch(a, b, ce))
        out.sort(key=lambda m: (m.start, m.end, m.entry.entry.id))
        return out

    def scan_text(self, text: str) -> list[RawMatch]:
        from ..nlp.tokens import tokenize

        return self.scan_tokens(tokenize(text), text)

    def scan_document(self, doc) -> list[RawMatch]:
        """All matches in a document, in one pass over its tokens (never across paragraphs)."""
        s = doc.view("tq3_stream", lambda d: _stream(d.tokens, d.text))
        return self._scan(s, doc.text, [p.end for p in doc.paragraphs])
