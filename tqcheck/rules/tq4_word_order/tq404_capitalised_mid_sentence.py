"""TQ404 capitalised-mid-sentence: a pronoun, verb or function word capitalised in
mid-sentence (`Pérez, He stressed`, `Thus, The minister`, `six They were`).

Examples: cases/TQ404.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .casing_evidence import inconsistent_capitals, lowered_roles, mixed_case_names
from .helpers import is_name_word
from .vocabulary import (CAP_AFTER, CAP_COMMON_ADJECTIVES, CAP_DAY_DETERMINERS, CAP_FUNCTION_WORDS,
                         CAP_PARTICIPLES, CAP_PRONOUNS, CAP_SUBJECTS, CAP_VERBS, WEEKDAYS)

# Capitalised after a comma, a semicolon or a conjunction.
AFTER_CLAUSE = CAP_PRONOUNS | CAP_VERBS | CAP_FUNCTION_WORDS | CAP_PARTICIPLES
CAP_TRIGGERS = frozenset(w.lower() for w in AFTER_CLAUSE | CAP_SUBJECTS | CAP_DAY_DETERMINERS)
# `the Ex-coach`, `the Preliminary figure`: a capitalised common word after a lower-case
# determiner (checked against CAP_COMMON_ADJECTIVES unless it is an `Ex-` compound).
_DETERMINED_RE = re.compile(r"\b(?:[Tt]he|a|an|its|his|her|their|our) (?P<w>Ex-[a-z][\w-]*|(?:"
                            + "|".join(sorted(w.capitalize() for w in CAP_COMMON_ADJECTIVES)) + r")\b)"
                            r"(?P<next> [a-z]+)?")
# Its necessary condition, searched once over the article: a pattern that starts with a
# plain space is scanned far faster than the determiners' alternation at every position,
# and few articles have a match at all. Every alternative starts with a capital: the
# look-ahead turns away the spaces before a lower-case word (most of them) in one step,
# where `re` tried each of the alternatives there.
_DETERMINED_PREFILTER_RE = re.compile(r" (?=[A-Z])(?:Ex-[a-z]|(?:"
                                      + "|".join(sorted(w.capitalize() for w in CAP_COMMON_ADJECTIVES)) + r")\b)")
_PLACES = frozenset({" street", " road", " avenue", " square"})
# `grades B, A and C`: a letter in a list, not an article.
_LIST_WORDS = frozenset({"and", "or", "to", "through", "minus", "plus", "nor"})
_OPENING_QUOTES = frozenset('“"‘')
_REPORTABLE = AFTER_CLAUSE | CAP_SUBJECTS | CAP_DAY_DETERMINERS
_KIND = {**{w: "pronoun" for w in CAP_PRONOUNS}, **{w: "verb" for w in CAP_VERBS | CAP_PARTICIPLES}}


@rule(
    "TQ404", name="capitalised-mid-sentence", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A pronoun, verb or function word capitalised in mid-sentence (`Pérez, He stressed`, `Thus, The minister`).",
    explanation="""Segment-based translation and source casing start a new sentence where the
    source only had a clause: `Ana Ruiz Pérez, He stressed`, `and that It will open`,
    `Thus, The minister`, `; She added`, `, Two officers were hurt`, `reported This
    Monday`, `six They were held`, `the Preliminary figure`, `the Ex-coach`. After a comma, a semicolon or a conjunction a
    pronoun, an article, a conjunction, a number word or a reporting verb is lower case, and
    a subject pronoun straight after another word is a new sentence glued on. Capitalised
    words followed by another capitalised word (titles such as `It Follows`, `The Guardian`),
    words after a colon or an opening quotation mark, and line breaks are left alone. After a
    name (`Ana Ruiz They decided`) the pronoun usually repeats the subject: no fix is
    offered there. A common word capitalised once in mid-sentence and written in lower case
    elsewhere in the same article (`said that Flooded tunnels` ... `the flooded tunnels`)
    is a casing slip too; party, paper and firm names and words some styles capitalise
    are left alone. A fixed proper name with only part of it capitalised (`the supreme
    Court`, `the Second World war`) is written whole; all lower case is a house
    style and stays quiet. A role after a lower-case determiner takes no capitals (`the
    Head of State said`).""",
    fixable=True, triggers=CAP_TRIGGERS,
    sources=("MQM issue types (2015): Fluency > Spelling > Capitalization",
             "AP Stylebook, capitalization: lower-case common words within a sentence"),
)
def capitalised_mid_sentence(doc, ctx):
    text = doc.text
    yield from _after_determiner(doc)
    yield from inconsistent_capitals(doc)
    yield from mixed_case_names(doc)
    yield from lowered_roles(doc)
    for si, toks, i in positions(doc, "TQ404"):
        # The triggers are lower-cased (every `the`, `it`, `a`): only the cased forms
        # below can be reported, so the rest are dropped before any other work.
        if toks[i].text not in _REPORTABLE or not 1 <= i < len(toks) - 1:
            continue
        w = toks[i]
        prev, nxt = toks[i - 1], toks[i + 1]
        if "\n" in text[prev.end:w.start]:
            continue
        low = w.text.lower()
        kind = _KIND.get(w.text, "word")
        day = w.text in CAP_DAY_DETERMINERS and nxt.lower in WEEKDAYS
        if nxt.text in _OPENING_QUOTES and w.text in CAP_FUNCTION_WORDS and i + 2 < len(toks):
            nxt = toks[i + 2]   # `", But "it is`
        if nxt.kind != "word" or not (nxt.text[:1].islower() or day):
            continue
        if prev.text in CAP_AFTER and (w.text in AFTER_CLAUSE or day):
            if w.text in {"A", "An"} and (nxt.lower in _LIST_WORDS or (i >= 2 and len(toks[i - 2].text) == 1)):
                continue
            yield Hit(w.start, w.end,
                      f"Capitalised {kind} `{w.text}` in mid-sentence: write `{low}`.",
                      suggestions=(low,), fix=low)
        elif prev.kind == "word" and (w.text in CAP_SUBJECTS or day) and not prev.text.isupper():
            if is_name_word(prev) and not day:
                # `Ana Ruiz They decided`: a subject repeated, or a sentence glued on.
                yield Hit(w.start, nxt.end,
                          f"Capitalised pronoun `{w.text}` straight after the name `{prev.text}`: "
                          f"drop it if it repeats the subject (`{nxt.text}`), or start a new "
                          f"sentence before it.",
                          suggestions=(nxt.text, f"{low} {nxt.text}"))
            elif prev.text.islower():
                # `will publish it This Friday`: lower-case it. `six They were held`: a
                # sentence glued on or a word lost; lower case alone does not mend it.
                yield Hit(w.start, w.end,
                          f"Capitalised {'word' if day else 'pronoun'} `{w.text}` in mid-sentence: "
                          f"write `{low}`{'' if day else ' (and check the words around it)'}.",
                          suggestions=(low,), fix=low if day else None)


def _after_determiner(doc):
    text = doc.text
    if not _DETERMINED_PREFILTER_RE.search(text):
        return
    for p in doc.paragraphs:
        for m in _DETERMINED_RE.finditer(text, p.start, p.end):
            w, nxt = m.group("w"), m.group("next")
            if w.startswith("Ex-"):
                if text[m.end("w"):m.end("w") + 1].isalpha():
                    continue
            elif w.lower() not in CAP_COMMON_ADJECTIVES or not nxt or nxt in _PLACES:
                continue
            low = w[:1].lower() + w[1:]
            yield Hit(m.start("w"), m.end("w"),
                      f"Capitalised word `{w}` in mid-sentence: write `{low}`.",
                      suggestions=(low,), fix=low)
