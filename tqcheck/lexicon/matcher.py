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


def _norm(s: str) -> str:
    s = s.lower()
    return s.replace("’", "'") if "’" in s else s


class _Stream(NamedTuple):
    tokens: list[Token]
    lows: list[str]
    kinds: list[str]
    names: list[bool]
    raw_next: list[Token | None]   # the raw token (quotes included) right after each token


def _stream(tokens: Sequence[Token]) -> _Stream:
    toks, lows, kinds, names, raw_next = [], [], [], [], []
    for j, t in enumerate(tokens):
        if t.kind == "punct" and t.text in QUOTES:
            continue
        low = _norm(t.text)
        toks.append(t)
        lows.append(low)
        kinds.append(t.kind)
        names.append(t.kind == "word" and t.text[0].isupper() and low not in _NAME_STOP)
        raw_next.append(tokens[j + 1] if j + 1 < len(tokens) else None)
    return _Stream(toks, lows, kinds, names, raw_next)


def _item_ok(item: Item, low: str, kind: str, is_name: bool) -> bool:
    if low in item.words:
        return True
    cl = item.classes
    return bool(cl) and ((NUM in cl and kind == "number") or (ANY in cl and kind != "punct")
                         or (NAME in cl and is_name))


def _seq_at(seq: tuple[Item, ...], s: _Stream, i: int) -> bool:
    if i < 0 or i + len(seq) > len(s.lows):
        return False
    return all(_item_ok(it, s.lows[i + k], s.kinds[i + k], s.names[i + k]) for k, it in enumerate(seq))


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
        nodes = 0
        while stack:
            node = stack.pop()
            nodes += 1
            for item, child in node.edges.items():
                for w in item.words:
                    node.words.setdefault(w, []).append(child)
                for c in sorted(item.classes):
                    node.classes.append((c, child))
                stack.append(child)
            node.edges = {}
        self.root = root
        self.node_count = nodes

    def scan_tokens(self, tokens: Sequence[Token], text: str) -> list[RawMatch]:
        """Matches in one run of tokens (a paragraph); constraints applied, longest per start and entry."""
        s = _stream(tokens)
        lows, kinds, names = s.lows, s.kinds, s.names
        root = self.root
        active: list[tuple[_Node, int, int]] = []
        found: dict[tuple[int, int], int] = {}     # (start token, entry) -> end token
        for i in range(len(lows)):
            low, kind, is_name = lows[i], kinds[i], names[i]
            new: list[tuple[_Node, int, int]] = []
            active.append((root, i, 0))
            for node, start, run in active:
                if run and run < _MAX_NAME and is_name:
                    new.append((node, start, run + 1))
                children = node.words.get(low)
                if children:
                    for c in children:
                        new.append((c, start, 0))
                for cls, c in node.classes:
                    if cls == NAME:
                        if is_name:
                            new.append((c, start, 1))
                    elif (cls == NUM and kind == "number") or (cls == ANY and kind != "punct"):
                        new.append((c, start, 0))
            for node, start, _ in new:
                for idx in node.accept:
                    key = (start, idx)
                    if found.get(key, -1) < i:
                        found[key] = i
            active = new
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
            nxt = s.raw_next[end]
            if nxt is not None and nxt.start == b and nxt.text in _CLOSING | {'"'}:
                span = text[a:b]
                opens = sum(span.count(q) for q in _OPENING)
                closes = sum(span.count(q) for q in _CLOSING)
                if opens > closes or (nxt.text == '"' and span.count('"') % 2):
                    b = nxt.end
            elif nxt is not None and nxt.text in _CLOSING | {'"'}:
                span = text[a:b]
                if sum(span.count(q) for q in _OPENING) > sum(span.count(q) for q in _CLOSING):
                    b = nxt.end
            out.append(RawMatch(a, b, ce))
        out.sort(key=lambda m: (m.start, m.end, m.entry.entry.id))
        return out

    def scan_text(self, text: str) -> list[RawMatch]:
        from ..nlp.tokens import tokenize

        return self.scan_tokens(tokenize(text), text)

    def scan_document(self, doc) -> list[RawMatch]:
        out: list[RawMatch] = []
        for p in doc.paragraphs:
            out.extend(self.scan_tokens(doc.tokens_in(p.start, p.end), doc.text))
        return out
