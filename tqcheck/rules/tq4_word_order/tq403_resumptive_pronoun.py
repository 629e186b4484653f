"""TQ403 resumptive-pronoun: a subject repeated by a pronoun (`China and Russia they will`).

Examples: cases/TQ403.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from ..triggers import positions
from .resumptive import after_aside
from .helpers import FINITE, NNP, NOUN_TAGS, VILAR_2006, is_name_word
from .vocabulary import (AUX, CLAUSE_OPENERS, MONTHS, NOT_NAMES, PERSON_NOUNS, REPORTING, SUBJ_PRONOUNS,
                         TITLES, WEEKDAYS)


@rule(
    "TQ403", name="resumptive-pronoun", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A subject repeated by a pronoun (`China and Russia they will`).",
    explanation="""When a translation system re-inserts the subject that Spanish or Italian
    leaves implicit, a pronoun follows the real subject: `China and Russia they will
    deepen`, `The minister he said`. Drop the pronoun. Time phrases (`Last year they`),
    objects (`He warned China it would`) and reduced relative clauses (`The minister he
    appointed resigned`) are not flagged.""",
    triggers=SUBJ_PRONOUNS, sources=("MQM issue types (2015): Fluency > Grammar", VILAR_2006),
)
def resumptive_pronoun(doc, ctx):
    pos = None
    for si, toks, p in positions(doc, "TQ403"):
        n = len(toks)
        if not 1 <= p < n - 1:
            continue
        pron = toks[p]
        if not pron.text.islower():
            continue
        prev = toks[p - 1]
        if prev.kind != "word" and prev.text != ",":
            continue
        nxt = toks[p + 1]
        if nxt.kind != "word":
            continue
        proper = is_name_word(prev) and prev.lower not in NOT_NAMES
        common = prev.lower in PERSON_NOUNS
        if prev.text == ",":
            pos = pos or pos_view(doc)
            hit = _after_apposition(doc, pos, si, toks, p) if pron.lower in {"he", "she"} else None
            hit = hit or after_aside(doc, pos, si, toks, p)
            if hit:
                yield hit
            continue
        if not (proper or common):
            continue
        # Tag the subject and, for common nouns, the rest of the clause (reduced relatives).
        hi = p + 1
        if common and not proper:
            while hi + 1 < n and toks[hi + 1].text not in {",", ";", ".", "that"}:
                hi += 1
            hi = min(hi + 1, n - 1)
        pos = pos or pos_view(doc)
        tags = pos.near(si, p - 12, hi)
        if tags[p + 1] not in FINITE and nxt.lower not in AUX:
            continue
        if p + 2 < n and nxt.lower in {"is", "was", "are", "were"} and (toks[p + 2].lower == "not"
                                                                          or toks[p + 2].kind == "punct"):
            continue   # `The capital it is not.`: a fronted complement
        # Walk back over the subject noun phrase.
        s = p - 1
        if proper and tags[s] in NNP:
            while s > 0 and (tags[s - 1] in NNP or (toks[s - 1].lower in {"and", "&"} and s >= 2
                                                     and tags[s - 2] in NNP)):
                s -= 1
            if s > 1 and toks[s - 1].text == "." and toks[s - 2].lower in {"mr", "mrs", "ms", "dr"}:
                s -= 2
            s = _noun_phrase_start(toks, tags, s, p)
            kind = "proper"
        elif common and tags[s] in NOUN_TAGS:
            while s > 0 and tags[s - 1] in {"DT", "JJ", "NNP", "PRP$", "NN", "CC"} and \
                    toks[s - 1].kind == "word":
                s -= 1
            if tags[s] not in {"DT", "PRP$"}:
                continue
            kind = "common"
        else:
            continue
        if any(toks[x].lower in NOT_NAMES or toks[x].lower in WEEKDAYS or toks[x].lower in MONTHS
               for x in range(s, p)):
            continue
        # The subject must open a clause (a number before it ends an opening phrase:
        # `In 2022 China and Russia they`, or a leaked date stamp).
        if s > 0 and toks[s - 1].lower not in CLAUSE_OPENERS and toks[s - 1].kind != "number":
            continue
        if kind == "common":
            # Reduced relative clause (`The minister he said would resign ...`): a finite
            # verb follows the pronoun's verb group later in the clause.
            agree = (pron.lower == "they") == (tags[p - 1] == "NNS" or any(
                toks[x].lower == "and" for x in range(s, p)))
            if not agree:
                continue
            q = p + 2
            while q < n and toks[q].text not in {",", ";", ".", "that"}:
                if tags[q] in FINITE:
                    break
                q += 1
            if q < n and tags[q] in FINITE:
                continue
            if nxt.lower not in AUX and nxt.lower not in REPORTING:
                continue
        subj = doc.text[toks[s].start:prev.end]
        sugg = f"{subj} {nxt.text}"
        yield Hit(toks[s].start, nxt.end,
                  f"Subject repeated by the pronoun `{pron.text}`: write `{sugg}`.",
                  suggestions=(sugg,))


_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})


def _noun_phrase_start(toks, tags, s, p):
    """Start of the subject noun phrase whose name begins at ``s``: the head the name
    complements (`the city police of Lima`), or a description before the name that starts
    the clause (`Midfielder Ana Ruiz`), and the article."""
    j = s
    if j >= 2 and toks[j - 1].lower == "of":
        k = j - 1
        while k > 0 and j - 1 - k < 3 and toks[k - 1].kind == "word" and tags[k - 1] in _NOUNISH:
            k -= 1
        if k < j - 1:
            j = k
    else:
        k = j
        while k > 0 and j - k < 3 and toks[k - 1].kind == "word" and tags[k - 1] in _NOUNISH \
                and toks[k - 1].lower not in CLAUSE_OPENERS:
            k -= 1
        kk = k - 1 if k > 0 and toks[k - 1].lower == "the" else k
        if kk == 0 or toks[kk - 1].lower in CLAUSE_OPENERS:
            j = k
    if j > 0 and toks[j - 1].lower == "the":
        j -= 1
    return j


def _after_apposition(doc, pos, si, toks, p):
    """`Ana Ruiz, spokeswoman for the army, she said that`: a name, an apposition with a
    title and no verb, then the pronoun."""
    n = len(toks)
    if p + 1 >= n or toks[p + 1].kind != "word" or (p + 2 < n and toks[p + 2].text == ","):
        return None
    e = p - 2   # the comma that opens the apposition
    while e > 0 and p - e < 12 and toks[e].text != ",":
        e -= 1
    if e < 2 or toks[e].text != "," or p - e < 3:
        return None
    st = e
    while st > 0 and e - st < 5 and is_name_word(toks[st - 1]):
        st -= 1
    if e - st < 2 or (st > 0 and toks[st - 1].text != ","):
        return None   # `Ana Ruiz` after a comma or opening the sentence
    inner = toks[e + 1:p - 1]
    if not any(t.lower in TITLES for t in inner) or any(t.text in {",", ";", "“", "”", '"'} for t in inner):
        return None
    tags = pos.near(si, st, p + 1)
    if tags[p + 1] not in FINITE or any((tags[x] or "").startswith(("VB", "MD")) for x in range(e + 1, p - 1)):
        return None
    nxt = toks[p + 1]
    name = doc.text[toks[st].start:toks[e - 1].end]
    return Hit(toks[p].start, nxt.end,
               f"Subject repeated by the pronoun `{toks[p].text}` after the apposition: drop it "
               f"(`{name}, ..., {nxt.text}`).",
               suggestions=(nxt.text,))
