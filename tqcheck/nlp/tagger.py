"""Part-of-speech tags (Penn Treebank) from NLTK's averaged perceptron, offline.

The weights are those of ``textblob-aptagger`` 0.2.0 (MIT, (c) 2013 Matthew
Honnibal; see ``data/perceptron_en.LICENSE``), which use exactly the feature format
of NLTK's ``PerceptronTagger``. ``scripts/convert_aptagger.py`` converted them once
to ``data/perceptron_en.json.gz``: plain JSON, no pickle. They are loaded on first
use into ``PerceptronTagger(load=False)``; nothing is downloaded.

Tagging is lazy: ``pos_view(doc)`` returns a per-document view that tags a sentence
only when a rule asks for it (after its own cheap pre-filter), and caches the result.
Tags are attached to tqcheck's own tokens, so offsets stay exact; tokens are only
rewritten into Treebank spelling for the tagger (curly quotes to ``` `` ``` / ``''``,
``don't`` to ``do n't``, ``other’s`` to ``other 's``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from .tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

MODEL_FILE = "data/perceptron_en.json.gz"


class _LazyWeights(dict):
    """feature -> {tag: weight}, parsed from its compact string on first access.

    ``AveragedPerceptron.predict`` only uses ``feat in weights`` and ``weights[feat]``;
    parsing the ~94,000 entries eagerly would triple the load time.
    """

    __slots__ = ("_classes", "_parsed")

    def __init__(self, raw: dict[str, str], classes: list[str]):
        super().__init__(raw)
        self._classes = classes
        self._parsed: dict[str, dict[str, float]] = {}

    def __getitem__(self, feat):
        try:
            return self._parsed[feat]
        except KeyError:
            pass
        classes = self._classes
        parsed = {}
        for pair in dict.__getitem__(self, feat).split():
            i, _, w = pair.partition(":")
            parsed[classes[int(i)]] = float(w)
        self._parsed[feat] = parsed
        return parsed

    def get(self, feat, default=None):
        return self[feat] if dict.__contains__(self, feat) else default


@lru_cache(maxsize=1)
def load_tagger():
    """NLTK's ``PerceptronTagger`` with the shipped weights (loaded once)."""
    import gzip
    import json
    from importlib import resources

    from .nltk_light import import_module

    PerceptronTagger = import_module("nltk.tag.perceptron").PerceptronTagger

    raw = json.loads(gzip.decompress(resources.files("tqcheck.nlp").joinpath(MODEL_FILE).read_bytes()))
    tagger = PerceptronTagger(load=False)
    classes = raw["classes"]
    tagger.model.weights = _LazyWeights(raw["weights"], classes)
    tagger.tagdict = dict(raw["tagdict"])
    tagger.classes = set(classes)
    tagger.model.classes = tagger.classes
    return tagger


def tag_words(words: Sequence[str]) -> list[str]:
    """Treebank tags for a sentence already split into Treebank-style tokens."""
    if not words:
        return []
    return [t for _, t in load_tagger().tag(list(words))]


# -- our tokens -> Treebank spelling -------------------------------------------------
_PUNCT_MAP = {"“": "``", "”": "''", "«": "``", "»": "''", "‘": "`", "’": "'", "„": "``",
              "–": "--", "—": "--", "‒": "--", "―": "--", "…": "..."}
_CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")


def treebank_pieces(tok: Token, text: str) -> list[str]:
    """How the tagger should see one of our tokens (one or two Treebank tokens)."""
    s = tok.text
    if tok.kind == "punct":
        if s == '"':
            nxt = text[tok.end:tok.end + 1]
            return ["``" if nxt and not nxt.isspace() else "''"]
        return [_PUNCT_MAP.get(s, s)]
    if "’" in s or "'" in s:
        norm = s.replace("’", "'")
        low = norm.lower()
        for clitic in _CLITICS:
            if low.endswith(clitic) and len(low) > len(clitic):
                return [norm[:-len(clitic)], norm[-len(clitic):]]
        return [norm]
    return [s]


def tag_tokens(tokens: Sequence[Token], text: str) -> list[str]:
    """One Treebank tag per token (a split token takes its first piece's tag)."""
    pieces: list[str] = []
    owner: list[int] = []
    for i, tok in enumerate(tokens):
        for p in treebank_pieces(tok, text):
            pieces.append(p)
            owner.append(i)
    tags = tag_words(pieces)
    out: list[str | None] = [None] * len(tokens)
    for i, t in zip(owner, tags):
        if out[i] is None:
            out[i] = t
    return out  # type: ignore[return-value]


class PosView:
    """Lazily tagged sentences of one document (shared by every rule through ``doc.view``).

    ``tags(i)`` tags a whole sentence; ``near(i, lo, hi)`` tags only tokens ``lo..hi``
    of sentence ``i`` plus ``PAD`` tokens of context on each side (the perceptron looks
    two words and two tags back and two words ahead), which is what rules use after
    their pre-filter: a candidate costs a dozen tokens, not a whole sentence.
    """

    PAD = 4

    def __init__(self, doc: "Document"):
        self.doc = doc
        self._sents = doc.sentence_tokens()
        self._tags: dict[int, list] = {}
        self._full: set[int] = set()
        self.tokens_tagged = 0

    @property
    def tagged_count(self) -> int:
        """How many sentences have been (partly) tagged so far (to measure the pre-filters)."""
        return len(self._tags)

    def tags(self, index: int) -> list[str]:
        """Tags for all tokens of sentence ``index`` (as in ``doc.sentence_tokens()``)."""
        if index not in self._full:
            toks = self._sents[index][1]
            self._tags[index] = tag_tokens(toks, self.doc.text)
            self.tokens_tagged += len(toks)
            self._full.add(index)
        return self._tags[index]

    def near(self, index: int, lo: int, hi: int) -> list:
        """Tags of sentence ``index`` with at least tokens ``lo..hi`` (inclusive) filled in;
        other positions may be ``None``."""
        toks = self._sents[index][1]
        n = len(toks)
        lo, hi = max(0, lo), min(n - 1, hi)
        tags = self._tags.get(index)
        if tags is not None and all(t is not None for t in tags[lo:hi + 1]):
            return tags
        a, b = max(0, lo - self.PAD), min(n, hi + 1 + self.PAD)
        if a <= self.PAD:
            a = 0  # the sentence start is a useful context feature
        if n - b <= self.PAD:
            b = n
        if tags is None:
            tags = self._tags[index] = [None] * n
        window = tag_tokens(toks[a:b], self.doc.text)
        self.tokens_tagged += b - a
        # Keep only the centre of the window (its edges lack context), unless an edge
        # is the sentence's own.
        keep_a = 0 if a == 0 else lo
        keep_b = n if b == n else hi + 1
        for i in range(keep_a, keep_b):
            tags[i] = window[i - a]
        if all(t is not None for t in tags):
            self._full.add(index)
        return tags


def pos_view(doc: "Document") -> PosView:
    return doc.view("pos", PosView)
