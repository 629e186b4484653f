"""The offline part-of-speech tagger: loads without pickle or download, tags our tokens."""
import os
import sys
from pathlib import Path

import pytest

from tqcheck.document import Document
from tqcheck.nlp.tagger import load_tagger, pos_view, tag_tokens, treebank_pieces
from tqcheck.nlp.tokens import tokenize

SAMPLE = Path(__file__).parent / "data" / "pos_sample.txt"


def _sample():
    for line in SAMPLE.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pairs = [tok.rsplit("/", 1) for tok in line.split()]
            yield [w for w, _ in pairs], [t for _, t in pairs]


def test_accuracy_on_hand_checked_sample():
    total = right = 0
    wrong = []
    for words, gold in _sample():
        text = " ".join(words)
        toks = tokenize(text)
        assert [t.text for t in toks] == words
        tags = tag_tokens(toks, text)
        for w, g, t in zip(words, gold, tags):
            total += 1
            right += g == t
            if g != t:
                wrong.append((w, g, t))
    assert total >= 200
    # Measured: 98.6% (3 of 209 wrong: Trade, marched, called); small slack, not a free pass.
    assert right / total >= 0.95, wrong


def test_model_is_shipped_table_and_nltk_perceptron():
    import nltk.tag.perceptron

    tagger = load_tagger()
    # NLTK's own class, loaded from nltk/tag/perceptron.py without nltk/__init__
    # (tqcheck.nlp.nltk_light), so it is a separate class object from this import's.
    cls = type(tagger)
    assert (cls.__module__, cls.__qualname__) == ("nltk.tag.perceptron", "PerceptronTagger")
    assert cls.__init__.__code__.co_filename == nltk.tag.perceptron.PerceptronTagger.__init__.__code__.co_filename
    assert len(tagger.classes) == 45 and "NNP" in tagger.classes
    assert tagger.tagdict["the"] == "DT"
    assert load_tagger() is tagger  # loaded once


def test_treebank_spelling_of_our_tokens():
    text = "“He didn’t say,” the minister’s aide said — \"no\"."
    pieces = [treebank_pieces(t, text) for t in tokenize(text)]
    assert ["``"] in pieces and ["''"] in pieces and ["--"] in pieces
    assert ["did", "n't"] in pieces and ["minister", "'s"] in pieces


def test_offsets_stay_exact_and_tagging_is_lazy():
    text = "China and Russia signed a deal. Putin sees China as his partner strategic."
    doc = Document(text)
    pos = pos_view(doc)
    assert pos.tagged_count == 0
    sent, toks = doc.sentence_tokens()[1]
    tags = pos.near(1, 6, 7)
    assert pos.tagged_count == 1
    i = next(i for i, t in enumerate(toks) if t.text == "partner")
    assert text[toks[i].start:toks[i].end] == "partner" and tags[i] == "NN"
    assert tags[i + 1] == "JJ"
    assert pos.tags(1)[:2] == ["NNP", "VBZ"]
    assert doc.view("pos", None) is pos


def test_rule_module_import_does_not_load_nltk_or_model():
    import subprocess

    code = ("import sys, tqcheck.rules.tq4_word_order.tq401_postposed_adjective, tqcheck.nlp.tagger as t; "
            "assert 'nltk' not in sys.modules; assert t.load_tagger.cache_info().currsize == 0")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_pickle_shipped():
    data = Path(__file__).resolve().parents[1] / "tqcheck" / "nlp" / "data"
    assert not list(data.glob("*.pickle")) and not list(data.glob("*.pkl"))
    assert (data / "perceptron_en.tsv").exists() and (data / "perceptron_en.LICENSE").exists()


def _table():
    from tqcheck.nlp.tagger import MODEL_FILE

    return (Path(__file__).resolve().parents[1] / "tqcheck" / "nlp" / MODEL_FILE).read_bytes()


def test_tagger_maps_the_installed_table():
    import mmap

    from tqcheck.nlp.tagger import _map_table

    table = _map_table()
    assert isinstance(table, mmap.mmap) and table[:] == _table()


def test_weights_table_is_consistent():
    """Every feature line sits in its own bucket, and every feature is found, parsed whole."""
    from tqcheck.nlp.tagger import feature_bucket, read_model

    table = _table()
    classes, tagdict, weights = read_model(table)
    starts = weights._bucket_starts
    body = table[weights._body_start:]
    assert table[weights._body_start - 2:weights._body_start] == b"\n\n"
    assert starts[0] == 0 and starts[-1] == len(body) and starts == sorted(starts)
    count = 0
    for bucket in range(len(starts) - 1):
        chunk = body[starts[bucket]:starts[bucket + 1]]
        assert not chunk or chunk.endswith(b"\n")
        for line in chunk.splitlines():
            feat, tab, raw = line.partition(b"\t")
            assert tab and feature_bucket(feat, len(starts) - 1) == bucket
            pairs = [pair.split(b":") for pair in raw.split(b" ")]
            assert all(0 <= int(i) < len(classes) and float(w) != 0.0 for i, w in pairs)
            expected = {classes[int(i)]: float(w) for i, w in pairs}
            assert list(weights[feat.decode()].items()) == list(expected.items())
            count += 1
    assert count == len(weights) == 94202 and len(set(weights)) == count
    assert len(classes) == 45 and len(tagdict) == 2604 and tagdict["the"] == "DT"


def test_weights_lookup_misses():
    weights = load_tagger().model.weights  # the memory-mapped table
    assert "bias" in weights and "i word strategic" in weights and "i word the" not in weights
    for missing in ("", "bia", "ias", "i word strategi", "i word strategics", "word strategic",
                    "i word strategic\tx", "i word 東京"):
        assert missing not in weights
        assert weights.get(missing) is None
    assert 42 not in weights and None not in weights


@pytest.mark.skipif(not os.environ.get("TQCHECK_APTAGGER_WHEEL"),
                    reason="set TQCHECK_APTAGGER_WHEEL to textblob_aptagger-0.2.0-py2.py3-none-any.whl")
def test_weights_table_is_what_the_converter_writes():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    try:
        import convert_aptagger
    finally:
        sys.path.pop(0)
    model = convert_aptagger.convert(os.environ["TQCHECK_APTAGGER_WHEEL"])
    assert convert_aptagger.table_bytes(model) == _table()


def test_fast_features_give_nltk_tags():
    """``_tag`` with ``_features``/``_predict_features`` gives NLTK's own ``tag`` results."""
    from conftest import SEED

    from tqcheck.nlp import perceptron
    from tqcheck.nlp import tagger as tagger_module

    tagger = load_tagger()
    assert perceptron.fast_features_ok(tagger)
    doc = Document(SEED.read_text(encoding="utf-8") + "\n\nThe co-op's 2023 plan, “x” -- 45 % __ é 1,500 U.S.")
    checked = 0
    for _, toks in doc.sentence_tokens():
        words = [p for t in toks for p in treebank_pieces(t, doc.text)]
        if words:
            assert tagger_module._tag(tagger, words) == [tag for _, tag in tagger.tag(words)]
            checked += 1
    assert checked > 10


def test_kept_predictions_are_the_computed_ones_and_bounded(monkeypatch):
    from tqcheck.nlp import perceptron
    from tqcheck.nlp import tagger as tagger_module

    tagger = load_tagger()
    weights = tagger.model.weights
    words = "Officials warned the measure would reach thousands of families in the north".split()
    first = tagger_module._tag(tagger, words)
    assert tagger_module._tag(tagger, words) == first
    assert weights._predictions
    for features, tag in list(weights._predictions.items()):
        assert perceptron._add_rows(weights, features) == tag
    monkeypatch.setattr(perceptron, "MAX_KEPT_PREDICTIONS", 2)
    weights._predictions.clear()
    assert tagger_module._tag(tagger, words) == first
    assert len(weights._predictions) <= 2
