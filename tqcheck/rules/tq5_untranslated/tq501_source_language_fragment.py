"""TQ501 source-language-fragment: source-language words or a whole passage left
untranslated in English copy. The pass is ``fragments.fragments``; word evidence in
``classify``.

Examples: cases/TQ501.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import langid
from ..registry import rule
from .data import english_for
from .fragments import fragments

@rule(
    "TQ501", name="source-language-fragment", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="Source-language words or a whole passage left untranslated in English copy.",
    explanation="""Machine translation leaves words it did not know, or whole sentences it
    skipped, in the source language (`If the bank sube the rates`, `vecinos y vecinas,
    neighbours`, `Dann they left`, `the phone d'Oppo`). A word is flagged when it is common
    in Spanish, French, Portuguese, Italian or German and rare in English (word-frequency
    lists); function words join neighbouring flagged words into one span, langdetect
    decides the language of spans and whole sentences. Also: a source article opening a
    sentence before an English word (`Las strikes`), a capitalised Romance common noun
    between an English determiner and an English word (`a Gobierno without`), and verb
    forms with endings only a source language has (`cantaban`), and rarer source words
    English has not at all (`damnificados`, five letters or more, lower case). Names (capitalised
    words), loanwords English keeps (`fiesta`, `coup d'état`, `Realpolitik`, regional-news
    terms such as `mañanera`, currency names such as `reais`), party names (`Frente de
    Todos`), short quotations, titles, italics and glossed terms (`..., or mañanera,`,
    `known as`, `so-called`, a gloss in parentheses; once glossed, in the whole text) stay
    quiet. One to three words are a minor error; a passage of four or more words is a
    major one (MQM non-translation).""",
    sources=["MQM typology: Accuracy > Untranslated (themqm.org)"],
)
def source_language_fragment(doc, ctx):
    for start, end, lang, n, passage in fragments(doc, ctx):
        name = langid.LANG_NAMES.get(lang, lang)
        span = doc.text[start:end]
        english = english_for(lang, span) if n <= 3 else None
        what = "passage" if passage else ("word" if n == 1 else "fragment")
        msg = f"{name} {what} `{span}` left untranslated"
        msg += f" (English: '{english}')." if english else "."
        yield Hit(start, end, msg, suggestions=(english,) if english else ("(translate)",),
                  source_lang=lang, severity=Severity.ERROR if passage else None)

