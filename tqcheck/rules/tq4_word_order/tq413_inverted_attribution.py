"""TQ413 inverted-attribution: a reporting verb other than `said` before a bare name after a
quotation (`”, stressed Wagner.`, `– explains Rossi –`, `, writes “Izvestia”`).

Examples: cases/TQ413.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import WORD_ORDER_SOURCES, is_name_word
from .vocabulary import REPORTING

_QUOTES = frozenset('”"’')
_DASHES = frozenset("–—")
_OPENING = frozenset('“"‘«')
_ENGLISH_INVERSION = frozenset({"said", "says", "asked", "asks", "added", "adds"})
_AFTER_NAME = frozenset({".", ",", ";", ":", "–", "—", ")", "to", "in", "on"})
_CLAUSE_END = frozenset({".", ",", ";", ":", "–", "—"})
_WRITES = frozenset({"writes", "wrote", "reports", "reported", "notes", "noted"})


def _by_saying(text, toks, v):
    """`, begins by saying Ana Ruiz.`: the speaker's full name after `by saying`, closing the
    clause, is the inverted subject of the verb before `by`."""
    n = len(toks)
    comma = v >= 3 and (toks[v - 3].text == "," or (
        v >= 4 and toks[v - 3].text in _QUOTES and toks[v - 4].text == ","))
    if not comma or toks[v - 1].lower != "by" or not toks[v - 2].text.isalpha() \
            or not toks[v - 2].text.islower():
        return None
    j = v + 1
    while j < n and j - v <= 3 and is_name_word(toks[j]):
        j += 1
    if j - v - 1 < 2 or (j < n and toks[j].text not in _CLAUSE_END):
        return None
    name = text[toks[v + 1].start:toks[j - 1].end]
    sugg = f"{name} {toks[v - 2].text} by saying"
    return Hit(toks[v - 2].start, toks[j - 1].end,
               f"Verb before its subject in the attribution: English writes `{sugg}`.",
               suggestions=(sugg,), severity=Severity.WARNING)


@rule(
    "TQ413", name="inverted-attribution", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="A reporting verb other than `said` before a bare name after a quotation (`”, stressed Wagner.`).",
    explanation="""German, Italian, Russian and French put the verb of an attribution before
    its subject (`betonte Wagner`, `spiega Rossi`, `пишут «Известия»`), and the
    translation keeps it: `”, stressed Wagner.`, `– explains Rossi –`, `, writes
    “Izvestia”`. English news inverts `said` (and `asked`, `added`) after a quotation,
    but otherwise writes the subject first: `Wagner stressed`, `Rossi explained`,
    `Izvestia reported`. Feature writing sometimes inverts other verbs after a quotation,
    so that is only information; set between dashes inside the quotation (`– explains
    Rossi –`), with a paper's name in quotation marks (`, writes “Izvestia”`) or after
    `by saying` the inversion is not English and is a warning.""",
    triggers=(REPORTING - _ENGLISH_INVERSION) | _WRITES | {"saying"}, sources=WORD_ORDER_SOURCES,
)
def inverted_attribution(doc, ctx):
    text = doc.text
    for si, toks, v in positions(doc, "TQ413"):
        n = len(toks)
        if not 1 <= v < n - 1:
            continue
        if toks[v].lower == "saying":
            hit = _by_saying(text, toks, v)
            if hit:
                yield hit
            continue
        verb = toks[v]
        if not verb.text.islower():
            continue
        a = toks[v - 1].text
        b = toks[v - 2].text if v >= 2 else ""
        media = a == "," and verb.lower in _WRITES and toks[v + 1].text in _OPENING   # `, writes “Izvestia”`
        dashed = a in _DASHES
        if not (media or dashed or (a == "," and b in _QUOTES) or (a in _QUOTES and b == ",")):
            continue
        i = v + 1
        quoted = toks[i].text in _OPENING and verb.lower in _WRITES
        if quoted:
            i += 1
        j = i
        while j < n and j - i < 3 and is_name_word(toks[j]):
            j += 1
        if j == i or (quoted and (j >= n or toks[j].text not in _QUOTES)):
            continue
        end = j + 1 if quoted else j
        if end < n and toks[end].text not in _AFTER_NAME:
            continue
        # `– explains Rossi to the press –`: a parenthesis inside the quotation (a headline's
        # `Cuts will hurt – warns Ruiz` has no closing dash).
        dashed = dashed and any(t.text in _DASHES for t in toks[end:end + 8])
        subject = text[toks[v + 1].start:toks[end - 1].end]
        sugg = f"{subject} {verb.text}"
        yield Hit(verb.start, toks[end - 1].end,
                  f"Verb before its subject in the attribution: English writes `{sugg}` "
                  f"(only `said`, `asked` and `added` are commonly inverted).",
                  suggestions=(sugg,), severity=Severity.WARNING if media or dashed else None)
