"""Build the cognate-overuse table TQ305 reads (tqcheck/rules/tq3_calques/data/cognates.json).

Input: the Zipf-band word lists the project already ships (corpora/langid/*.txt.gz, built
from wordfreq by scripts/build_langid_lists.py): English words with Zipf >= 2.0, and words
of each source language that are clearly more frequent there than in English (bands from
Zipf 3.0). For every source-language word of Zipf >= MIN_SRC, each orthographic cognate
rule of its language (a suffix correspondence such as Spanish -idad / English -ity, French
-ique / -ic, Portuguese -ção / -tion, with accents dropped) gives the English form a
translation engine writes for it. The English form is kept when it is rare in English
news text (Zipf < MAX_EN, or absent from the English lists) but not one of the words
English keeps or a proper noun. The table maps each such English word to its twins:
``{"word": [[lang, twin, src_zipf_tenths, en_zipf_tenths], ...]}``.

No network, no wordfreq: the same lists give the same bytes.
Run:  python scripts/build_cognates.py   (tests/test_cognates.py checks the table is current)
"""
from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGID = ROOT / "corpora" / "langid"
OUT = ROOT / "tqcheck" / "rules" / "tq3_calques" / "data" / "cognates.json"

MIN_SRC = 30      # Zipf 3.0 (the lowest band listed) for English forms absent from the lists
MIN_SRC_RARE = 35 # Zipf 3.5 when the English form is a (rare) English word
MAX_EN = 30       # Zipf < 3.0 in English (the en-rare tier, or not listed at all)
COMMON = 30       # a spelling variant or inflection of the form this common in English: skip
# Rare English words (Zipf 2.0-2.5) are kept only for adjective suffixes, where the
# look-alike is the classic overuse (touristic, sportive, telephonic, educative); rare
# nouns (cassation, diminution, lucidity) are too often the right English word.
RARE_BAND = 20
RARE_SUFFIXES = ("ic", "ive", "ary", "ous")
# Rare adjectives that English news uses as they are.
NATIVE = {"esthetic", "interrogative", "antifascist", "anticorruption", "bicentenary", "britannic",
          "cinematographic"}
MIN_LEN = 7       # short forms collide with English words and names

# (source suffix, English suffix) per language; accents are dropped from the stem
# after the suffix is replaced. Ordered longest first within a language.
SUFFIXES: dict[str, list[tuple[str, str]]] = {
    "es": [("idades", "ities"), ("idad", "ity"), ("ciones", "tions"), ("ción", "tion"),
           ("siones", "sions"), ("sión", "sion"), ("osidad", "osity"), ("ísticos", "istic"),
           ("ístico", "istic"), ("ística", "istic"), ("icos", "ic"), ("icas", "ic"),
           ("ico", "ic"), ("ica", "ic"), ("osos", "ous"), ("osas", "ous"), ("oso", "ous"),
           ("osa", "ous"), ("ivos", "ive"), ("ivas", "ive"), ("ivo", "ive"), ("iva", "ive"),
           ("encias", "ences"), ("encia", "ence"), ("ancias", "ances"), ("ancia", "ance"),
           ("ismo", "ism"), ("istas", "ists"), ("ista", "ist"), ("arios", "aries"),
           ("ario", "ary"), ("aria", "ary"), ("orios", "ories"), ("orio", "ory"),
           ("oria", "ory"), ("uras", "ures"), ("ura", "ure"), ("mientos", "ments"),
           ("miento", "ment"), ("adores", "ators"), ("ador", "ator"), ("ificar", "ify"),
           ("izar", "ize"), ("ales", "als"), ("ía", "y"), ("ías", "ies")],
    "pt": [("idades", "ities"), ("idade", "ity"), ("ções", "tions"), ("ção", "tion"),
           ("sões", "sions"), ("são", "sion"), ("ísticos", "istic"), ("ístico", "istic"),
           ("ística", "istic"), ("icos", "ic"), ("icas", "ic"), ("ico", "ic"), ("ica", "ic"),
           ("osos", "ous"), ("osas", "ous"), ("oso", "ous"), ("osa", "ous"), ("ivos", "ive"),
           ("ivas", "ive"), ("ivo", "ive"), ("iva", "ive"), ("ências", "ences"),
           ("ência", "ence"), ("âncias", "ances"), ("ância", "ance"), ("ismo", "ism"),
           ("istas", "ists"), ("ista", "ist"), ("ários", "aries"), ("ário", "ary"),
           ("ária", "ary"), ("órios", "ories"), ("ório", "ory"), ("ória", "ory"),
           ("uras", "ures"), ("ura", "ure"), ("mentos", "ments"), ("mento", "ment"),
           ("adores", "ators"), ("ador", "ator"), ("izar", "ize"), ("ia", "y"), ("ias", "ies")],
    "it": [("ità", "ity"), ("zioni", "tions"), ("zione", "tion"), ("sioni", "sions"),
           ("sione", "sion"), ("istici", "istic"), ("istico", "istic"), ("istica", "istic"),
           ("ici", "ic"), ("iche", "ic"), ("ico", "ic"), ("ica", "ic"), ("osi", "ous"),
           ("ose", "ous"), ("oso", "ous"), ("osa", "ous"), ("ivi", "ive"), ("ive", "ive"),
           ("ivo", "ive"), ("iva", "ive"), ("enze", "ences"), ("enza", "ence"),
           ("anze", "ances"), ("anza", "ance"), ("ismo", "ism"), ("isti", "ists"),
           ("ista", "ist"), ("ari", "aries"), ("ario", "ary"), ("aria", "ary"),
           ("ori", "ories"), ("orio", "ory"), ("oria", "ory"), ("ure", "ures"), ("ura", "ure"),
           ("menti", "ments"), ("mento", "ment"), ("atori", "ators"), ("atore", "ator"),
           ("izzare", "ize"), ("ia", "y"), ("ie", "ies")],
    "fr": [("ités", "ities"), ("ité", "ity"), ("tions", "tions"), ("tion", "tion"),
           ("iques", "ic"), ("ique", "ic"), ("euses", "ous"), ("euse", "ous"), ("eux", "ous"),
           ("ives", "ive"), ("ifs", "ive"), ("ive", "ive"), ("if", "ive"), ("ismes", "isms"),
           ("isme", "ism"), ("istes", "ists"), ("iste", "ist"), ("aires", "aries"),
           ("aire", "ary"), ("oires", "ories"), ("oire", "ory"), ("ateurs", "ators"),
           ("ateur", "ator"), ("ies", "ies"), ("ie", "y"), ("ifier", "ify")],
    "de": [("itäten", "ities"), ("ität", "ity"), ("tionen", "tions"), ("tion", "tion"),
           ("ischen", "ic"), ("ische", "ic"), ("isches", "ic"), ("ischer", "ic"),
           ("isch", "ic"), ("ismus", "ism"), ("ierung", "ation"), ("ierungen", "ations"),
           ("iven", "ive"), ("ive", "ive"), ("iv", "ive"), ("ös", "ous"), ("öse", "ous"),
           ("ie", "y"), ("ien", "ies")],
}

# German spells with k and z what the English cognate spells with c: Aktualität, Spezifik.
def _german_spellings(stem: str) -> set[str]:
    out = {stem}
    for a, b in (("k", "c"), ("z", "c")):
        out |= {s.replace(a, b) for s in out}
    return out


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def read_bands(name: str) -> dict[str, int]:
    text = gzip.decompress((LANGID / f"{name}.txt.gz").read_bytes()).decode("utf-8")
    out: dict[str, int] = {}
    for line in text.splitlines():
        band, words = line.split("\t", 1)
        for w in words.split(" "):
            out[w] = int(band)
    return out


def _bv_spellings(stem: str) -> set[str]:
    """Spanish and Portuguese b/v where English has the other (movilizar, gobernar): each
    single swap."""
    out = {stem}
    for i, c in enumerate(stem):
        if c in "bv":
            out.add(stem[:i] + ("v" if c == "b" else "b") + stem[i + 1:])
    return out


def english_forms(lang: str, word: str) -> set[str]:
    forms = set()
    for src, en in SUFFIXES[lang]:
        if word.endswith(src) and len(word) - len(src) >= 3:
            stem = strip_accents(word[: -len(src)])
            stems = (_german_spellings(stem) if lang == "de" else
                     _bv_spellings(stem) if lang in ("es", "pt") else {stem})
            forms |= {s + en for s in stems}
            break   # the longest matching suffix only
    # the other spelling of -isation/-ization, which MT writes either way
    forms |= {f.replace("isation", "ization") for f in forms} | {f.replace("ization", "isation") for f in forms}
    return {f for f in forms if f.isascii() and f.isalpha() and len(f) >= MIN_LEN}


# British / American spellings: a form whose other spelling is common English is English.
_VARIANTS = (("isation", "ization"), ("ization", "isation"), ("ise", "ize"), ("ize", "ise"),
             ("our", "or"), ("tre", "ter"), ("ogue", "og"), ("aeo", "eo"), ("eo", "aeo"),
             ("sceptic", "skeptic"), ("ae", "e"))


def variants(form: str) -> set[str]:
    out = set()
    for a, b in _VARIANTS:
        if a in form:
            out.add(form.replace(a, b))
    # inflections: a plural or derived form of a common English word is English
    if form.endswith("ies"):
        out.add(form[:-3] + "y")
    if form.endswith("es"):
        out.add(form[:-2])
    if form.endswith("s"):
        out.add(form[:-1])
    if form.endswith("ic"):
        out |= {form + "al", form + "s"}
    if form.endswith("ical"):
        out.add(form[:-2])
    return out - {form}


def build() -> dict[str, list]:
    en = read_bands("en")
    en.update(read_bands("en-rare"))
    keeps = {l.strip() for l in (LANGID / "english_keeps.txt").read_text("utf-8").splitlines()
             if l.strip() and not l.startswith("#")}
    table: dict[str, list] = {}
    for lang in SUFFIXES:
        for word, band in sorted(read_bands(lang).items()):
            if band < MIN_SRC or not word.isalpha():
                continue
            for form in sorted(english_forms(lang, word)):
                en_band = en.get(form, 0)
                if en_band >= MAX_EN or form in keeps or form == word:
                    continue
                if en_band and (band < MIN_SRC_RARE or en_band > RARE_BAND
                                or not form.endswith(RARE_SUFFIXES) or form in NATIVE):
                    continue
                # a spelling variant or inflection of an English word is English: for a form
                # English lacks, any listed variant counts (agglomerations, evangelisation)
                if any(en.get(v, 0) >= (COMMON if en_band else 1) for v in variants(form)):
                    continue
                table.setdefault(form, []).append([lang, word, band, en_band])
    return dict(sorted(table.items()))


def render(table: dict[str, list]) -> str:
    lines = ",\n".join(f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                       for k, v in table.items())
    return "{\n" + lines + "\n}\n"


def main() -> int:
    text = render(build())
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text("utf-8") == text else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10)) - 2} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
