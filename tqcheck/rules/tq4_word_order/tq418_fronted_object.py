"""TQ418 fronted-object: a sentence that opens with its object (`Such a claim the senator
repeated on Friday.`), the Russian and German order kept by the translation.

Examples: cases/TQ418.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from ..triggers import positions
from .helpers import FINITE, WORD_ORDER_SOURCES
from .vocabulary import REPORTING, STRANDED_VERBS

_SUBJECT_START = frozenset({"the", "this", "that", "his", "her", "their", "its", "our"})
_NOT_VERBS = frozenset({"was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "does", "do"})
_WRITES = frozenset({"according", "writes", "wrote", "reports", "reported", "notes", "noted"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
# `... that nothing but anger, this decision can provoke.`: the object before a comma, the
# subject, a modal and a verb that needs an object, then the full stop.
_MODALS = frozenset("can could will would may might must should shall".split())
_STRANDED_SUBJECT = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "such"})
# A clause or a relative before the comma makes the verb's object a relative or an ellipsis.
_NOT_OBJECT = frozenset("""which what whatever who whom whose as than if when while because although though
    once unless until since after before where whether is are was were has have had be been will would can
    could may might must should shall do does did not""".split())


@rule(
    "TQ418", name="fronted-object", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="A sentence that opens with its object (`Such a claim the senator repeated on Friday.`).",
    explanation="""Russian and German put the object first for emphasis (`Такое заявление
    сделал депутат`), and machine translation keeps the order: `Such a claim the senator
    repeated on Friday.` English news writes subject, verb, object: `The senator repeated
    the claim on Friday.` A fronted `Such a ...` that is the subject of a later verb (`Such
    a claim the senator repeated was false.`) is left alone. English allows fronting for
    effect, so this is only information. The same order after a comma leaves a verb that
    needs an object stranded at the end: `He said that nothing but anger, this decision
    can provoke.` (English: `this decision can provoke nothing but anger`).""",
    triggers=("such",), sources=WORD_ORDER_SOURCES,
)
def fronted_object(doc, ctx):
    yield from _stranded_verb(doc)
    pos = None
    for si, toks, i in positions(doc, "TQ418"):
        n = len(toks)
        if i != 0 or toks[0].text != "Such" or n < 6 or toks[1].lower not in {"a", "an"}:
            continue
        j = 2
        while j < n and j < 6 and toks[j].lower not in _SUBJECT_START and toks[j].kind == "word":
            j += 1
        if j >= n or j == 2 or toks[j].lower not in _SUBJECT_START:
            continue
        pos = pos or pos_view(doc)
        hi = min(n - 1, j + 6)
        tags = pos.near(si, 0, hi)
        if any(tags[x] not in _NOUNS for x in range(2, j)):
            continue
        v = j + 1
        while v < n and v - j <= 3 and tags[v] in _NOUNS and toks[v].kind == "word":
            v += 1
        if v >= n or v == j + 1 or tags[v] not in {"VBD", "VBN"} or toks[v].lower in _NOT_VERBS:
            continue
        c = v + 1
        while c < n and toks[c].text not in {",", ";", ":"}:
            c += 1
        if c < n and not (toks[c].text == "," and c + 1 < n and (toks[c + 1].lower in REPORTING
                                                                   or toks[c + 1].lower in _WRITES)):
            continue     # only an attribution may follow a comma (`, writes the Tribune.`)
        rest = pos.near(si, v + 1, c - 1)[v + 1:c] if c > v + 1 else []
        if any(t in FINITE for t in rest):
            continue     # `Such a claim the senator repeated was false.`: a subject
        obj = doc.text[toks[0].start:toks[j - 1].end]
        subj = doc.text[toks[j].start:toks[v].end]
        sugg = f"{subj[:1].upper()}{subj[1:]} {obj[:1].lower()}{obj[1:]}"
        yield Hit(toks[0].start, toks[v].end,
                  f"Object before subject and verb: English writes `{sugg}`.", suggestions=(sugg,))


def _stranded_verb(doc):
    """`..., this decision can provoke.` with the object before the comma."""
    text = doc.text
    for _, toks in doc.sentence_tokens():
        n = len(toks)
        if n < 7 or toks[-1].text != "." or toks[-2].lower not in STRANDED_VERBS or toks[-3].lower not in _MODALS:
            continue
        j = n - 4   # the subject: DET + up to three words, after a comma
        while j > 0 and n - 4 - j < 3 and toks[j].kind == "word" and toks[j].lower not in _STRANDED_SUBJECT:
            j -= 1
        if j < 2 or toks[j].lower not in _STRANDED_SUBJECT or toks[j - 1].text != ",":
            continue
        c = j - 1
        a = c - 1
        while a > 0 and toks[a - 1].lower != "that" and toks[a - 1].kind == "word":
            a -= 1
        if a > 0 and toks[a - 1].lower != "that":
            continue   # the object phrase must open the sentence or a `that` clause
        words = toks[a:c]
        if not 1 <= len(words) <= 6 or any(t.lower in _NOT_OBJECT or t.kind != "word" for t in words):
            continue
        obj = text[toks[a].start:toks[c - 1].end]
        subj = text[toks[j].start:toks[-2].end]
        sugg = f"{subj} {obj[:1].lower() if a == 0 else obj[:1]}{obj[1:]}"
        if a == 0:
            sugg = sugg[:1].upper() + sugg[1:]
        yield Hit(toks[a].start, toks[-2].end,
                  f"Object before the comma and the verb left without it: English writes `{sugg}`.",
                  suggestions=(sugg,))
