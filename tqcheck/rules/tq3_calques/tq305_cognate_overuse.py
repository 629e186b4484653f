"""TQ305 cognate-overuse: an English word that is rare in English news but whose
source-language twin is common in source-language news (`efficacity`, `scolarity`,
`touristic` in a routine story).

The table (data/cognates.json) is built by scripts/build_cognates.py from the word
frequencies the project ships (corpora/langid) and suffix correspondences per language
(-idad/-ity, -ção/-tion, -ique/-ic, -ità/-ity, -ität/-ity...). At run time each of its
words is a trigger: one set lookup per token, nothing else.

Confidence: a form absent from the English lists (rarer than Zipf 2.0) whose twin is
common (Zipf >= 3.5) is 0.8; with a less common twin 0.6; a rare English adjective (Zipf
2.0-2.5: `touristic`, `sportive`) is 0.4 and is weak: it is kept only when the document
reads as translated from a language where its twin is common. Examples: cases/TQ305.toml."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from ...findings import Category, Hit, Severity
from ...packagedata import package_file
from ..registry import rule
from ..triggers import positions

_LANGS = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian", "de": "German"}
WARN_AT = 1.0   # confidence at or above which a finding is a warning (none today: see report)


@lru_cache(maxsize=1)
def _raw() -> str:
    return package_file(__package__, "data/cognates.json").read_text("utf-8")


@lru_cache(maxsize=1)
def table() -> dict[str, list]:
    """The whole table, decoded on first use (a document holding one of its words)."""
    return json.loads(_raw())


# scripts/build_cognates.py writes one `"word": [twins]` per line (after the `{` line): the
# line break is part of the pattern, not `^` with re.M, so the search jumps from one `\n"`
# to the next instead of trying every position (~16 M instructions fewer at import).
_KEY_RE = re.compile(r'\n"([^"\\\n]*)": \[')


def words() -> list[str]:
    """The table's words, for the trigger index at import: read off the start of each
    line (decoding the whole table cost ~40 M instructions per process). Any line this
    does not read (an escaped key) falls back to decoding the table."""
    raw = _raw()
    keys = _KEY_RE.findall(raw)
    if len(keys) != raw.count("\n") - 2:   # lines between `{` and `}`
        return list(table())
    return keys


def confidence(twins: list) -> float:
    """0.8 / 0.6 for forms English lacks (twin Zipf >= 3.5 / below), 0.4 for rare English."""
    if any(t[3] for t in twins):
        return 0.4
    return 0.8 if max(t[2] for t in twins) >= 35 else 0.6


def _capitalised(toks, k: int) -> bool:
    """Capitalised tokens are skipped, at the start of a sentence too: names and words
    made from names (`Peronism`) are spelt that way in English."""
    return toks[k].text[:1].isupper()


def _message(word: str, twins: list, conf: float) -> str:
    shown = "; ".join(f"{_LANGS[lang]} `{twin}` (Zipf {band / 10:.1f})" for lang, twin, band, _ in twins[:3])
    rarity = ("not among the English words of Zipf 2.0 or more" if not twins[0][3]
              else f"Zipf {twins[0][3] / 10:.1f} in English")
    return (f"Cognate overuse: `{word}` is rare in English news ({rarity}), but its twin is common "
            f"in source-language news: {shown}. Use the everyday English word. (Confidence {conf:.1f}.)")


@rule(
    "TQ305", name="cognate-overuse", guess_aware=True, category=Category.CALQUE, severity=Severity.INFO,
    summary="A rare English word whose source-language twin is common (`efficacity`, `touristic`).",
    explanation="""Translation engines render a common Spanish, French, Portuguese, Italian or
    German word by its English look-alike even when English news would never use it:
    `efficacité` becomes `efficacity`, `scolarité` `scolarity`, `touristique` `touristic`. The
    rule knows the look-alikes from word frequencies: the English form is absent from the
    English word lists (Zipf below 2.0) or is a rare adjective (Zipf 2.0-2.5), its twin is
    common in the source language (Zipf 3.0 or more), and the two correspond by a regular
    suffix (-idad/-ity, -ção/-tion, -ique/-ic). Forms English lacks are reported at
    confidence 0.6-0.8; rare adjectives (0.4) only when the text reads as translated from
    the twin's language. Capitalised words (names) are skipped. Findings are `info`: the
    rule points at a word to rephrase, it does not know the right one.""",
    triggers=words(),
    sources=("MQM error typology: Fluency > Unidiomatic / Accuracy > Mistranslation (overly literal)",
             "Toury (1995), Descriptive Translation Studies and Beyond: the law of interference"),
)
def cognate_overuse(doc, ctx):
    found = positions(doc, "TQ305")
    if not found:
        return
    cognates = table()
    given = ctx.source_lang
    for _si, toks, k in found:
        tok = toks[k]
        if _capitalised(toks, k):
            continue
        twins = cognates.get(tok.text.lower())
        if not twins:
            continue
        conf = confidence(twins)
        severity = Severity.WARNING if conf >= WARN_AT else Severity.INFO
        if conf >= 0.6:
            langs = {t[0] for t in twins}
            yield Hit(tok.start, tok.end, _message(tok.text, twins, conf),
                      source_lang=next(iter(langs)) if len(langs) == 1 else None, severity=severity)
            continue
        for lang in dict.fromkeys(t[0] for t in twins):
            if given and lang != given:
                continue
            mine = [t for t in twins if t[0] == lang]
            yield Hit(tok.start, tok.end, _message(tok.text, mine, conf) +
                      f" (Reported because the text reads as translated from {_LANGS[lang]}.)",
                      source_lang=lang, weak=True, severity=severity)
