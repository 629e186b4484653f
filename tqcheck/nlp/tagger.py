"""Part-of-speech tags (Penn Treebank) from NLTK's averaged perceptron, offline.

The weights are those of ``textblob-aptagger`` 0.2.0 (MIT, (c) 2013 Matthew
Honnibal; see ``data/perceptron_en.LICENSE``), which use exactly the feature format
of NLTK's ``PerceptronTagger``. ``scripts/convert_aptagger.py`` converted them once
to ``data/perceptron_en.tsv``, a plain-text table (no pickle, see ``FeatureWeights``
for its layout). They are loaded on first use into ``PerceptronTagger(load=False)``;
nothing is downloaded.

Tagging is lazy: ``pos_view(doc)`` returns a per-document view that tags a sentence
only when a rule asks for it (after its own cheap pre-filter), and caches the result.
Tags are attached to tqcheck's own tokens, so offsets stay exact; tokens are only
rewritten into Treebank spelling for the tagger (curly quotes to ``` `` ``` / ``''``,
``don't`` to ``do n't``, ``other’s`` to ``other 's``).
"""
from __future__ import annotations

import mmap
import zlib
from collections.abc import Iterator, Mapping
from functools import lru_cache
from operator import add as _add
from typing import TYPE_CHECKING, Sequence

from .perceptron import best_label, fast_features_ok, features, predict_features
from .tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

MODEL_FILE = "data/perceptron_en.tsv"
MODEL_FORMAT = "tqcheck averaged-perceptron weights, format 2"


def feature_bucket(feature: bytes, buckets: int) -> int:
    """The bucket of the weights table that holds ``feature`` (UTF-8)."""
    return zlib.crc32(feature) % buckets


class FeatureWeights(Mapping):
    """feature -> {tag: weight}, looked up in the shipped table when first asked for.

    The table (``data/perceptron_en.tsv``, UTF-8) is a header of tab-separated
    ``name<TAB>value`` lines, the first being ``MODEL_FORMAT``, then a blank line, then
    the body: one ``feature<TAB>weights`` line per feature, where weights reads
    ``class_index:weight ...``. Body lines are grouped by ``feature_bucket``; the
    header's ``buckets`` value lists where each bucket starts in the body (in bytes),
    plus where the last one ends. A lookup hashes the feature and searches one bucket
    (about 1.3 KB), so loading maps the file instead of parsing ~94,000 entries; the
    tagger only ever needs the features of a few sentences per article.

    ``AveragedPerceptron.predict`` only uses ``feat in weights`` and ``weights[feat]``;
    a feature's parsed weights are kept once found.
    """

    def __init__(self, table: bytes | mmap.mmap, body_start: int, bucket_starts: list[int],
                 classes: list[str], count: int):
        self._table = table
        self._body_start = body_start
        self._bucket_starts = bucket_starts
        self._classes = classes
        self._count = count
        self._parsed: dict[str, dict[str, float]] = {}
        self.labels = sorted(set(classes))             # the order of a row's floats
        self._position = {label: i for i, label in enumerate(self.labels)}
        self._rows: dict[str, tuple[float, ...]] = {}
        self._predictions: dict[tuple[str, ...], str] = {}   # perceptron.predict_features' memo

    def _raw(self, feat: str) -> bytes | None:
        """The ``class_index:weight ...`` text of ``feat``, or None if it has no weights."""
        key = feat.encode("utf-8")
        bucket = feature_bucket(key, len(self._bucket_starts) - 1)
        # Every body line starts right after a newline (the first after the blank line).
        first = self._body_start + self._bucket_starts[bucket] - 1
        end = self._body_start + self._bucket_starts[bucket + 1]
        needle = b"\n" + key + b"\t"
        at = self._table.find(needle, first, end)
        if at < 0:
            return None
        value_start = at + len(needle)
        return self._table[value_start:self._table.find(b"\n", value_start)]

    def _lookup(self, feat) -> dict[str, float] | None:
        try:
            return self._parsed[feat]
        except KeyError:
            pass
        if not isinstance(feat, str):
            return None
        raw = self._raw(feat)
        if raw is None:
            return None  # misses are not kept: there are far more possible than hits
        classes = self._classes
        parsed = {}
        for pair in raw.split():
            index, _, weight = pair.partition(b":")
            parsed[classes[int(index)]] = float(weight)
        self._parsed[feat] = parsed
        return parsed

    def row(self, feat) -> tuple[float, ...] | None:
        """``feat``'s weights as one float per class in ``labels`` order (0.0 where it has
        none), or None if it has no weights: what ``perceptron.predict_features`` adds up."""
        try:
            return self._rows[feat]
        except KeyError:
            pass
        if not isinstance(feat, str):
            return None
        raw = self._raw(feat)
        if raw is None:
            return None
        classes, position = self._classes, self._position
        values = [0.0] * len(position)
        for pair in raw.split():
            index, _, weight = pair.partition(b":")
            values[position[classes[int(index)]]] = float(weight)
        row = self._rows[feat] = tuple(values)
        return row

    def __contains__(self, feat) -> bool:
        return self._lookup(feat) is not None

    def __getitem__(self, feat) -> dict[str, float]:
        weights = self._lookup(feat)
        if weights is None:
            raise KeyError(feat)
        return weights

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        body = self._table[self._body_start:].decode("utf-8")
        for line in body.splitlines():
            yield line.partition("\t")[0]


def read_model(table: bytes | mmap.mmap) -> tuple[list[str], dict[str, str], FeatureWeights]:
    """Classes, tag dictionary and weights from the bytes of ``data/perceptron_en.tsv``."""
    header_end = table.find(b"\n\n")
    if header_end < 0:
        raise ValueError(f"{MODEL_FILE}: no blank line after the header")
    first, *lines = table[:header_end].decode("utf-8").split("\n")
    if first != MODEL_FORMAT:
        raise ValueError(f"{MODEL_FILE}: expected {MODEL_FORMAT!r}, found {first!r}")
    header = dict(line.split("\t", 1) for line in lines)
    classes = header["classes"].split(" ")
    words_and_tags = header["tagdict"].split(" ")
    tagdict = dict(zip(words_and_tags[::2], words_and_tags[1::2]))
    bucket_starts = [int(n) for n in header["buckets"].split(" ")]
    weights = FeatureWeights(table, header_end + 2, bucket_starts, classes, int(header["features"]))
    return classes, tagdict, weights


def _map_table() -> bytes | mmap.mmap:
    """The shipped table, memory-mapped: a lookup touches only the pages of its bucket,
    and processes checking in parallel share the pages."""
    from ..packagedata import package_file

    with open(package_file("tqcheck.nlp", MODEL_FILE), "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


@lru_cache(maxsize=1)
def load_tagger():
    """NLTK's ``PerceptronTagger`` with the shipped weights (loaded once)."""
    from .gcpause import paused

    with paused():
        return _load_tagger()


def _load_tagger():
    from .nltk_light import import_module

    PerceptronTagger = import_module("nltk.tag.perceptron").PerceptronTagger

    classes, tagdict, weights = read_model(_map_table())
    tagger = PerceptronTagger(load=False)
    tagger.model.weights = weights
    tagger.tagdict = tagdict
    tagger.classes = set(classes)
    tagger.model.classes = tagger.classes
    return tagger


def tag_words(words: Sequence[str]) -> list[str]:
    """Treebank tags for a sentence already split into Treebank-style tokens."""
    if not words:
        return []
    return _tag(load_tagger(), list(words))


def _tag(tagger, words: list[str]) -> list[str]:
    """``PerceptronTagger.tag`` (NLTK 3.9) for our tagger, giving the same tags: words in
    the tag dictionary take their tag, others the perceptron's best class."""
    prev, prev2 = tagger.START
    context = tagger.START + [tagger.normalize(w) for w in words] + tagger.END
    tagdict = tagger.tagdict
    model = tagger.model
    fast = isinstance(model.weights, FeatureWeights) and fast_features_ok(tagger)
    features_of = features if fast else tagger._get_features
    predict = predict_features if fast else _predict
    out = []
    for i, word in enumerate(words):
        tag = tagdict.get(word)
        if not tag:
            tag = predict(model, features_of(i, word, context, prev, prev2))
        out.append(tag)
        prev2 = prev
        prev = tag
    return out


def _predict(model, features) -> str:
    """``AveragedPerceptron.predict``'s best label, the same floats added in the same order.

    NLTK adds each feature's weights into a dict of scores; here every feature's weights
    are a row of one float per class (0.0 where it has none; ``x + 0.0`` is ``x``), added
    row by row, so each class's score is the same sum of the same terms. Ties go to the
    greater label, as NLTK's ``max`` over (score, label) does: the labels are sorted, so
    the last of the best scores."""
    weights = model.weights
    if not isinstance(weights, FeatureWeights) or set(model.classes) != set(weights._classes):
        return model.predict(features)[0]
    row_of = weights.row
    total = None
    for feat, value in features.items():
        if value == 0:
            continue
        row = row_of(feat)
        if row is None:
            continue
        if value != 1:
            row = [value * w for w in row]
        total = list(row) if total is None else list(map(_add, total, row))
    return best_label(total, weights.labels)


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
        # The text, not the document: the document keeps this view, and a view that kept
        # the document would make a reference cycle, so every document (tokens, views)
        # would wait for the garbage collector instead of being freed when dropped.
        self.text = doc.text
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
            self._tags[index] = tag_tokens(toks, self.text)
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
        window = tag_tokens(toks[a:b], self.text)
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
