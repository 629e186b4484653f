"""TQ416 lowercase-name: a courtesy title or a party name left in lower case by the
translation (`met mr. Ortega`, `Ivanov (liberal democratic party)`).

Examples: cases/TQ416.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import is_name_word
from .vocabulary import CAP_FUNCTION_WORDS

_HONORIFICS = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "dr": "Dr"}
# Words that a native writer keeps in lower case before `party` in an aside
# (`Ana Ruiz (ruling party)`): they describe a party, they do not name one.
_DESCRIPTIVE = frozenset({
    "a", "an", "the", "his", "her", "their", "its", "our", "same", "other", "another",
    "ruling", "governing", "opposition", "main", "largest", "smaller", "small", "third",
    "minor", "junior", "senior", "coalition", "former", "new", "one", "no", "political",
    "each", "either", "that", "this"})


def _honorific(text, toks, i):
    tok = toks[i]
    n = len(toks)
    if tok.text not in _HONORIFICS or i + 2 >= n or toks[i + 1].text != "." \
            or toks[i + 1].start != tok.end or toks[i + 2].start != toks[i + 1].end + 1:
        return None
    if tok.start > 0 and not text[tok.start - 1] in " “\"‘(":
        return None      # `www.mr.example`, `@mr.`
    if i > 0 and (toks[i - 1].kind == "number" or toks[i - 1].text[:1].isdigit()):
        return None      # `took 40 ms. The cache`: a unit
    nxt = toks[i + 2]
    if nxt.kind != "word" or not nxt.text[:1].isupper():
        return None
    fixed = _HONORIFICS[tok.text]
    safe = is_name_word(nxt) and nxt.text not in CAP_FUNCTION_WORDS
    return Hit(tok.start, toks[i + 1].end,
               f"Courtesy title in lower case: write `{fixed}.`"
               + ("" if safe else " (or drop it: no name follows)."),
               suggestions=(fixed + ".",), fix=fixed + "." if safe else None)


def _party(text, toks, i):
    n = len(toks)
    if toks[i].text != "party" or i + 1 >= n or toks[i + 1].text != ")":
        return None
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].kind == "word" and toks[j].text.isalpha() \
            and toks[j].text.islower() and toks[j].text not in _DESCRIPTIVE:
        j -= 1
    if i - j < 3 or j < 1 or toks[j].text != "(" or not is_name_word(toks[j - 1]):
        return None      # two words or more before `party`, in brackets after a name
    words = toks[j + 1:i + 1]
    fixed = " ".join(w.text[:1].upper() + w.text[1:] for w in words)
    return Hit(words[0].start, words[-1].end,
               f"Party name in lower case: write `{fixed}`.", suggestions=(fixed,), fix=fixed)


@rule(
    "TQ416", name="lowercase-name", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A courtesy title or a party name in lower case (`met mr. Ortega`, `(liberal democratic party)`).",
    explanation="""Sources that write courtesy titles and party names in lower case
    (Spanish `sr.`, Russian `либерально-демократическая партия`) leave them so in the
    translation: `met mr. Ortega`, `Sergio Ivanov (liberal democratic party)`. English
    capitalises a courtesy title before a name (`Mr. Ortega`) and the words of a party's
    name (`Liberal Democratic Party`). A description in brackets (`(ruling party)`,
    `(opposition party)`) stays in lower case.""",
    fixable=True, triggers=tuple(_HONORIFICS) + ("party",),
    sources=("MQM issue types (2015): Fluency > Spelling > Capitalization",
             "AP Stylebook: courtesy titles; political parties"),
)
def lowercase_name(doc, ctx):
    text = doc.text
    for _si, toks, i in positions(doc, "TQ416"):
        hit = _honorific(text, toks, i) if toks[i].lower in _HONORIFICS else _party(text, toks, i)
        if hit:
            yield hit
