"""TQ412 time-before-object: a time phrase between a verb and its object, without commas
(`supported on Thursday the motion`, `to prolong for two weeks the curfew`).

Examples: cases/TQ412.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from ..triggers import positions
from .fronted import fronted_match
from .helpers import WORD_ORDER_SOURCES
from .vocabulary import (CLAUSE_VERBS, COPULAS, NOT_OBJECT_HEADS, OBJ_OPENERS, REPORTING, TIME_HEADS,
                         TIME_WORDS, WEEKDAYS)

_UNITS = frozenset("days weeks months years hours".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten several few".split())
_DAY_OPENERS = frozenset({"on", "this", "last", "next"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN"})
_HEAVY = frozenset({"of", "to", "for", "that", "which", "who", "with", "on", "in", "from", "against", "aimed",
                    "worth", "by"})
_PERFECT = frozenset({"has", "have", "had", "having"})
_NP_STOP = frozenset({",", ";", ":", ".", "(", "“", "”", '"', "that", "which", "who", "and", "but", "to",
                      "in", "on", "at", "for", "with", "from", "by", "of", "after", "before", "during"})


def _time_phrase(toks, k):
    """(start, end) of the time phrase whose trigger word is toks[k], or None."""
    w = toks[k].lower
    if w in TIME_WORDS:
        return k, k + 1
    if w in WEEKDAYS:
        return (k - 1, k + 1) if k >= 1 and toks[k - 1].lower in _DAY_OPENERS else (k, k + 1)
    if w in _UNITS:   # `for three (more) months`
        j = k - 1
        if j >= 0 and toks[j].lower == "more":
            j -= 1
        if j >= 1 and (toks[j].kind == "number" or toks[j].lower in _NUMBER_WORDS) and toks[j - 1].lower == "for":
            return j - 1, k + 1
    return None


@rule(
    "TQ412", name="time-before-object", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A time phrase between a verb and its object (`supported on Thursday the motion`).",
    explanation="""Spanish, Italian, French and Portuguese put a time phrase straight after
    the verb and the object after it (`apoyó este jueves la moción`, `prorrogar por dos
    semanas el toque de queda`); English keeps the object next to its verb and puts the time
    phrase after it or first: `supported the motion on Thursday`, `to prolong the curfew
    for two weeks`. Verbs that take a clause (`said on Monday the plan would fail`),
    passives and copulas, dates in apposition (`on Monday the 5th`) and adverbial
    superlatives (`rose on Monday the most since May`) are left alone; comma-set
    adverbials are TQ409's. A long object (`proposed on Wednesday a ban on plastic bags`)
    is a heavy-noun-phrase shift that native copy also uses, so it is only information.""",
    triggers=TIME_WORDS | WEEKDAYS | _UNITS, sources=WORD_ORDER_SOURCES,
)
def time_before_object(doc, ctx):
    pos = None
    text = doc.text
    for si, toks, k in positions(doc, "TQ412"):
        span = _time_phrase(toks, k)
        if span is None:
            continue
        a, b = span
        n = len(toks)
        if a < 1 or b + 1 >= n or toks[b].lower not in OBJ_OPENERS or toks[b].text[:1].isupper():
            continue
        head = toks[b + 1]
        if head.kind != "word" or head.text[:1].isdigit() or head.lower in NOT_OBJECT_HEADS or head.lower in TIME_HEADS \
                or head.lower in WEEKDAYS:
            continue
        verb = toks[a - 1]
        if verb.kind != "word" or not verb.text.islower() or verb.lower in REPORTING \
                or verb.lower in CLAUSE_VERBS or verb.lower in COPULAS:
            continue
        if a >= 2 and toks[a - 2].lower in COPULAS:
            continue   # a passive: `was named on Monday the new coach`
        sent = doc.sentences[si]
        if fronted_match(text, sent.start, sent.end):
            continue   # `With the fair will open on Friday the season`: TQ408's inversion
        pos = pos or pos_view(doc)
        tags = pos.near(si, a - 2, b + 1)
        tag = tags[a - 1]
        if tag not in _VERB_TAGS or (tag == "VBN" and not (a >= 2 and toks[a - 2].lower in _PERFECT)):
            continue
        e = b + 1
        while e < n and e - b < 6 and toks[e].kind != "punct" and toks[e].lower not in _NP_STOP:
            e += 1
        # A long object after the time phrase is a heavy-NP shift that native wire copy also
        # writes (`proposed on Wednesday a ban on single-use plastics`): only information.
        heavy = e - b >= 6 or (e < n and toks[e].lower in _HEAVY)
        obj = text[toks[b].start:toks[e - 1].end]
        when = text[toks[a].start:toks[b - 1].end]
        if e < n and toks[e].lower == "of":
            # The object goes on (`a state of emergency`, `the request of the unions`): moving
            # the time phrase after its head would split it, so no rewrite is offered.
            yield Hit(verb.start, toks[e - 1].end,
                      f"Time phrase `{when}` between the verb and its object: English keeps the "
                      f"object next to the verb and puts `{when}` after the whole object or "
                      f"before the verb.",
                      severity=Severity.INFO if heavy else None)
            continue
        sugg = f"{verb.text} {obj} {when}"
        yield Hit(verb.start, toks[e - 1].end,
                  f"Time phrase `{when}` between the verb and its object: English keeps the "
                  f"object next to the verb: `{sugg}`.",
                  suggestions=(sugg,), severity=Severity.INFO if heavy else None)
