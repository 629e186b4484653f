"""TQ503 translation-boilerplate: web boilerplate of the source site left in the copy.
Phrases and matching in ``boilerplate``.

Examples: cases/TQ503.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import langid
from ..registry import rule
from .boilerplate import boilerplate_spans

@rule(
    "TQ503", name="translation-boilerplate", category=Category.UNTRANSLATED, severity=Severity.ERROR,
    summary="Web boilerplate of the source site left in the copy (`Lea también:`, `Leia mais`).",
    explanation="""Stories scraped from a news site carry its page furniture: related-link
    labels (`Lea también:`, `Leia mais`, `Lire aussi`, `Leggi anche`, `Auch interessant`),
    share buttons (`Comparte esta noticia`) and advertising labels. Translation engines
    often leave them in the source language, or translate them (`Read also:`, `Keep
    reading`), which leaves them just as out of place. Remove them with the link they
    introduce. The phrases live in `corpora/boilerplate.toml` with their language and
    English; English labels count only where they open a line before a colon or a title.
    Shortcodes (`[ad_1]`), newsletter and follow prompts alone on a line, and translation
    credits (`Translated from Spanish:`) are found by their shape.""",
    sources=["MQM typology: Accuracy > Untranslated; Accuracy > Addition (themqm.org)"],
)
def translation_boilerplate(doc, ctx):
    for s, e, lang, english in boilerplate_spans(doc):
        span = doc.text[s:e]
        if lang == "en":  # furniture in English: no evidence of a source language
            yield Hit(s, e, f"Web boilerplate `{span}` of the source site left in the copy.",
                      suggestions=("(remove)",))
            continue
        name = langid.LANG_NAMES.get(lang, lang)
        yield Hit(s, e, f"{name} web boilerplate `{span}` left by translation (English: '{english}').",
                  suggestions=("(remove)", english), source_lang=lang)

