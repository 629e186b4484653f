"""The matching trie of the lexicon matcher (see ``matcher``): built from the entries'
item sequences, deterministic on words, stored in the lexicon cache one node per line."""
from __future__ import annotations

from typing import Iterable, Sequence

from .pattern import Item


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
    Nodes are numbered so that the three lists are also the trie's JSON form. A trie read
    from the cache (``lazy``) holds None for a node not decoded yet: code that reaches a
    node calls ``node(n)`` (or checks ``accept[n] is None``) before reading its parts."""

    def __init__(self, words: list[dict[str, int]], classes: list[list], accept: list[list[int]],
                 root: int = 0, size: int | None = None):
        self.words, self.classes, self.accept, self.root = words, classes, accept, root
        self.size = len(words) if size is None else size     # number of nodes

    @classmethod
    def build(cls, sequences: Iterable[tuple[tuple[Item, ...], int]], base: "Trie | None" = None) -> "Trie":
        """The trie of (item sequence, entry index) pairs; with ``base``, of those and
        ``base``'s together (``base`` is left as it is: its nodes are shared, not copied)."""
        if base is None:
            trie = cls([], [], [])
        else:
            base.decode_all()
            trie = cls(list(base.words), list(base.classes), list(base.accept))
        item_root = _item_trie(sequences)
        sources = [item_root] if base is None else [base.root, item_root]
        trie.root = trie._merge(sources, {})
        trie.size = len(trie.words)
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

    def node(self, n: int) -> None:
        """Decode node ``n`` if it is not yet (a trie read from the cache)."""
        if self.accept[n] is None:
            self._decode(n)

    def _decode(self, n: int) -> None:
        raise AssertionError("a built trie has every node")

    def decode_all(self) -> None:
        for n in range(self.size):
            self.node(n)

    def to_json(self) -> list:
        """The whole trie as plain lists (every node decoded): for comparing two tries."""
        self.decode_all()
        return [self.root, self.words, self.classes, self.accept]

    def node_records(self) -> list[list]:
        """One ``[words, classes, accept]`` record per node, in node order (the cache's lines)."""
        self.decode_all()
        return [list(node) for node in zip(self.words, self.classes, self.accept)]

    @classmethod
    def lazy(cls, root: int, records: Sequence[bytes]) -> "Trie":
        """The trie whose node ``n`` is the JSON record ``records[n]`` (``node_records``),
        each decoded on first access: a run decodes only the nodes its documents reach
        (decoding all ~6,600 took ~70 M instructions per process)."""
        import json

        size = len(records)
        trie = cls([None] * size, [None] * size, [None] * size, root, size)
        # the decoder's own scanner: one JSON value per line, without json.loads' checks
        scan = json.JSONDecoder().scan_once

        def decode(n: int) -> None:
            trie.words[n], trie.classes[n], trie.accept[n] = scan(records[n].decode("utf-8"), 0)[0]

        trie._decode = decode
        trie.node(root)
        return trie
