"""Language identification for short spans inside English text.

Two kinds of evidence, both offline and loaded lazily, once per process:

* word frequencies: compact Zipf-band lists for English and the source languages
  (es, fr, pt, it, de), extracted once from wordfreq by
  ``scripts/build_langid_lists.py`` into ``corpora/langid/*.txt.gz``. A word's
  Zipf value tells how common it is in a language (7 = "the", 3 = once per
  million words, 0 = absent). This is what finds one- to three-word fragments,
  which character n-gram detectors cannot judge.
* langdetect (character n-grams), run only on candidate spans, with its own
  factory holding just the profiles we need and seeded so results repeat.

Non-Latin scripts are told apart by Unicode block (``script_of``).
"""
from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from importlib import resources

SOURCE_LANGS = ("es", "fr", "pt", "it", "de")
LANG_NAMES = {
    "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "ar": "Arabic", "fa": "Persian", "el": "Greek", "he": "Hebrew",
    "ca": "Catalan", "en": "English",
}

_DATA = "langid"


def _read_bands(name: str) -> dict[str, int]:
    raw = resources.files("tqcheck.corpora").joinpath(f"{_DATA}/{name}.txt.gz").read_bytes()
    out: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        band, words = line.split("\t", 1)
        out.update(dict.fromkeys(words.split(" "), int(band)))
    return out


@lru_cache(maxsize=None)
def english_words() -> dict[str, int]:
    """Common English words (Zipf >= 3.0), lower-cased -> Zipf band in tenths (30 .. 75).
    Enough to tell that a word is ordinary English; see ``en_zipf`` for rarer words."""
    return _read_bands("en")


@lru_cache(maxsize=None)
def english_rare_words() -> dict[str, int]:
    """English words with Zipf 2.0-3.0 (names, rare words), loaded on first need."""
    return _read_bands("en-rare")


@lru_cache(maxsize=None)
def source_words(lang: str) -> dict[str, int]:
    """Lower-cased word of ``lang`` -> Zipf band in tenths (only words English lacks, plus
    the language's 300 most frequent words)."""
    return _read_bands(lang)


def norm(word: str) -> str:
    """The key the word lists use: lower case, typographic apostrophe as `'`."""
    return word.lower().replace("’", "'")


def en_zipf(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when rarer than 2.0)."""
    w = norm(word)
    z = english_words().get(w)
    if z is None:
        z = english_rare_words().get(w, 0)
    return z / 10.0


def src_zipf(word: str) -> dict[str, float]:
    """Zipf frequency of ``word`` in each source language that knows it."""
    w = norm(word)
    out = {}
    for lang in SOURCE_LANGS:
        z = source_words(lang).get(w)
        if z:
            out[lang] = z / 10.0
    return out


# --- langdetect --------------------------------------------------------------------
_LD_PROFILES = ("en", *SOURCE_LANGS)


@lru_cache(maxsize=1)
def _factory():
    from langdetect.detector_factory import DetectorFactory, PROFILES_DIRECTORY

    factory = DetectorFactory()
    profiles = []
    for code in _LD_PROFILES:
        with open(f"{PROFILES_DIRECTORY}/{code}", encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory.load_json_profile(profiles)
    factory.set_seed(0)
    return factory


@lru_cache(maxsize=4096)
def detect_langs(text: str) -> tuple[tuple[str, float], ...]:
    """langdetect's language probabilities for ``text`` (seeded, restricted to English and
    the Romance/Germanic source languages). Empty when langdetect finds no features."""
    from langdetect.lang_detect_exception import LangDetectException

    try:
        det = _factory().create()
        det.append(text)
        return tuple((p.lang, round(p.prob, 3)) for p in det.get_probabilities())
    except LangDetectException:
        return ()


# --- scripts -----------------------------------------------------------------------
def script_of(ch: str) -> str | None:
    """The non-Latin script a letter belongs to (cyrillic, cjk, kana, hangul, arabic,
    greek, hebrew, other), or None for Latin letters and non-letters."""
    o = ord(ch)
    if o < 0x0370:
        return None
    if 0x0370 <= o <= 0x03FF or 0x1F00 <= o <= 0x1FFF:
        return "greek"
    if 0x0400 <= o <= 0x052F:
        return "cyrillic"
    if 0x0590 <= o <= 0x05FF:
        return "hebrew"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    if 0x3040 <= o <= 0x30FF:
        return "kana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF:
        return "cjk"
    if 0x1E00 <= o <= 0x1EFF:  # Latin Extended Additional (Vietnamese etc.)
        return None
    if unicodedata.category(ch).startswith("L"):
        return "other"
    return None


def script_language(scripts: set[str], text: str) -> str | None:
    """Best language code for a run of non-Latin text by its scripts."""
    if "kana" in scripts:
        return "ja"
    if "hangul" in scripts:
        return "ko"
    if "cjk" in scripts:
        return "zh"
    if "cyrillic" in scripts:
        if any(c in text for c in "іїєґІЇЄҐ"):
            return "uk"
        return "ru"
    if "arabic" in scripts:
        return "fa" if any(c in text for c in "پچژگ") else "ar"
    if "greek" in scripts:
        return "el"
    if "hebrew" in scripts:
        return "he"
    return None
