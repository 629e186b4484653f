"""TQ403's second pattern: a subject, a comma-set aside, then a pronoun repeating the
subject (`The minister, after the vote, he said that...`)."""
from __future__ import annotations

from ...findings import Hit
from .helpers import FINITE, is_name_word
from .vocabulary import MONTHS, TIME_PARTS, TIME_WORDS, WEEKDAYS

# What opens the aside: a preposition or a connector, never a verb or a clause.
_ASIDE_OPENERS = frozenset({
    "after", "despite", "following", "before", "since", "in", "with", "without", "given",
    "unlike", "like", "as", "for", "from", "during", "amid", "until", "at", "on", "through"})
_TIMEISH = TIME_WORDS | TIME_PARTS | WEEKDAYS | MONTHS | frozenset({
    "day", "days", "year", "years", "month", "months", "time", "times", "moment", "hour",
    "hours", "weekend", "season", "minute", "minutes", "decade", "period", "rest", "end",
    "beginning", "start", "same", "next", "following", "first", "last", "other"})
_SINGULAR = frozenset({"he", "she"})


def after_aside(doc, pos, si, toks, p):
    """`The parent company, after the merger, it said`: the sentence opens with a noun
    phrase (no verb, no time noun), a comma-set aside opened by a preposition follows, then
    the pronoun and a finite verb that does not start an inserted attribution."""
    n = len(toks)
    if p + 1 >= n or toks[p + 1].kind != "word" or (p + 2 < n and toks[p + 2].text == ","):
        return None
    first = toks[0]
    if not (first.text in {"The", "Its", "His", "Her", "Their"} or is_name_word(first)):
        return None
    e = 1
    while e < p and toks[e].text != ",":
        e += 1
    if e >= p - 2 or e < 2 or e > 10:
        return None
    if toks[e + 1].lower not in _ASIDE_OPENERS:
        return None
    inner = toks[e + 1:p - 1]
    if len(inner) > 10 or any(t.text in {",", ";", "“", "”", '"', "(", ")"} for t in inner):
        return None
    if any(t.lower in _TIMEISH for t in toks[:e]):
        return None
    tags = pos.near(si, 0, p + 1)
    if first.text not in {"The", "Its", "His", "Her", "Their"} and tags[0] not in {"NNP", "NNPS"}:
        return None
    if tags[p + 1] not in FINITE:
        return None
    if any((tags[x] or "").startswith(("VB", "MD")) for x in range(0, p - 1) if x != e):
        return None
    head = tags[e - 1]
    if head not in {"NN", "NNS", "NNP", "NNPS"}:
        return None
    if (toks[p].lower in _SINGULAR) != (head in {"NN", "NNP"}):
        return None
    subj = doc.text[toks[0].start:toks[e - 1].end]
    return Hit(toks[p].start, toks[p + 1].end,
               f"Subject repeated by the pronoun `{toks[p].text}` after the aside: drop it "
               f"(`{subj}, ..., {toks[p + 1].text}`).",
               suggestions=(toks[p + 1].text,))
