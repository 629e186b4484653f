"""TQ503 page furniture that is not a fixed phrase, found by shape, each on a line of its
own: content-management shortcodes (`[ad_1]`), newsletter and follow prompts (`Get the
day's top stories in your inbox`), and translation credits standing before the text
(`Translated from Portuguese:`). Whatever its language, it is not part of the story.

Each shape has a cheap trigger (a `[` in the text, or the first word of a line) before
any regex runs, so most documents cost one substring search and a few set lookups."""
from __future__ import annotations

import re

from .data import line_firsts

# `[ad_1]`, `[ads]`, `[adsense]`, `[advertisement]`, `[related_posts]` alone on a line.
_SHORTCODE_RE = re.compile(
    r"^[ \t]*(\[(?:ad|ads|adsense|advert|advertisement|related[_ ]posts?|sc[_ ]name)(?:[_-]?\d{1,3})?\])[ \t]*$",
    re.IGNORECASE | re.MULTILINE)

# A prompt: an imperative of subscribing or following, then what the reader receives,
# in one short line that is not a sentence of the story.
_PROMPT_VERBS = frozenset("subscribe sign get receive stay join follow register download".split())
_PROMPT_RE = re.compile(
    r"^[ \t]*((?:subscribe|sign\s+up|get|receive|stay|join|follow|register|download)\b"
    r"[^\n.!?,;\"“”]{0,100}?\b(?:newsletters?|e-?mails?|inbox|informed|updates|alerts|notifications"
    r"|whatsapp|telegram|channel|our\s+app|news\s+app)\b[^\n.!?,;\"“”]{0,60}?)[ \t]*[.!]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)

# `Translated from Spanish:`, `(Translated by ...)`: a credit opening its line, then a
# colon, a closing parenthesis or the end of the line.
_CREDIT_RE = re.compile(
    r"^[ \t]*(\(?(?:translated|translation)\s+(?:from|by)\s+[^\n:()]{1,40}?(?:\)|:|(?=[ \t]*$)))",
    re.IGNORECASE | re.MULTILINE)
_CREDIT_WORDS = frozenset({"translated", "translation"})


def furniture_spans(doc) -> list[tuple[int, int, str, str]]:
    """(start, end, language, English) of each piece of page furniture; the language is
    `en`: the furniture is reported, never counted as evidence of a source language."""
    text = doc.text
    out = []
    if "[" in text:
        out += [(m.start(1), m.end(1), "en", "") for m in _SHORTCODE_RE.finditer(text)]
    firsts = line_firsts(doc)
    for w in _PROMPT_VERBS & firsts.keys():
        for pos in firsts[w]:
            m = _PROMPT_RE.match(text, text.rfind("\n", 0, pos) + 1)
            if m and len(m.group(1).split()) <= 16:
                out.append((m.start(1), m.end(1), "en", ""))
    for w in _CREDIT_WORDS & firsts.keys():
        for pos in firsts[w]:
            m = _CREDIT_RE.match(text, text.rfind("\n", 0, pos) + 1)
            if m:
                out.append((m.start(1), m.end(1), "en", ""))
    return out
