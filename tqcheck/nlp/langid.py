"""Language identification for short spans inside English text.

Two kinds of evidence, both offline and loaded lazily, once per process:

* word frequencies: compact Zipf-band lists for English and the source languages
  (es, fr, pt, it, de), extracted once from wordfreq by
  ``scripts/build_langid_lists.py`` into ``corpora/langid/*.txt.gz`` and indexed by
  word hash into ``corpora/langid/index.tsv`` (``build_index``), which is what
  is read: only the lines of words actually looked up are parsed. A word's
  Zipf value tells how common it is in a language (7 = "the", 3 = once per
  million words, 0 = absent). This is what finds one- to three-word fragments,
  which character n-gram detectors cannot judge.
* langdetect (character n-grams), run only on candidate spans, with its own
  factory holding just the profiles we need and seeded so results repeat.

Non-Latin scripts are told apart by Unicode block (``script_of``).
"""
from __future__ import annotations

import unicodedata
import zlib
from functools import lru_cache

from ..packagedata import package_file
from .text import LETTERS

SOURCE_LANGS = ("es", "fr", "pt", "it", "de")
LANG_NAMES = {
    "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "ar": "Arabic", "fa": "Persian", "el": "Greek", "he": "Hebrew",
    "ca": "Catalan", "en": "English",
}

_DATA = "langid"
# The Zipf-band lists ``scripts/build_langid_lists.py`` extracts from wordfreq (the
# source), and the index built from them that the checker reads (see ``build_index``).
BAND_LISTS = ("en", "en-rare", *SOURCE_LANGS)
INDEX = f"{_DATA}/index.tsv"
_BUCKETS = 1 << 14


def bucket_of(word: str) -> int:
    """The index line holding ``word`` (normalised): a stable hash (CRC-32 of its UTF-8
    bytes; a lone surrogate in checked text is encoded as is), so about eleven words
    share a line whatever their spelling."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) % _BUCKETS


_OFFSET_DIGITS = 6  # hexadecimal digits per line offset in the index's first line


def build_index(band_lists: dict[str, str]) -> str:
    """The word-list index from the Zipf-band lists (name -> text of ``band<TAB>word
    word ...`` lines; ``en`` and ``en-rare`` both become ``en``).

    After a first line of offsets, line ``i`` holds the words whose ``bucket_of`` is
    ``i``, one record per language and band: ``en30 word word<TAB>es45 word``. The
    first line gives, in fixed-width hexadecimal, the byte offset (UTF-8, from the end
    of the first line) where each bucket line starts, and the end of the last. A lookup
    finds and parses only its word's line, so a process pays for the few thousand
    words its documents hold, not for the 180,000 of the lists, and nothing is split
    up front."""
    buckets: list[dict[tuple[str, int], list[str]]] = [{} for _ in range(_BUCKETS)]
    seen: set[tuple[str, str]] = set()
    for name, text in band_lists.items():
        lang = "en" if name.startswith("en") else name
        for line in text.splitlines():
            band, words = line.split("\t", 1)
            for w in words.split(" "):
                if (lang, w) in seen:
                    raise ValueError(f"{w!r} is listed twice for {lang}")
                seen.add((lang, w))
                buckets[bucket_of(w)].setdefault((lang, int(band)), []).append(w)
    lines = ["\t".join(f"{lang}{band} {' '.join(sorted(ws))}" for (lang, band), ws in sorted(b.items())) + "\n"
             for b in buckets]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    if offsets[-1] >= 16 ** _OFFSET_DIGITS:
        raise ValueError("index too large for its offset width")
    return "".join(f"{o:0{_OFFSET_DIGITS}x}" for o in offsets) + "\n" + "".join(lines)


def read_band_list(name: str) -> str:
    """The text of one Zipf-band list (``corpora/langid/<name>.txt.gz``)."""
    import gzip  # only the list builder and its tests read the .gz lists: keep import cheap

    raw = package_file("tqcheck.corpora", f"{_DATA}/{name}.txt.gz").read_bytes()
    return gzip.decompress(raw).decode("utf-8")


def read_index() -> bytes:
    """The shipped word-list index (UTF-8). Stored uncompressed: inflating its 2 MB
    cost more than everything else the first lookup does."""
    return package_file("tqcheck.corpora", INDEX).read_bytes()


# Words whose bands are kept once looked up (each a small dict); emptied when full.
MAX_KEPT_WORDS = 100_000


class _WordIndex:
    """Zipf bands (in tenths) of words in English and the source languages, read from
    the index bytes (see ``build_index``): a word's bucket line is found through the
    offsets, and only the records holding the word are read, the first time the word
    is looked up (a line holds about eleven words of which a check asks for one)."""

    def __init__(self, data: bytes):
        self._data = data
        self._body = (_BUCKETS + 1) * _OFFSET_DIGITS + 1  # where the bucket lines start
        self._words: dict[str, dict[str, int]] = {}

    def _bands(self, word: str) -> dict[str, int]:
        """``word``'s band per language listing it. As when a line is read whole into
        per-language dicts, a later record of the same language wins."""
        try:
            return self._words[word]
        except KeyError:
            pass
        line = self._line(bucket_of(word))
        bands: dict[str, int] = {}
        if word in line:                      # a listed word is a substring of its line
            for record in line.split("\t"):
                head, *words = record.split(" ")
                if word in words:
                    bands[head[:2]] = int(head[2:])
        if len(self._words) >= MAX_KEPT_WORDS:
            self._words.clear()
        self._words[word] = bands
        return bands

    def _line(self, i: int) -> str:
        """Bucket line ``i`` without its line break."""
        data, n = self._data, _OFFSET_DIGITS
        start = int(data[i * n:(i + 1) * n], 16)
        end = int(data[(i + 1) * n:(i + 2) * n], 16)
        return data[self._body + start:self._body + end - 1].decode("utf-8")

    def band(self, word: str, lang: str) -> int:
        """Zipf band of the normalised ``word`` in ``lang``, 0 when not listed."""
        return self._bands(word).get(lang, 0)

    def source_bands(self, word: str) -> dict[str, int]:
        """Zipf bands of the normalised ``word`` in the source languages listing it."""
        bands = self._bands(word)
        out = {}
        for lang in SOURCE_LANGS:
            z = bands.get(lang)
            if z:
                out[lang] = z
        return out


@lru_cache(maxsize=1)
def _index() -> _WordIndex:
    return _WordIndex(read_index())


def norm(word: str) -> str:
    """The key the word lists use: lower case, typographic apostrophe as `'`."""
    return word.lower().replace("’", "'")


def en_zipf(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when rarer than 2.0)."""
    return _index().band(norm(word), "en") / 10.0


def src_zipf(word: str) -> dict[str, float]:
    """Zipf frequency of ``word`` in each source language that lists it (the words
    English lacks, plus each language's 300 most frequent words)."""
    return {lang: z / 10.0 for lang, z in _index().source_bands(norm(word)).items()}




def guess_source_lang(text: str) -> str:
    """The source language (es, fr, pt, it, de) ``text`` is written in: the one whose word
    list gives its words (in the first 20,000 characters) the highest total Zipf frequency;
    es when no word tells."""
    index = _index()
    scores = dict.fromkeys(SOURCE_LANGS, 0)
    for w in LETTERS.findall(text, 0, 20000):
        for lang, z in index.source_bands(norm(w)).items():
            scores[lang] += z
    return max(SOURCE_LANGS, key=lambda k: (scores[k], k == "es"))


# --- langdetect --------------------------------------------------------------------
_LD_PROFILES = ("en", *SOURCE_LANGS)


@lru_cache(maxsize=1)
def _factory():
    from .gcpause import paused

    with paused():
        return _load_factory()


def _load_factory():
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    texts = profile_texts()
    shipped = read_profile_map(texts)
    if shipped is None:  # another langdetect's profiles: decode them
        import json

        shipped = profile_map([json.loads(t) for t in texts])
    factory.langlist, factory.word_lang_prob_map = shipped
    factory.set_seed(0)
    return factory


# The n-gram map of the profiles above, precomputed (scripts/build_langdetect_map.py):
# the n-grams tab-separated in the map's order and their rows as base-64 doubles, with
# the size and CRC-32 of each profile file it was made from. Decoding six profiles'
# JSON and dividing every count took ~50 M instructions; this takes a few.
PROFILE_MAP_FILE = "data/langdetect_map.json"


def profile_texts() -> list[bytes]:
    """langdetect's profile files of ``_LD_PROFILES``, in that order."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    out = []
    for code in _LD_PROFILES:
        with open(f"{PROFILES_DIRECTORY}/{code}", "rb") as fh:
            out.append(fh.read())
    return out


def _sources(texts: list[bytes]) -> list[list]:
    return [[code, len(t), zlib.crc32(t)] for code, t in zip(_LD_PROFILES, texts)]


def profile_map_text(texts: list[bytes]) -> str:
    """The shipped map's file for the given profile files."""
    import base64
    import json
    from array import array

    langs, table = profile_map([json.loads(t) for t in texts])
    if any("\t" in w for w in table):
        raise ValueError("an n-gram with a tab")
    probs = array("d", [p for row in table.values() for p in row])
    return json.dumps({"format": 1, "sources": _sources(texts), "langs": langs,
                       "words": "\t".join(table),
                       "probs": base64.b64encode(probs.tobytes()).decode("ascii")},
                      ensure_ascii=False, separators=(",", ":")) + "\n"


def read_profile_map(texts: list[bytes]) -> tuple[list[str], dict[str, list[float]]] | None:
    """The shipped map (``profile_map``'s answer) when it was made from ``texts``, else None."""
    import json
    from array import array
    from binascii import a2b_base64

    try:
        raw = package_file("tqcheck.nlp", PROFILE_MAP_FILE).read_text("utf-8")
    except OSError:
        return None
    record = json.loads(raw)
    if record.get("format") != 1 or record.get("sources") != _sources(texts):
        return None
    langs = record["langs"]
    probs = array("d")
    probs.frombytes(a2b_base64(record["probs"]))
    values = probs.tolist()
    words = record["words"].split("\t") if record["words"] else []
    size = len(langs)
    if len(words) * size != len(values):
        return None
    return langs, {w: values[i:i + size] for w, i in zip(words, range(0, len(values), size))}


def profile_map(profiles: list[dict]) -> tuple[list[str], dict[str, list[float]]]:
    """``DetectorFactory.load_json_profile``'s language list and n-gram probability map for
    the given decoded profiles (the same floats, in one loop per language, without its
    ``LangProfile`` copies: about half the load time)."""
    langs: list[str] = []
    table: dict[str, list[float]] = {}
    size = len(profiles)
    if size < 2:
        raise ValueError("need more than 2 profiles")
    for index, profile in enumerate(profiles):
        name, n_words = profile["name"], profile["n_words"]
        if name in langs:
            raise ValueError(f"duplicate profile {name}")
        langs.append(name)
        get = table.get
        for word, count in profile["freq"].items():
            row = get(word)
            if row is None:
                row = table[word] = [0.0] * size
            length = len(word)
            if 1 <= length <= 3:
                row[index] = 1.0 * count / n_words[length - 1]
    return langs, table


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
