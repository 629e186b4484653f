"""TQ404 helpers for casing slips a word list of pronouns and verbs cannot see:

* ``inconsistent_capitals``: a common word capitalised once in mid-sentence (`officials
  said that Flooded tunnels would reopen`) in an article that writes the same word in
  lower case elsewhere (`the flooded tunnels`): the article itself shows the capital is a
  slip, not a name.
* ``mixed_case_names``: a fixed proper name with only some of its words capitalised
  (`the supreme Court`, `the Second World war`): write it as the name is written.
* ``lowered_roles``: a generic role written with capitals after a lower-case
  determiner (`the Head of State said`).

Examples: cases/TQ404.toml."""
from __future__ import annotations

import re

from ...findings import Hit
from ...nlp.tagger import pos_view
from .helpers import NOUN_TAGS
from .vocabulary import (CAP_COMMON_ADJECTIVES, CAP_EVIDENCE_NOT, CAP_TRIGGERS_ALL, CAP_TITLE_CUES, LOWERED_ROLES, MIXED_CASE_NAMES, MONTHS,
                         WEEKDAYS)


def _phrase_re(phrases):
    alts = "|".join(r"\s+".join(map(re.escape, p.split("_"))) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\b", re.IGNORECASE)


_MIXED_RE = _phrase_re(MIXED_CASE_NAMES)
_ROLE_RE = _phrase_re(LOWERED_ROLES)
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "as", "new", "former", "its", "their"})


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


def inconsistent_capitals(doc):
    """`Flooded tunnels` once, `flooded tunnels` elsewhere in the same article."""
    text = doc.text
    lower_seen: set[str] = set()
    capital_count: dict[str, int] = {}
    candidates = []
    for si, (_, toks) in enumerate(doc.sentence_tokens()):
        for k, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            t = tok.text
            if t.islower():
                lower_seen.add(t)
            elif k > 0 and len(t) > 3 and t.isalpha() and _is_capitalised(t):
                capital_count[t] = capital_count.get(t, 0) + 1
                if 0 < k < len(toks) - 1:
                    candidates.append((si, toks, k))
    pos = None
    for si, toks, k in candidates:
        tok, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
        low = tok.text.lower()
        if low not in lower_seen or capital_count[tok.text] != 1 or low in CAP_EVIDENCE_NOT \
                or low in MONTHS or low in WEEKDAYS or low in CAP_TRIGGERS_ALL or low in CAP_COMMON_ADJECTIVES:
            continue
        if prev.kind != "word" or not prev.text.islower() or nxt.kind != "word" or not nxt.text.islower():
            continue
        if prev.text in CAP_TITLE_CUES:
            continue   # `the film Little women`, `see Output formats`: a title in sentence case
        if "\n" in text[prev.end:nxt.start]:
            continue
        pos = pos or pos_view(doc)
        if pos.near(si, k, k + 1)[k + 1] not in NOUN_TAGS:
            continue
        yield Hit(tok.start, tok.end,
                  f"`{tok.text}` is capitalised in mid-sentence but written `{low}` elsewhere in "
                  f"this article: write `{low}`.",
                  suggestions=(low,), fix=low)


def mixed_case_names(doc):
    """`the Second World war` -> `the Second World War`."""
    text = doc.text
    starts = {s.start for s in doc.sentences}
    for m in _MIXED_RE.finditer(text):
        words = m.group().split()
        caps = [w[:1].isupper() for w in words]
        at_start = m.start() in starts or _sentence_start(text, m.start())
        considered = caps[1:] if at_start else caps
        if len(set(considered)) < 2:   # all lower case (a style) or all capitalised
            continue
        want = " ".join(w[:1].upper() + w[1:].lower() for w in words)
        if m.group() == want:
            continue
        yield Hit(m.start(), m.end(),
                  f"`{m.group()}` capitalises only part of a proper name: write `{want}`.",
                  suggestions=(want,), fix=want)


def lowered_roles(doc):
    """`the Head of State said` -> `the head of state said` (a role, not a name)."""
    text = doc.text
    for m in _ROLE_RE.finditer(text):
        g = m.group()
        if g.islower():
            continue
        before = text[max(0, m.start() - 12):m.start()].split()
        if not before or before[-1] not in _ROLE_DETERMINERS:
            continue
        after = text[m.end():m.end() + 2]
        if after[:1] == " " and after[1:2].isupper():   # `the Head of State Ana Ruiz`: a title
            continue
        low = g.lower()
        yield Hit(m.start(), m.end(),
                  f"`{g}` names a role, not an office's proper name: write `{low}`.",
                  suggestions=(low,), fix=low)


def _sentence_start(text: str, offset: int) -> bool:
    j = offset - 1
    while j >= 0 and text[j] in " \t“\"‘'(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:"
