"""TQ406 missing-subject: a sentence opening with a reporting verb and no subject (`Added that`).

Examples: cases/TQ406.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import VILAR_2006
from .vocabulary import (FRONTED_CONNECTORS, IMPERSONAL_PLACES, REACTION_VERBS, REPORT_PAST, REPORTING,
                         SUBJECTLESS_VERBS, THAT_NOT_CONJ, TITLES)

_CLOSING_QUOTES = frozenset('”"’')
# `“...,” said in an interview`: a preposition straight after the verb, no subject at all.
_PREPOSITIONS = frozenset("in at during to via through from with".split())
# `In a statement, stressed that`, `Moreover, warned that`: a fronted phrase, a comma and
# the verb; the phrase opens with one of these and holds no comma.
# `Is necessary to act`, `Was agreed that`: `it` dropped before `is`/`was` (Spanish `Es
# necesario`, Italian `È stato deciso`).
_BE_OPENERS = frozenset({"Is", "Was"})
_FRONT_PREPOSITIONS = frozenset("in at during for on after with through via from before".split())


@rule(
    "TQ406", name="missing-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Sentence opens with a finite reporting verb and no subject (`Added that ...`).",
    explanation="""Spanish, Italian and Portuguese drop the subject (`Añadió que el plan...`),
    and the translation then starts with a bare verb: `Added that the plan...`,
    `Explained that...`. English news always names the subject: `He added that`,
    `The minister added that`. Participles (`Asked about the plan, he said`, `Added to
    this is...`) are not flagged. The same slip after a quotation leaves the attribution
    without a subject: `“We will win,” said in an interview` (English: `he said in an
    interview`); an inverted subject (`said the minister`) is English. Russian impersonal
    openings lose the subject too: `In Parliament doubted the ban` (English:
    `Lawmakers doubted the ban`). A fronted phrase and a comma followed straight by the
    verb lose it the same way: `In a statement, stressed that`, `Moreover, warned that`
    (English: `In a statement, the ministry stressed that`). The dummy `it` goes missing
    too: `Is necessary to act`, `Was agreed that` (English: `It is necessary to act`,
    `It was agreed that`); questions are left alone.""",
    triggers=REPORT_PAST,
    sources=("MQM issue types (2015): Accuracy > Omission", VILAR_2006),
)
def missing_subject(doc, ctx):
    yield from _after_quote(doc)
    for _, toks in doc.sentence_tokens():
        hit = _impersonal(doc.text, toks) or _after_fronted_phrase(toks) or _no_it(toks)
        if hit:
            yield hit
            continue
        i = 0
        while i < len(toks) and toks[i].kind == "punct" and toks[i].text in "“\"'‘(—–-":
            i += 1
        if i < len(toks) and toks[i].lower in {"and", "also"} and len(toks) > i + 1:
            i += 1
        if i + 2 >= len(toks):
            continue
        verb, that, after = toks[i], toks[i + 1], toks[i + 2]
        if verb.lower in {"pointed", "points"} and that.lower == "out" and i + 3 < len(toks):
            that, after = toks[i + 2], toks[i + 3]
        if verb.lower not in REPORTING and not (verb.lower in SUBJECTLESS_VERBS and that.lower == "that"):
            continue
        if not verb.text[:1].isupper() and i == 0:
            continue
        # `Explained the minister that ...`: the subject after the verb.
        if i == 0 and that.lower == "the":
            q = i + 2
            while q < len(toks) and q - i < 6 and toks[q].lower not in TITLES and toks[q].kind == "word":
                q += 1
            if q + 1 < len(toks) and toks[q].lower in TITLES and toks[q + 1].lower == "that":
                subj = doc.text[that.start:toks[q].end]
                sugg = f"{subj[:1].upper()}{subj[1:]} {verb.text.lower()} that"
                yield Hit(verb.start, toks[q + 1].end,
                          f"Sentence starts with the verb `{verb.text}` and puts its subject after "
                          f"it: write `{sugg}`.", suggestions=(sugg,))
            continue
        if i > 0 and toks[i - 1].kind == "word" and not verb.text.islower():
            continue
        if that.lower != "that" or after.lower in THAT_NOT_CONJ or after.kind == "punct":
            continue
        v = doc.text[verb.start:that.start].strip().lower()
        yield Hit(verb.start, that.end,
                  f"Sentence starts with the verb `{verb.text}` and has no subject: name it, "
                  f"e.g. `He {v} that`.",
                  suggestions=(f"He {v} that", f"She {v} that"))


def _after_quote(doc):
    for si, toks, v in positions(doc, "TQ406"):
        if not 2 <= v < len(toks) - 2:
            continue
        a, b = toks[v - 2].text, toks[v - 1].text
        if not ((a == "," and b in _CLOSING_QUOTES) or (a in _CLOSING_QUOTES and b == ",")):
            continue
        verb, prep = toks[v], toks[v + 1]
        if prep.lower not in _PREPOSITIONS or prep.text != prep.lower or not verb.text.islower():
            continue
        subject = _late_subject(doc.text, toks, v + 2)
        if subject:   # `explained to the press the director, Ana Ruiz`: inverted, not missing
            yield Hit(verb.start, prep.end,
                      f"Attribution with its subject after the verb and a phrase: put the subject "
                      f"first: `{subject} {verb.text} {prep.text}`.",
                      suggestions=(f"{subject} {verb.text} {prep.text}",))
            continue
        yield Hit(verb.start, prep.end,
                  f"Attribution without a subject after the quotation: name who spoke, e.g. "
                  f"`he {verb.text} {prep.text}`.",
                  suggestions=(f"he {verb.text} {prep.text}", f"she {verb.text} {prep.text}"))


def _late_subject(text, toks, i):
    """`the director of the project` when `the TITLE ...` follows later in the clause."""
    n = len(toks)
    while i < n - 1 and toks[i].text not in {",", ".", ";"}:
        if toks[i].lower == "the" and toks[i + 1].lower in TITLES:
            j = i + 2
            while j < n and toks[j].text not in {",", ".", ";", "”", '"'}:
                j += 1
            return text[toks[i].start:toks[j - 1].end]
        i += 1
    return ""


def _impersonal(text, toks):
    """`In Parliament doubted the ban`, `In the Kremlin said that`."""
    if len(toks) < 5 or toks[0].lower not in {"in", "at"}:
        return None
    i = 2 if toks[1].lower == "the" else 1
    place, verb, nxt = toks[i], toks[i + 1], toks[i + 2] if i + 2 < len(toks) else None
    if nxt is None or place.lower not in IMPERSONAL_PLACES or not place.text[:1].isupper():
        return None
    if not verb.text.islower() or not (verb.lower in REPORT_PAST or verb.lower in REACTION_VERBS) \
            or nxt.lower not in {"that", "the", "a", "an"}:
        return None
    opening = text[toks[0].start:place.end]
    return Hit(toks[0].start, verb.end,
               f"`{opening} {verb.text}` has no subject (an impersonal source construction): "
               f"name who {verb.text}, e.g. `Officials {verb.text}` or `Lawmakers {verb.text}`.",
               suggestions=(f"Officials {verb.text}", f"Lawmakers {verb.text}"))


def _after_fronted_phrase(toks):
    """`In a statement, stressed that ...`, `Moreover, warned that ...`: the verb straight
    after a fronted phrase and its comma, with no subject anywhere before it."""
    n = len(toks)
    if n < 5 or toks[0].kind != "word":
        return None
    first = toks[0].lower
    if first not in _FRONT_PREPOSITIONS and first not in FRONTED_CONNECTORS:
        return None
    c = 1
    while c < n and c < 12 and toks[c].text != ",":
        if toks[c].kind != "word" and toks[c].text not in "-’'":
            return None
        c += 1
    if c >= n - 2 or toks[c].text != "," or (first in FRONTED_CONNECTORS and c > 3):
        return None
    v = c + 1
    if toks[v].lower == "also" and toks[v].text == "also":
        v += 1
    if v + 2 >= n:
        return None
    verb, that, after = toks[v], toks[v + 1], toks[v + 2]
    if not verb.text.islower() or verb.lower not in REPORTING or that.lower != "that" \
            or after.lower in THAT_NOT_CONJ or after.kind == "punct":
        return None
    vt = verb.text
    return Hit(verb.start, that.end,
               f"The verb `{vt}` follows the opening phrase with no subject: name it, e.g. "
               f"`he {vt} that`.",
               suggestions=(f"he {vt} that", f"she {vt} that"))


def _no_it(toks):
    """`Is important to note that ...` -> `It is important to note that ...` (a statement, not
    a question: the sentence ends with a full stop)."""
    n = len(toks)
    if n < 5 or toks[0].text not in _BE_OPENERS or toks[-1].text != ".":
        return None
    adj, link = toks[1], toks[2]
    if adj.kind != "word" or not adj.text.islower() or not adj.text.isalpha() or link.lower not in {"to", "that"} \
            or adj.lower in {"it", "there", "this", "that", "he", "she", "they", "not", "also", "the", "a", "an"}:
        return None
    be = toks[0].text.lower()
    return Hit(toks[0].start, adj.end,
               f"`{toks[0].text} {adj.text}` has no subject: English writes `It {be} {adj.text}`.",
               suggestions=(f"It {be} {adj.text}",))
