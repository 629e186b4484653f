"""TQ127 full-width-punctuation: Full-width (CJK) punctuation `，。：（）` in English copy.

Examples: cases/TQ127.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import matches

_FULLWIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}


@rule(
    "TQ127", name="full-width-punctuation", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Full-width (CJK) punctuation `，。：（）` in English copy.",
    explanation="""Translations from Chinese or Japanese keep full-width commas, stops and
    brackets, which set wide and look broken in English text. Inside CJK text they are fine.""",
    fixable=True,
    sources=('Unicode UAX #11, East Asian Width: full-width forms', 'MQM: Locale convention'),
)
def full_width_punctuation(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "fw"):
        s, e = m.span()
        if any(_is_cjk(text[j]) for j in (s - 1, s + 1) if 0 <= j < len(text)):
            continue
        rep = _FULLWIDTH[text[s]]
        if rep in ",.:;!?)" and e < len(text) and not text[e].isspace() and text[e] not in "”\"’).,;:!?":
            rep += " "
        elif rep == "(" and s > 0 and not text[s - 1].isspace():
            rep = " " + rep
        yield Hit(s, e, f"Full-width `{text[s]}` in English copy.", suggestions=(show_fix(text, s, e, rep),), fix=rep)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"
