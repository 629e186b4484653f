"""One pass over a document's tokens for all lexicon entries together: a token trie.

Each entry's pattern compiles to a few item sequences (optional items expanded); the
sequences go into a trie whose edges are items. The trie is then made deterministic
on words: each node maps a lower-case word to exactly one child (the children of every
item holding that word merged), and each token class ({NAME}, {NUM}, {ANY}) to one
child. Scanning only starts a walk at tokens that can begin a match (a first word of
some pattern, or a token a class start accepts), so most tokens cost one set lookup;
a walk follows one state per word plus the few class edges. Quotation marks are
removed from the token stream before scanning, so `row “in the right direction”`
matches `row in the right direction`.
"""
from __future__ import annotations

import bisect
from typing import Iterable, NamedTuple, Sequence

from ..nlp.tokens import Token
from .model import CompiledEntry
from .pattern import ANY, NAME, NUM, QUOTES, Item

_NAME_STOP = frozenset("""the a an this that these those he she it they we i you his her its their our my your
    there here but and or if when while as in on at of for by with from to not no yes""".split())
_MAX_NAME = 4
_OPENING = frozenset("“«„‹")
_CLOSING = frozenset("”»›")


class _ItemNode:
    """A node of the trie while building: one edge per pattern item."""

    __slots__ = ("edges", "accept")

    def __init__(self) -> None:
        self.edges: dict[Item, _ItemNode] = {}
        self.accept: list[int] = []


class _Node:
    """A node of the matching trie: one child per word, one per token class."""

    __slots__ = ("words", "classes", "accept")

    def __init__(self, words: dict[str, "_Node"], classes: tuple[tuple[str, "_Node"], ...],
                 accept: tuple[int, ...]) -> None:
        self.words = words
        self.classes = classes
        self.accept = accept


def _item_trie(sequences: Iterable[tuple[tuple[Item, ...], int]]) -> _ItemNode:
    root = _ItemNode()
    for seq, idx in sequences:
        node = root
        for item in seq:
            nxt = node.edges.get(item)
            if nxt is None:
                nxt = node.edges[item] = _ItemNode()
            node = nxt
        node.accept.append(idx)
    return root


def _labelled_edges(node) -> tuple[Iterable[tuple[str, object]], Iterable[tuple[str, object]]]:
    """(word, child) and (class, child) pairs of a building or a matching node."""
    if isinstance(node, _Node):
        return node.words.items(), node.classes
    words = [(w, c) for item, c in node.edges.items() for w in item.words]
    classes = [(cls, c) for item, c in node.edges.items() for cls in item.classes]
    return words, classes


def merge(nodes: Sequence, memo: dict | None = None) -> _Node:
    """One matching node standing for all of ``nodes`` (building or matching nodes):
    it accepts what any of them accepts, and its child for a word or a class merges
    their children for it. A matching node on its own is returned as it is."""
    if len(nodes) == 1 and isinstance(nodes[0], _Node):
        return nodes[0]
    memo = {} if memo is None else memo
    key = tuple(id(n) for n in nodes)
    done = memo.get(key)
    if done is not None:
        return done
    by_word: dict[str, list] = {}
    by_class: dict[str, list] = {}
    accept: set[int] = set()
    for n in nodes:
        words, classes = _labelled_edges(n)
        for w, c in words:
            by_word.setdefault(w, []).append(c)
        for cls, c in classes:
            by_class.setdefault(cls, []).append(c)
        accept.update(n.accept)
    node = memo[key] = _Node({}, (), tuple(sorted(accept)))
    node.words = {w: merge(cs, memo) for w, cs in by_word.items()}
    node.classes = tuple((cls, merge(by_class[cls], memo)) for cls in sorted(by_class))
    return node


def build_trie(sequences: Iterable[tuple[tuple[Item, ...], int]]) -> _Node:
    """The matching trie of (item sequence, entry index) pairs."""
    return merge([_item_trie(sequences)])


def trie_to_json(root: _Node) -> list:
    """The trie as JSON-ready lists: node 0 is the root; each node is
    ``[{word: child}, [[class, child], ...], [entry index, ...]]``."""
    ids: dict[int, int] = {}
    order: list[_Node] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in ids:
            continue
        ids[id(node)] = len(order)
        order.append(node)
        stack.extend(reversed([c for _, c in node.classes]))
        stack.extend(reversed(list(node.words.values())))
    return [[{w: ids[id(c)] for w, c in n.words.items()}, [[cls, ids[id(c)]] for cls, c in n.classes],
             list(n.accept)] for n in order]


def trie_from_json(data: list) -> _Node:
    """The trie that ``trie_to_json`` wrote."""
    nodes = [_Node({}, (), tuple(accept)) for _, _, accept in data]
    for node, (words, classes, _) in zip(nodes, data):
        if words:
            node.words = {w: nodes[c] for w, c in words.items()}
        if classes:
            node.classes = tuple((cls, nodes[c]) for cls, c in classes)
    return nodes[0]


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


def _class_ok(cls: str, tok: Token, low: str) -> bool:
    if cls == NUM:
        return tok[3] == "number"
    if cls == ANY:
        return tok[3] != "punct"
    return _is_name(tok, low)


class _Starts:
    """Which tokens can begin a match: those that take an edge of the root (a first word,
    or a token class) and whose next token can go on from the child, unless the child
    accepts. Common words that begin some pattern (`the`, `of`, `in`) are then rarely
    walked. One pass of dict lookups over the words finds both: first words, and the
    words that may follow a {NUM} or {ANY} start (the token before them is then checked)."""

    def __init__(self, root: _Node):
        self.after_word = {w: _goes_on_from(c) for w, c in root.words.items()}
        self.after_class: dict[str, _Next | None] = {}     # class starts checked token by token
        self.before: dict[str, list[str]] = {}               # word -> classes of the token before
        for cls, child in root.classes:
            nxt = _goes_on_from(child)
            if cls != NAME and nxt is not None and not nxt.classes:
                for w in nxt.words:
                    self.before.setdefault(w, []).append(cls)
            else:
                self.after_class[cls] = nxt
        self.probe = frozenset(self.after_word).union(self.before)

    def candidates(self, s: _Stream) -> list[int]:
        """Token positions worth walking from, in order."""
        lows, toks = s.lows, s.tokens
        after, before = self.after_word, self.before
        last = len(lows) - 1
        out = []
        shifted = False
        for i in [i for i, w in enumerate(lows) if w in self.probe]:
            low = lows[i]
            if i and low in before and any(_class_ok(cls, toks[i - 1], lows[i - 1]) for cls in before[low]):
                out.append(i - 1)
                shifted = True
            nxt = after.get(low, False)
            if nxt is None or (nxt and i < last and (lows[i + 1] in nxt.words or (
                    nxt.classes and _takes_class(nxt.classes, toks[i + 1], lows[i + 1])))):
                out.append(i)
        if self.after_class:
            shifted = True
            for cls, nxt in self.after_class.items():
                out.extend(i for i, t in enumerate(toks) if _class_ok(cls, t, lows[i])
                           and (cls == NAME or _can_go_on(nxt, s, i + 1)))  # a name may run on
        return sorted(set(out)) if shifted else out


class _Next(NamedTuple):
    """What a token must be to go on from a node: one of its words, or of its token classes."""

    words: dict
    classes: tuple[str, ...]


def _goes_on_from(node: _Node) -> _Next | None:
    """What goes on from ``node``; None when nothing need (the node accepts)."""
    return None if node.accept else _Next(node.words, tuple(cls for cls, _ in node.classes))


def _can_go_on(nxt: _Next | None, s: _Stream, j: int) -> bool:
    if nxt is None:
        return True
    if j >= len(s.lows):
        return False
    low = s.lows[j]
    return low in nxt.words or _takes_class(nxt.classes, s.tokens[j], low)


def _takes_class(classes: tuple[str, ...], tok: Token, low: str) -> bool:
    return any(_class_ok(cls, tok, low) for cls in classes)


class Matcher:
    def __init__(self, entries: Sequence[CompiledEntry], root: _Node | None = None):
        """A matcher for ``entries`` (indexed by position); ``root`` is their trie when
        already built (a cached one), else it is built from the entries' sequences."""
        self.entries = entries if root is not None else list(entries)
        if root is None:
            root = build_trie((seq, idx) for idx, ce in enumerate(self.entries) for seq in ce.sequences)
        self.root = root
        self._starts = _Starts(root)

    def scan_tokens(self, tokens: Sequence[Token], text: str) -> list[RawMatch]:
        """Matches in one run of tokens (a paragraph); constraints applied, leftmost-longest per entry."""
        return self._scan(_stream(tokens, text), text, [len(text)])

    def _scan(self, s: _Stream, text: str, para_ends: list[int]) -> list[RawMatch]:
        if not s.tokens:
            return []
        found: dict[tuple[int, int], int] = {}     # (start token, entry) -> end token
        ends = _paragraph_token_ends(s, para_ends)
        k = 0
        for i in self._starts.candidates(s):
            while ends[k] <= i:
                k += 1
            self._walk(s, i, ends[k], found)
        return self._finish(found, s, text) if found else []

    def _walk(self, s: _Stream, i: int, end: int, found: dict) -> None:
        """Record every match starting at token ``i`` and ending before token ``end``."""
        toks, lows = s.tokens, s.lows
        root = self.root
        tok, low = toks[i], lows[i]
        states: list[tuple[_Node, int]] = []          # (node, tokens taken by a {NAME} slot so far)
        child = root.words.get(low)
        if child is not None:
            states.append((child, 0))
        for cls, c in root.classes:
            if _class_ok(cls, tok, low):
                states.append((c, 1 if cls == NAME else 0))
        j = i
        while states:
            for node, _ in states:
                for idx in node.accept:
                    found[(i, idx)] = j
            j += 1
            if j >= end:
                return
            tok, low = toks[j], lows[j]
            new: list[tuple[_Node, int]] = []
            is_name = None
            for node, run in states:
                if run and run < _MAX_NAME:
                    if is_name is None:
                        is_name = _is_name(tok, low)
                    if is_name:
                        new.append((node, run + 1))
                child = node.words.get(low)
                if child is not None:
                    new.append((child, 0))
                for cls, c in node.classes:
                    if _class_ok(cls, tok, low):
                        new.append((c, 1 if cls == NAME else 0))
            states = new

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


def _paragraph_token_ends(s: _Stream, para_ends: list[int]) -> list[int]:
    """For the stream's tokens, the index after the last token of each paragraph, in order:
    no match spans a paragraph break. The last one is the number of tokens."""
    starts = [t[0] for t in s.tokens]
    ends, a = [], 0
    for e in para_ends:
        b = bisect.bisect_left(starts, e, a)
        if b > a:
            ends.append(b)
        a = b
    if not ends or ends[-1] < len(starts):
        ends.append(len(starts))
    return ends
