"""TQ417 article-before-designation: `the` before a numbered designation (`the article 5
of the treaty`) or before a news outlet's name in quotation marks (`told the “Tribune”`).

Examples: cases/TQ417.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import is_name_word

_DESIGNATIONS = frozenset({
    "article", "act", "chapter", "section", "paragraph", "clause", "round", "stage",
    "phase", "law", "decree", "resolution"})
_TOLD = frozenset({"told", "tells", "telling"})
# After `the article 5`: what shows the number closes the designation (no noun follows,
# as in `the stage 5 time trial`).
_CLOSES = frozenset({"of", ",", ".", ";", ":", ")", "and", "which", "that"})
_OPEN_Q = frozenset("“\"«")
_CLOSE_Q = frozenset("”\"»")
_AFTER_OUTLET = frozenset({"that", ",", ".", ";", ":", "on", "in", "about", "last", "this", "–", "—"})


def _numbered(text, toks, i):
    n = len(toks)
    if i < 1 or toks[i - 1].lower != "the" or i + 2 >= n or not toks[i].text.islower():
        return None
    num = toks[i + 1]
    if not (num.text.isdigit() and len(num.text) <= 4) or toks[i + 2].lower not in _CLOSES:
        return None
    word = toks[i].text
    fixed = f"{word[:1].upper()}{word[1:]} {num.text}"
    art = toks[i - 1]
    return Hit(art.start, num.end,
               f"Article before a numbered designation: English writes `{fixed}` "
               f"(`Article 5 of the treaty`).", suggestions=(fixed,), fix=fixed)


def _outlet(text, toks, i):
    n = len(toks)
    if i + 3 >= n or toks[i + 1].lower != "the" or toks[i + 2].text not in _OPEN_Q:
        return None
    j = i + 3
    while j < n and j - i <= 7 and toks[j].text not in _CLOSE_Q:
        if toks[j].kind != "word" or not (is_name_word(toks[j]) or toks[j].text.lower() in {"am", "de", "la", "of"}):
            return None
        j += 1
    if j == i + 3 or j >= n or toks[j].text not in _CLOSE_Q or not is_name_word(toks[i + 3]):
        return None
    if j + 1 < n and toks[j + 1].lower not in _AFTER_OUTLET:
        return None      # `told the “Today” programme`: a title in quotes, then its noun
    name = text[toks[i + 3].start:toks[j - 1].end]
    the = toks[i + 1]
    return Hit(the.start, toks[j].end,
               f"A news outlet is named without `the` and without quotation marks: `{name}` "
               f"(or `the {name} newspaper`).", suggestions=(name, f"the {name} newspaper"))


@rule(
    "TQ417", name="article-before-designation", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="`the` before a numbered designation (`the article 5 of`) or a quoted outlet (`told the “Tribune”`).",
    explanation="""Romance languages put the article before a numbered designation (`el
    artículo 5 de la ley`, `l'acte 9`), and machine translation keeps it: `the article 5
    of the law`. English writes the designation as a name, capitalised and without an
    article: `Article 5 of the law`, `Act 9`. Russian and German copy also sets a
    newspaper's name in quotation marks, which becomes `told the “Tribune” that...`;
    English news names the outlet bare (`told Tribune`, `told the Tribune newspaper`).
    A designation used as a modifier (`the stage 5 time trial`) and a quoted programme
    title followed by its noun (`the “Today” programme`) are left alone.""",
    fixable=True, triggers=_DESIGNATIONS | _TOLD,
    sources=("AP Stylebook: capitalize a noun followed by a figure (Article 5, Chapter 1)",
             "AP Stylebook: composition titles; newspaper names are not set in quotation marks"),
)
def article_before_designation(doc, ctx):
    text = doc.text
    for _si, toks, i in positions(doc, "TQ417"):
        hit = _outlet(text, toks, i) if toks[i].lower in _TOLD else _numbered(text, toks, i)
        if hit:
            yield hit
