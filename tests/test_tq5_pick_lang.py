"""pick_lang skips langdetect when the word scores already decide: same pick as asking it."""
from hypothesis import given, settings, strategies as st

from tqcheck.nlp import langid
from tqcheck.rules.tq5_untranslated import classify


def _always_asking(src_list, text, prior, use_detector):
    score = {lang: 0.0 for lang in langid.SOURCE_LANGS}
    for src in src_list:
        for lang, z in src.items():
            score[lang] += z
    if prior in score:
        score[prior] += 1.0
    if use_detector:
        for lang, p in langid.detect_langs(text):
            if lang in score:
                score[lang] += 6.0 * p
    return max(score, key=lambda k: (score[k], -classify.LANG_ORDER[k]))


_LANGS = st.sampled_from(list(langid.SOURCE_LANGS))
_ZIPF = st.sampled_from([0.0, 1.0, 3.3, 4.5, 5.5, 6.0, 7.0]) | st.floats(0, 8)
_TEXTS = st.sampled_from(["una casa grande", "der kleine Hund", "o novo governo", "il nuovo governo",
                          "la nouvelle loi", "de la", "", "qqq"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(_LANGS, _ZIPF, max_size=3), max_size=4), _TEXTS,
       st.sampled_from([None, "es", "fr", "de", "it", "pt"]), st.booleans())
def test_pick_lang_is_the_pick_with_the_detector(src_list, text, prior, use_detector):
    assert classify.pick_lang(src_list, text, prior, use_detector) == _always_asking(src_list, text, prior, use_detector)


def test_pick_lang_on_the_boundary():
    # a lead of exactly the detector's weight: the detector is asked
    src = [{"fr": 12.0, "it": 6.0}]
    assert classify.pick_lang(src, "il governo", None, True) == _always_asking(src, "il governo", None, True)
