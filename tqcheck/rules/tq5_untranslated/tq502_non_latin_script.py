"""TQ502 non-latin-script: Cyrillic, CJK, Arabic, Hebrew or Greek text in English copy.

Examples: cases/TQ502.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ...findings import Category, Hit, Severity
from ...nlp import langid
from ..registry import rule

_NL = (r"\u0370-\u03FF\u1F00-\u1FFF\u0400-\u052F\u0590-\u05FF\u0600-\u06FF\u0750-\u077F"
       r"\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF")


@lru_cache(maxsize=1)
def _nonlatin_re() -> re.Pattern:
    """A run of those scripts. Compiled on first use (~5 ms: the script ranges make a
    large character set), only for an article that has one of their characters."""
    return re.compile(rf"[{_NL}]+(?:[\s\u3000-\u303F\uFF00-\uFF65,.;:!?'\"«»“”\-]+[{_NL}]+)*")


# One character of those scripts: a search for it is twice as fast as for a run (most
# articles have none), and a run starts at the first one. Compiled on first use too, and
# not at all for a text whose characters are all below U+0370 (where the ranges start).
_NL_FIRST = "\u0370"
_FROM_NL_FIRST = re.compile(f"[{_NL_FIRST}-\U0010ffff]")
_OPENERS = "“\"«「『‘'(（"
_CLOSERS = "”\"»」』’')）"
_LATIN_NAME = r"[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)*$"     # compiled on first use (re's cache)


def _transliterated(text: str, s: int, e: int) -> bool:
    """A quoted/parenthesised run next to a Latin-script name: `Pravda («Правда»)`,
    `“Правда” (Pravda)`, `Xi Jinping (习近平)`."""
    i = s
    while i > 0 and text[i - 1] in " " + _OPENERS:
        i -= 1
    j = e
    while j < len(text) and text[j] in " " + _CLOSERS:
        j += 1
    opened = any(c in _OPENERS for c in text[i:s])
    closed = any(c in _CLOSERS for c in text[e:j])
    if not (opened and closed):
        return False
    before = text[max(0, i - 60):i].rstrip(" ,:")
    if re.search(_LATIN_NAME, before):
        return True
    after = text[j:j + 60].lstrip(" ,(“\"«")
    return bool(re.match(r"(?:or |i\.e\. )?[A-Z][^\W\d_]+", after))


@rule(
    "TQ502", name="non-latin-script", category=Category.UNTRANSLATED, severity=Severity.ERROR,
    summary="Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew or Greek text in English copy.",
    explanation="""A run of non-Latin script inside English prose is text the pipeline did
    not translate: a Russian headline left above its translation, Chinese characters in
    the body. It is reported as untranslated (MQM non-translation) unless it is a quoted
    or parenthesised name given with its transliteration (`the newspaper Pravda
    («Правда»)`, `Xi Jinping (习近平)`). Single Greek letters used as symbols (π, α, Δ)
    are fine.""",
    sources=["MQM typology: Accuracy > Untranslated (themqm.org)"],
)
def non_latin_script(doc, ctx):
    text = doc.text
    # all characters below U+0370: ASCII (known without a scan) or no match of
    # _FROM_NL_FIRST (a C-level scan; max(text) took ~50 µs per article)
    if text.isascii() or _FROM_NL_FIRST.search(text) is None:
        return
    first = re.search(f"[{_NL}]", text)
    if first is None:
        return
    for m in _nonlatin_re().finditer(text, first.start()):
        s, e = m.span()
        run = m.group()
        letter_scripts = [sc for c in run if (sc := langid.script_of(c))]
        scripts = set(letter_scripts)
        if scripts == {"greek"} and len(letter_scripts) <= 2:
            continue
        if _transliterated(text, s, e):
            continue
        lang = langid.script_language(scripts, run)
        name = langid.LANG_NAMES.get(lang, "Foreign") if lang else "Foreign"
        script = "/".join(sorted(scripts))
        yield Hit(s, e, f"{name} text `{run}` left untranslated ({script} script in English copy).",
                  suggestions=("(translate)",), source_lang=lang)

