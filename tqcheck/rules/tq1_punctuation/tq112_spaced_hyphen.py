"""TQ112 spaced-hyphen: A spaced hyphen or a double hyphen used as a dash between words.

Examples: cases/TQ112.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import after_dateline, house_dash, show_fix
from .dashes import hyphen_pairs
from .scan import matches

_CREDIT_RE = re.compile(r"(?:[A-Z][\w.&'’-]*|[a-z]+\.(?:com|cn|net|org))(?:[ \t]+[\w.&'’-]+){0,9}\.?[ \t]*(?:\n|$)")


@rule(
    "TQ112", name="spaced-hyphen", category=Category.PUNCTUATION, severity=Severity.INFO,
    summary="A spaced hyphen or a double hyphen used as a dash between words.",
    explanation="""` - ` and `--` are typewriter substitutes for a dash. They are also the
    house style of wire services and of many newsrooms' systems (`LONDON (Reuters) - `,
    `(Bloomberg) -- `), so on its own a spaced hyphen says nothing about translation: it is
    reported at info severity, to be fixed only where the house wants real dashes, and a
    dateline's separator is not reported at all. The fix writes the house dash (closed-up
    em dash or spaced en dash). Number ranges (`10 - 20`), list bullets, headlines and a web
    title's source credit (`Headline - China News Network`) are left alone. A hyphen glued
    between the text and a source credit (`hard-Chinanews.com`) is a warning: words run
    into the credit.""",
    fixable=True,
    sources=("AP Stylebook, `dash`: em dash with a space on both sides in news copy",
             "Chicago Manual of Style, ch. 6 (punctuation): two hyphens stand for an em dash only in typescript"),
)
def spaced_hyphen(doc, ctx):
    text = doc.text
    dash = house_dash(ctx)
    paired = {p.open_start for p in hyphen_pairs(doc) if p.spaced_open}   # TQ111's
    for g, m in matches(doc, "spaced", "dhy", "credit"):
        s, e = m.span()
        if s in paired:
            continue
        if g == "credit":
            yield Hit(s, e, "Hyphen glued between the text and its source credit.",
                      suggestions=(show_fix(text, s, e, " — "),), severity=Severity.WARNING)
            continue
        if (g == "spaced" and _title_dash(text, s, e)) or after_dateline(text, s):
            continue
        yield Hit(s, e, f"`{text[s:e].strip()}` used as a dash between words (typewriter style); "
                        "the house dash may be wanted.",
                  suggestions=(show_fix(text, s, e, dash),), fix=dash)


def _title_dash(text: str, s: int, e: int) -> bool:
    """` - ` in a headline or title (`Information Disclosure - Margin Trading`, `Headline -
    China News Network`), or in a range (`February 1 - February 28`): not a clause dash."""
    if _CREDIT_RE.match(text, e):
        return True
    hi = min(len(text), e + 300)
    k = text.find("\n", e, hi)
    if k < 0 and hi == len(text):
        k = hi
    if k >= 0:  # (a line running on for more than 300 characters is no headline)
        while k > e and text[k - 1].isspace():
            k -= 1
        if text[k - 1:k] not in (".", "!", "?", "”", '"', "’", ")"):
            return True  # a headline: no sentence punctuation
    a = s
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    prev, nxt = text[a:s], text[e:e + 1]
    # a range: `10 - 20`, `February 1 - February 28` (but `March 18 - dismissed` is a dash)
    return (prev[:1].isdigit() and (nxt.isdigit() or nxt.isupper())) or (prev[:1].isupper() and nxt.isupper())
