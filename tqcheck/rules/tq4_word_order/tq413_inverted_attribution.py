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
_WRITES = frozenset({"writes", "wrote", "reports", "reported", "notes", "noted"})


@rule(
    "TQ413", name="inverted-attribution", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="A reporting verb other than `said` before a bare name after a quotation (`”, stressed Wagner.`).",
    explanation="""German, Italian, Russian and French put the verb of an attribution before
    its subject (`betonte Wagner`, `spiega Rossi`, `пишут «Известия»`), and the
    translation keeps it: `”, stressed Wagner.`, `– explains Rossi –`, `, writes
    “Izvestia”`. English news inverts `said` (and `asked`, `added`) after a quotation,
    but otherwise writes the subject first: `Wagner stressed`, `Rossi explained`,
    `Izvestia reported`. Feature writing sometimes inverts other verbs too, so this is
    only information.""",
    triggers=(REPORTING - _ENGLISH_INVERSION) | _WRITES, sources=WORD_ORDER_SOURCES,
)
def inverted_attribution(doc, ctx):
    text = doc.text
    for si, toks, v in positions(doc, "TQ413"):
        n = len(toks)
        if not 1 <= v < n - 1:
            continue
        verb = toks[v]
        if not verb.text.islower():
            continue
        a = toks[v - 1].text
        b = toks[v - 2].text if v >= 2 else ""
        media = a == "," and verb.lower in _WRITES and toks[v + 1].text in _OPENING   # `, writes “Izvestia”`
        if not (media or a in _DASHES or (a == "," and b in _QUOTES) or (a in _QUOTES and b == ",")):
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
        subject = text[toks[v + 1].start:toks[end - 1].end]
        sugg = f"{subject} {verb.text}"
        yield Hit(verb.start, toks[end - 1].end,
                  f"Verb before its subject in the attribution: English writes `{sugg}` "
                  f"(only `said`, `asked` and `added` are commonly inverted).",
                  suggestions=(sugg,))
