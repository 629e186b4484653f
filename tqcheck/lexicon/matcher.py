"""One pass over a document's tokens for all lexicon entries together: a token trie.

Each entry's pattern compiles to a few item sequences (optional items expanded); the
sequences go into a trie whose edges are items. The trie is then made deterministic
on words: each node maps a lower-case word to exactly one child (the children of every
item holding that word merged), and each token class ({NAME}, {NUM}, {ANY}) to one
child. Scanning only walks from tokens that can begin a match (a first word of some
pattern, or a token a class edge of the root takes) and whose next token can go on, so
most tokens cost one set lookup; a walk follows one state per word plus the few class
edges. The built-in lexicons' trie is precompiled (see ``cache``). Quotation marks are
removed from the token stream before scanning, so `row “in the right direction”`
matches `row in the right direction`.
"""
from __future__ import annotations

import bisect
from operator import itemgetter
from typing import Iterable, NamedTuple, Sequence

from ..nlp.tokens import Token
from .model import CompiledEntry
from .pattern import ANY, NAME, NUM, QUOTES, Item

_NAME_STOP = frozenset("""the a an this that these those he she it they we i you his her its their our my your
    there here but and or if when while as in on at of for by with from to not no yes""".split())
_MAX_NAME = 4
_TEXT, _LOWER = itemgetter(2), itemgetter(4)     # Token.text, Token.lower
_OPENING = frozenset("“«„‹")
_CLOSING = frozenset("”»›")


class _ItemNode:
    """A node of the trie while building: one edge per pattern item."""

    __slots__ = ("edges", "accept")

    def __init__(self) -> None:
        self.edges: dict[Item, _ItemNode] = {}
        self.accept: list[int] = []


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


class Trie:
    """The matching trie, deterministic on words: node ``n`` maps a lower-case word to
    one child (``words[n]``), has at most one child per token class (``classes[n]``,
    ``[class, child]`` pairs in class order) and the entries it completes (``accept[n]``).
    Nodes are numbered so that the three lists are also the trie's JSON form."""

    def __init__(self, words: list[dict[str, int]], classes: list[list], accept: list[list[int]],
                 root: int = 0):
        self.words, self.classes, self.accept, self.root = words, classes, accept, root

    @classmethod
    def build(cls, sequences: Iterable[tuple[tuple[Item, ...], int]], base: "Trie | None" = None) -> "Trie":
        """The trie of (item sequence, entry index) pairs; with ``base``, of those and
        ``base``'s together (``base`` is left as it is: its nodes are shared, not copied)."""
        trie = cls([], [], []) if base is None else cls(list(base.words), list(base.classes), list(base.accept))
        item_root = _item_trie(sequences)
        sources = [item_root] if base is None else [base.root, item_root]
        trie.root = trie._merge(sources, {})
        return trie

    def _merge(self, sources: list, memo: dict) -> int:
        """A node standing for all of ``sources`` (building nodes, or numbers of nodes already
        in this trie): it accepts what any of them accepts, and its child for a word or a
        class merges their children for it. A node of the trie on its own is itself."""
        if len(sources) == 1 and isinstance(sources[0], int):
            return sources[0]
        key = tuple(sources)     # node numbers, and building nodes (hashed by identity)
        if key in memo:
            return memo[key]
        by_word: dict[str, list] = {}
        by_class: dict[str, list] = {}
        accept: set[int] = set()
        for s in sources:
            if isinstance(s, int):
                words, classes = self.words[s].items(), self.classes[s]
                accept.update(self.accept[s])
            else:
                # sorted: the same lexicons give the same trie, whatever the hash seed
                words = [(w, c) for item, c in s.edges.items() for w in sorted(item.words)]
                classes = [(k, c) for item, c in s.edges.items() for k in item.classes]
                accept.update(s.accept)
            for w, c in words:
                by_word.setdefault(w, []).append(c)
            for k, c in classes:
                by_class.setdefault(k, []).append(c)
        node = memo[key] = len(self.words)
        self.words.append({})
        self.classes.append([])
        self.accept.append(sorted(accept))
        self.words[node] = {w: self._merge(cs, memo) for w, cs in by_word.items()}
        self.classes[node] = [[k, self._merge(by_class[k], memo)] for k in sorted(by_class)]
        return node

    def to_json(self) -> list:
        return [self.root, self.words, self.classes, self.accept]

    @classmethod
    def from_json(cls, data: list) -> "Trie":
        root, words, classes, accept = data
        return cls(words, classes, accept, root)


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
    keep = [i for i, t in enumerate(map(_TEXT, raw)) if t not in QUOTES]   # words are never quotes
    toks = raw if len(keep) == len(raw) else list(map(raw.__getitem__, keep))
    if "Σ" in text and len(text.lower()) == len(text):
        # Capital sigma lowers by context (σ or final ς), so lower it in the text's context.
        low_text = text.lower()
        lows = [low_text[t[0]:t[1]] for t in toks]
    else:   # str.lower is otherwise context-free: each token's own lower-case form is the same
        lows = list(map(_LOWER, toks))
    if "’" in text:
        lows = [w.replace("’", "'") if "’" in w else w for w in lows]
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
    """Where matches can begin, and in which states: a token that takes an edge of the
    root (a first word, or a token class) and whose next token can go on from the child,
    unless the child accepts (after a first word, the token after that one too). Common
    words that begin some pattern (`the`, `of`, `in`) are then rarely walked. One pass of dict lookups over the words finds both first
    words and the words that may follow a {NUM} or {ANY} start (the token before them
    is then checked); other class starts are checked token by token."""

    def __init__(self, trie: Trie):
        self.trie = trie
        self.after_word = {w: (c, _goes_on_from(trie, c)) for w, c in trie.words[trie.root].items()}
        self.after_class: list[tuple[str, int, _Next | None]] = []
        self.before: dict[str, list[tuple[str, int]]] = {}      # word -> (class, child) of the token before
        for cls, child in trie.classes[trie.root]:
            nxt = _goes_on_from(trie, child)
            if cls != NAME and nxt is not None and not (nxt.kinds or nxt.name):
                for w in nxt.words:
                    self.before.setdefault(w, []).append((cls, child))
            else:
                self.after_class.append((cls, child, nxt))
        self.probe = frozenset(self.after_word).union(self.before)
        # per probe word, in one lookup: (its ``before`` list or None, and its child and
        # what goes on from it when it is a first word, else None, None)
        self.info = {w: (self.before.get(w), *self.after_word.get(w, (None, None))) for w in self.probe}

    def find(self, s: _Stream) -> list[tuple[int, list[tuple[int, int]]]]:
        """(token, states after taking it) for every token worth walking from, in order;
        a state is (node, tokens taken by a {NAME} slot so far)."""
        lows, toks = s.lows, s.tokens
        info = self.info
        words, classes, accept = self.trie.words, self.trie.classes, self.trie.accept
        n = len(lows)
        last = n - 1
        out = []
        by_class: dict[int, list[tuple[int, int]]] = {}
        probe = self.probe
        for i in [i for i, w in enumerate(lows) if w in probe]:
            low = lows[i]
            before, child, nxt = info[low]
            if before is not None and i:
                for cls, c in before:
                    if _class_ok(cls, toks[i - 1], lows[i - 1]):
                        by_class.setdefault(i - 1, []).append((c, 0))
            if child is None:     # only a word that may follow a class start
                continue
            if nxt is not None:    # else the child accepts: a match already
                if i == last:
                    continue
                second = nxt[0].get(lows[i + 1])
                # the second token, and whether a walk can go on from there to the third
                # (or stop there): a look-ahead that rules out `of the`, `in the` and the like
                if not ((second is not None
                         and (accept[second] or classes[second] or (i + 2 < n and lows[i + 2] in words[second])))
                        or toks[i + 1][3] in nxt[1] or (nxt[2] and _is_name(toks[i + 1], lows[i + 1]))):
                    continue
            out.append((i, [(child, 0)]))
        for cls, child, nxt in self.after_class:
            run = 1 if cls == NAME else 0
            if run and nxt is not None and not (nxt.kinds or nxt.name):
                # A name of up to _MAX_NAME tokens, then one of nxt's words: only a name
                # just before such a word (at most _MAX_NAME tokens back) can begin a match.
                follow = nxt.words
                near = sorted({k for j, w in enumerate(lows) if w in follow
                               for k in range(max(0, j - _MAX_NAME), j)})
                for i in near:
                    if _is_name(toks[i], lows[i]):
                        by_class.setdefault(i, []).append((child, run))
                continue
            for i, t in enumerate(toks):
                # a name may run on over several tokens: no look-ahead for {NAME}
                if _class_ok(cls, t, lows[i]) and (run or _can_go_on(nxt, s, i + 1)):
                    by_class.setdefault(i, []).append((child, run))
        if not by_class:
            return out
        for i, states in out:
            by_class.setdefault(i, []).extend(states)
        return sorted(by_class.items())


class _Next(NamedTuple):
    """What a token must be to go on from a node: one of its words, of a token kind its
    {NUM} or {ANY} edge takes, or a name when it has a {NAME} edge."""

    words: dict
    kinds: frozenset
    name: bool


_KINDS = {NUM: frozenset({"number"}), ANY: frozenset({"word", "number"})}   # token kinds a class takes
_NO_KINDS: frozenset = frozenset()


def _goes_on_from(trie: Trie, node: int) -> _Next | None:
    """What goes on from ``node``; None when nothing need (the node accepts)."""
    if trie.accept[node]:
        return None
    if not trie.classes[node]:
        return _Next(trie.words[node], _NO_KINDS, False)
    classes = [cls for cls, _ in trie.classes[node]]
    return _Next(trie.words[node], _NO_KINDS.union(*(_KINDS.get(c, ()) for c in classes)), NAME in classes)


def _can_go_on(nxt: _Next | None, s: _Stream, j: int) -> bool:
    if nxt is None:
        return True
    if j >= len(s.lows):
        return False
    tok, low = s.tokens[j], s.lows[j]
    return low in nxt.words or tok[3] in nxt.kinds or (nxt.name and _is_name(tok, low))


class Matcher:
    def __init__(self, entries: Sequence[CompiledEntry], trie: Trie | None = None):
        """A matcher for ``entries`` (indexed by position); ``trie`` is their trie when
        already built (a cached one), else it is built from the entries' sequences."""
        self.entries = entries if trie is not None else list(entries)
        if trie is None:
            trie = Trie.build((seq, idx) for idx, ce in enumerate(self.entries) for seq in ce.sequences)
        self.trie = trie
        self._starts = _Starts(trie)

    def scan_tokens(self, tokens: Sequence[Token], text: str) -> list[RawMatch]:
        """Matches in one run of tokens (a paragraph); constraints applied, leftmost-longest per entry."""
        return self._scan(_stream(tokens, text), text, [len(text)])

    def _scan(self, s: _Stream, text: str, para_ends: list[int]) -> list[RawMatch]:
        if not s.tokens:
            return []
        found: dict[tuple[int, int], int] = {}     # (start token, entry) -> end token
        ends = _paragraph_token_ends(s, para_ends)
        k = 0
        for i, states in self._starts.find(s):
            while ends[k] <= i:
                k += 1
            self._walk(s, i, states, ends[k], found)
        return self._finish(found, s, text) if found else []

    def _walk(self, s: _Stream, i: int, states: list[tuple[int, int]], end: int, found: dict) -> None:
        """Record every match starting at token ``i`` (``states``: where taking it leads)
        and ending before token ``end``."""
        toks, lows = s.tokens, s.lows
        trie = self.trie
        words, classes, accept = trie.words, trie.classes, trie.accept
        j = i
        while states:
            for node, _ in states:
                for idx in accept[node]:
                    found[(i, idx)] = j
            j += 1
            if j >= end:
                return
            tok, low = toks[j], lows[j]
            new: list[tuple[int, int]] = []
            is_name = None
            for node, run in states:
                if run and run < _MAX_NAME:
                    if is_name is None:
                        is_name = _is_name(tok, low)
                    if is_name:
                        new.append((node, run + 1))
                child = words[node].get(low)
                if child is not None:
                    new.append((child, 0))
                for cls, c in classes[node]:
                    kind = tok[3]     # inlined _class_ok: this loop runs for most states
                    if cls == NUM:
                        if kind == "number":
                            new.append((c, 0))
                    elif cls == ANY:
                        if kind != "punct":
                            new.append((c, 0))
                    elif _is_name(tok, low):
                        new.append((c, 1))
            states = new

    def _finish(self, found: dict, s: _Stream, text: str) -> list[RawMatch]:
        out = []
        last_end: dict[int, int] = {}     # per entry: leftmost-longest, no overlaps
        for (start, idx), end in sorted(found.items()):
            ce = self.entries[idx]
            if start <= last_end.get(idx, -1):
                continue
            if ce.not_preceded_by and any(_seq_at(seq, s, start - len(seq)) for seq in ce.not_preceded_by):
                continue
            if ce.not_followed_by and any(_seq_at(seq, s, end + 1) for seq in ce.not_followed_by):
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
