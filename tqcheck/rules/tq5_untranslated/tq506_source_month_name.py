"""TQ506 source-month-name: a month left in the source language next to a day or a year
(`12 de febrero`, `27 fevralya`, `3 juillet`, `marzo de 2023`).

Examples: cases/TQ506.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ...findings import Category, Hit, Severity
from ..registry import rule

_EN = ("January February March April May June July August September October November"
       " December").split()
# Per language, the twelve months in order ("-" where the word is English too, or is a
# common name or word that a day number could precede).
_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar|jänner februar märz - - juni juli - - oktober - dezember",
    # Russian genitive forms as transliteration leaves them (`27 fevralya`).
    "ru": "yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya",
}


@lru_cache(maxsize=1)
def month_table() -> dict[str, tuple[str, str]]:
    """Source month word (lower case) -> (English month, language)."""
    out: dict[str, tuple[str, str]] = {}
    for lang, row in _MONTHS.items():
        for en, forms in zip(_EN, row.split()):
            for w in forms.split("|"):
                if w != "-":
                    out.setdefault(w, (en, lang))
    return out


@lru_cache(maxsize=1)
def _date_re() -> re.Pattern:
    day = r"(?<![\d.,/])(?:[1-9]|[12]\d|3[01])(?:er|º|°|o)?"
    return re.compile(
        # 12 de febrero, 3 juillet, 27 fevralya (any case after a bare day number;
        # lower case after `de`, since `5 de Mayo` is also a street and a holiday)
        rf"{day}[ \t\u00a0]+(?:(?P<de>(?:de|del|di)[ \t\u00a0]+)(?P<m1>(?-i:[a-zäéçûô][a-zäéçûô]*))"
        rf"|(?P<m2>[A-Za-zäÄéÉçÇûÛôÔ]+))(?![\w-])"
        # febrero de 2023, febrero 12 (lower case only)
        rf"|(?<![\w-])(?P<m3>(?-i:[a-zäéçûô]+))[ \t\u00a0]+(?:de[ \t\u00a0]+)?(?:1[89]|20)\d\d(?!\d)"
        , re.IGNORECASE)


_TRIGGERS = frozenset(month_table())
# Capitalised, these are also names or words (`3 Mars rovers`, `Marta`, `Mayo`).
_NAMES = frozenset("mars mai marta maya mayo julio abril".split())


@rule(
    "TQ506", name="source-month-name", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="A month left in the source language next to a day or year (`12 de febrero`, `27 fevralya`).",
    explanation="""Machine translation sometimes keeps the month of a date in the source
    language, or in a transliteration of it (`on 12 de febrero`, `27 fevralya`, `3 juillet`,
    `marzo de 2023`). A Spanish, Portuguese, Italian, French, German or transliterated
    Russian month name is flagged only next to a day number or a year, so names and words
    spelled alike (`Julio`, `Marta`, `Mars`, `Mayo`) stay quiet elsewhere; after `de` the
    month must be in lower case (`5 de Mayo` is a street and a holiday).""",
    sources=("AP Stylebook: months; MQM typology: Accuracy > Untranslated",),
    triggers=_TRIGGERS,
    fixable=True,
)
def source_month_name(doc, ctx):
    from ..triggers import positions

    if not positions(doc, "TQ506"):
        return
    table = month_table()
    text = doc.text
    for m in _date_re().finditer(text):
        name = next(g for g in ("m1", "m2", "m3") if m.group(g))
        word = m.group(name)
        entry = table.get(word.lower())
        if entry is None:
            continue
        en, lang = entry
        if name == "m2" and word[:1].isupper() and word.lower() in _NAMES:
            continue
        start = m.start("de") if name == "m1" else m.start(name)
        end = m.end(name)
        yield Hit(start, end, f"Month left in the source language: `{text[start:end]}` is {en}.",
                  suggestions=(en,), fix=en, source_lang=None if lang == "ru" else lang)
