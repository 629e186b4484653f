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
from itertools import compress, count, islice
from operator import itemgetter
from typing import NamedTuple, Sequence

from ..nlp.tokens import Token
from .model import CompiledEntry
from .pattern import ANY, NAME, NUM, Item
from .stream import Stream as _Stream, stream as _stream
from .trie import Trie

__all__ = ["Matcher", "RawMatch", "Trie"]

_NAME_STOP = frozenset("""the a an this that these those he she it they we i you his her its their our my your
    there here but and or if when while as in on at of for by with from to not no yes""".split())
_MAX_NAME = 4
_START, _KIND = itemgetter(0), itemgetter(3)     # Token.start, Token.kind
_OPENING = frozenset("“«„‹")
_CLOSING = frozenset("”»›")


class RawMatch(NamedTuple):
    start: int            # code-point offsets into the document text
    end: int
    entry: CompiledEntry


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
        trie.node(trie.root)
        first = trie.words[trie.root]
        self.after_class: list[tuple[str, int, _Next | None]] = []
        self.before: dict[str, list[tuple[str, int]]] = {}      # word -> (class, child) of the token before
        for cls, child in trie.classes[trie.root]:
            nxt = _goes_on_from(trie, child)
            if cls != NAME and nxt is not None and not (nxt.kinds or nxt.name):
                for w in nxt.words:
                    self.before.setdefault(w, []).append((cls, child))
            else:
                self.after_class.append((cls, child, nxt))
        self.probe = frozenset(first).union(self.before)
        self.first = first
        # per probe word, in one lookup: (its ``before`` list or None, and its child and
        # what goes on from it when it is a first word, else None, None); made on first
        # use (``_info``), so that only the first words a run meets decode their child
        self.info: dict[str, tuple] = {}
        # per second node of a look-ahead: True when a walk may stop or take a class
        # there, else the words it goes on with (``_reach``)
        self.reach: dict[int, object] = {}
        # A cheaper first cut, learnt per probe word on first meeting (``_learn``): the
        # loop of ``find`` does something at a token only when its word is ``special`` (a
        # first word whose child accepts, or takes a {NAME} or any word; a ``before`` word
        # after any word), or with the next token's word in ``pairs`` (what goes on from a
        # first word's child), or next to a number token (words in ``num_after``: their
        # child takes a {NUM}; in ``num_before``: a {NUM} start before them). Other tokens
        # are skipped without a Python-level look.
        self.known: set[str] = set()
        self.special: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.num_after: set[str] = set()
        self.num_before: set[str] = set()

    def _learn(self, words) -> None:
        for w in words:
            rec = self.info.get(w)
            before, child, nxt = rec if rec is not None else self._info(w)
            for cls, _ in before or ():
                (self.num_before if _CLASS_KINDS[cls] == _NUMBER_ONLY else self.special).add(w)
            if child is None:
                continue
            if nxt is None or nxt.name or not nxt.kinds <= _NUMBER_ONLY:
                self.special.add(w)
            else:
                self.pairs.update([(w, x) for x in nxt.words])
                if nxt.kinds:
                    self.num_after.add(w)
        self.known.update(words)

    def _info(self, w: str) -> tuple:
        child = self.first.get(w)
        rec = self.info[w] = (self.before.get(w), child, None if child is None else _goes_on_from(self.trie, child))
        return rec

    def _reach(self, node: int):
        trie = self.trie
        trie.node(node)
        go = self.reach[node] = bool(trie.accept[node] or trie.classes[node]) or trie.words[node]
        return go

    def find(self, s: _Stream) -> list[tuple[int, list[tuple[int, int]]]]:
        """(token, states after taking it) for every token worth walking from, in order;
        a state is (node, tokens taken by a {NAME} slot so far)."""
        lows, toks = s.lows, s.tokens
        info, reach = self.info, self.reach
        n = len(lows)
        last = n - 1
        out = []
        by_class: dict[int, list[tuple[int, int]]] = {}
        present = self.probe.intersection(lows)
        new_words = present.difference(self.known)
        if new_words:
            self._learn(new_words)
        special, pairs = self.special, self.pairs
        # The tokens followed by a word that may go on from them, picked at C speed: one
        # set lookup per (token, next token) pair, with no Python-level step per token.
        cand = list(compress(count(), map(pairs.__contains__, zip(lows, islice(lows, 1, None)))))
        here = special.intersection(present)
        extra = set(_positions(lows, here)) if here else set()
        numbers = _positions(list(map(_KIND, toks)), ("number",))
        if numbers:
            num_after, num_before = self.num_after, self.num_before
            for j in numbers:
                if j and lows[j - 1] in num_after:
                    extra.add(j - 1)
                if j < last and lows[j + 1] in num_before:
                    extra.add(j + 1)
        if extra:
            cand = sorted(extra.union(cand))
        for i in cand:
            low = lows[i]
            rec = info.get(low)
            before, child, nxt = rec if rec is not None else self._info(low)
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
                if second is not None:
                    go = reach.get(second)
                    if go is None:
                        go = self._reach(second)
                    if go is True or (i + 2 < n and lows[i + 2] in go):
                        out.append((i, [(child, 0)]))
                        continue
                if not (toks[i + 1][3] in nxt[1] or (nxt[2] and _is_name(toks[i + 1], lows[i + 1]))):
                    continue
            out.append((i, [(child, 0)]))
        for cls, child, nxt in self.after_class:
            run = 1 if cls == NAME else 0
            if run and nxt is not None and not (nxt.kinds or nxt.name):
                # A name of up to _MAX_NAME tokens, then one of nxt's words: only a name
                # just before such a word (at most _MAX_NAME tokens back) can begin a match.
                follow = nxt.words.keys() & lows     # at C speed
                if not follow:      # the common case
                    continue
                near = sorted({k for j in _positions(lows, follow) for k in range(max(0, j - _MAX_NAME), j)})
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


def _positions(items: list, wanted) -> list[int]:
    """The positions of the items in ``wanted`` (a few values), in order: ``list.index``
    from one to the next, at C speed (~10 ns an item here, a third of the cost of one
    ``map`` pass over the list)."""
    out: list[int] = []
    for w in wanted:
        j = -1
        try:
            while True:
                j = items.index(w, j + 1)
                out.append(j)
        except ValueError:
            pass
    if len(wanted) > 1:
        out.sort()
    return out


class _Next(NamedTuple):
    """What a token must be to go on from a node: one of its words, of a token kind its
    {NUM} or {ANY} edge takes, or a name when it has a {NAME} edge."""

    words: dict
    kinds: frozenset
    name: bool


_KINDS = {NUM: frozenset({"number"}), ANY: frozenset({"word", "number"})}   # token kinds a class takes
_CLASS_KINDS = {**_KINDS, NAME: frozenset({"word"})}
_NUMBER_ONLY = _KINDS[NUM]
_NO_KINDS: frozenset = frozenset()


def _goes_on_from(trie: Trie, node: int) -> _Next | None:
    """What goes on from ``node``; None when nothing need (the node accepts)."""
    trie.node(node)
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
                ends_here = accept[node]
                if ends_here is None:     # not decoded yet (a trie read from the cache)
                    trie.node(node)
                    ends_here = accept[node]
                for idx in ends_here:
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
            j = s.raw_index(end) + 1
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
    starts = list(map(_START, s.tokens))
    ends, a = [], 0
    for e in para_ends:
        b = bisect.bisect_left(starts, e, a)
        if b > a:
            ends.append(b)
        a = b
    if not ends or ends[-1] < len(starts):
        ends.append(len(starts))
    return ends
