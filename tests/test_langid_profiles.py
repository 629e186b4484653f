"""nlp.langid loads langdetect's profiles itself: the same map as langdetect's own loader."""
from __future__ import annotations

import json

from tqcheck.nlp import langid


def test_profile_map_equals_langdetect_loader():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    texts = []
    for code in langid._LD_PROFILES:
        with open(f"{PROFILES_DIRECTORY}/{code}", encoding="utf-8") as fh:
            texts.append(fh.read())
    theirs = DetectorFactory()
    theirs.load_json_profile(texts)
    langs, table = langid.profile_map([json.loads(t) for t in texts])
    assert langs == theirs.langlist
    assert list(table) == list(theirs.word_lang_prob_map)
    for word, row in theirs.word_lang_prob_map.items():
        assert [(type(p), p) for p in table[word]] == [(type(p), p) for p in row], word
    ours = langid._factory()
    assert ours.langlist == theirs.langlist and ours.word_lang_prob_map == theirs.word_lang_prob_map


def test_shipped_map_is_fresh_and_equal():
    texts = langid.profile_texts()
    shipped = langid.read_profile_map(texts)
    assert shipped is not None, "rebuild: python scripts/build_langdetect_map.py"
    langs, table = langid.profile_map([json.loads(t) for t in texts])
    assert shipped[0] == langs and list(shipped[1]) == list(table)
    for word, row in table.items():
        assert [(type(p), p) for p in shipped[1][word]] == [(type(p), p) for p in row], word


def test_other_profiles_ignore_the_shipped_map():
    texts = langid.profile_texts()
    assert langid.read_profile_map([texts[0] + b" "] + texts[1:]) is None
