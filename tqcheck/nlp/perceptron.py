"""The averaged perceptron's features and best label, as NLTK's ``PerceptronTagger``
computes them, for ``nlp.tagger``: the same keys in the same order
(``PerceptronTagger._get_features``) and the same floats added in the same order
(``AveragedPerceptron.predict``), with less Python per tagged word, and predictions kept
by features. ``fast_features_ok`` checks the assumptions against NLTK's own code once per
tagger; ``tagger._tag`` falls back to NLTK's features when they do not hold."""
from __future__ import annotations

from operator import add as _add


def features(i: int, word: str, context: list[str], prev: str, prev2: str) -> tuple[str, ...]:
    """The keys of NLTK's ``PerceptronTagger._get_features`` in its order (each with value
    1: the fourteen names differ, so no two keys coincide), without its per-feature
    closure calls, ``defaultdict`` and joins. ``fast_features_ok`` checks it against
    NLTK's before it is used."""
    i += 2                                  # len(PerceptronTagger.START)
    here, before, after = context[i], context[i - 1], context[i + 1]
    return (
        "bias",
        "i suffix " + word[-3:],
        "i pref1 " + (word[0] if word else ""),
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        "i tag+i-2 tag " + prev + " " + prev2,
        "i word " + here,
        "i-1 tag+i word " + prev + " " + here,
        "i-1 word " + before,
        "i-1 suffix " + before[-3:],
        "i-2 word " + context[i - 2],
        "i+1 word " + after,
        "i+1 suffix " + after[-3:],
        "i+2 word " + context[i + 2],
    )


_SAMPLE_CONTEXT = ["-START-", "-START2-", "the", "!year", "co-op", "", "x", "-END-", "-END2-"]


def fast_features_ok(tagger) -> bool:
    """For a tagger whose weights are a ``tagger.FeatureWeights`` table (the caller checks):
    whether ``features``/``predict_features`` stand for NLTK's ``_get_features`` and
    ``tagger._predict`` with this tagger and its current weights (the answer is kept on the
    tagger, with the weights it was given for)."""
    weights = tagger.model.weights
    known = getattr(tagger, "_tqcheck_fast_features", None)
    if known is None or known[0] is not weights:
        known = tagger._tqcheck_fast_features = (weights, _check_fast_features(tagger, weights))
    return known[1]


def _check_fast_features(tagger, weights) -> bool:
    """Our weights table, START/END as ``features`` assumes, and the same keys as NLTK's
    ``_get_features``, all with value 1, on sample contexts."""
    if set(tagger.model.classes) != set(weights._classes):
        return False
    if list(tagger.START) != _SAMPLE_CONTEXT[:2] or list(tagger.END) != _SAMPLE_CONTEXT[-2:]:
        return False
    for i, word in enumerate(["The", "2023", "co-op", "", "X"]):
        for prev, prev2 in (("-START-", "-START2-"), ("NN", "DT"), ("", "")):
            theirs = tagger._get_features(i, word, _SAMPLE_CONTEXT, prev, prev2)
            if list(theirs.items()) != [(f, 1) for f in features(i, word, _SAMPLE_CONTEXT, prev, prev2)]:
                return False
    return True


# Predictions kept per weights table, by features: the same features give the same tag,
# and most recur (sentence starts, windows of ``PosView.near`` that overlap, common
# contexts across articles: 5 in 6 over 200 articles). Emptied when it reaches this size.
MAX_KEPT_PREDICTIONS = 4096     # about 1 KB each


def predict_features(model, features: tuple[str, ...]) -> str:
    """``tagger._predict`` for features that all have value 1 (see ``features``), remembered."""
    kept = model.weights._predictions
    tag = kept.get(features)
    if tag is None:
        if len(kept) >= MAX_KEPT_PREDICTIONS:
            kept.clear()
        tag = kept[features] = _add_rows(model.weights, features)
    return tag


def _add_rows(weights, features: tuple[str, ...]) -> str:
    """The best label: each feature's row of weights added up (see ``tagger._predict``)."""
    get, row_of = weights._rows.get, weights.row
    total = None
    for feat in features:
        row = get(feat)
        if row is None:
            row = row_of(feat)
            if row is None:
                continue
        total = list(row) if total is None else list(map(_add, total, row))
    return best_label(total, weights.labels)


def best_label(total: list[float] | None, labels: list[str]) -> str:
    """The label of the best score, the last one on a tie (NLTK's ``max`` over (score,
    label) with sorted labels); the last label when no feature had weights."""
    if total is None:
        return labels[-1]
    best = max(total)
    return labels[len(total) - 1 - total[::-1].index(best)]
