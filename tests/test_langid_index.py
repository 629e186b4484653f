"""The word index answers per word what reading its whole bucket line gives: each
record ``llNN word word`` sets the band of its words in language ``ll``, a later record
of the same language winning."""
from __future__ import annotations

from tqcheck.nlp import langid


def _whole_line(line: str) -> dict[str, dict[str, int]]:
    bucket: dict[str, dict[str, int]] = {}
    if line:
        for record in line.split("\t"):
            head, *words = record.split(" ")
            bucket.setdefault(head[:2], {}).update(dict.fromkeys(words, int(head[2:])))
    return bucket


def test_bands_match_the_whole_bucket_line():
    index = langid._WordIndex(langid.read_index())
    checked = 0
    for i in range(0, langid._BUCKETS, 17):
        bucket = _whole_line(index._line(i))
        words = {w for per_lang in bucket.values() for w in per_lang}
        for word in words:
            for lang in ("en", *langid.SOURCE_LANGS):
                assert index.band(word, lang) == bucket.get(lang, {}).get(word, 0)
            expected = {lang: bucket[lang][word] for lang in langid.SOURCE_LANGS if bucket.get(lang, {}).get(word)}
            assert index.source_bands(word) == expected
            checked += 1
    assert checked > 5000
    for missing in ("", "qqqzzz", "the the", "\t"):
        assert index.band(missing, "en") == 0 and index.source_bands(missing) == {}


def test_kept_words_stay_bounded(monkeypatch):
    monkeypatch.setattr(langid, "MAX_KEPT_WORDS", 3)
    index = langid._WordIndex(langid.read_index())
    for word in ("the", "of", "casa", "haus", "maison"):
        index.band(word, "en")
    assert len(index._words) <= 3
    assert index.band("the", "en") > 0
