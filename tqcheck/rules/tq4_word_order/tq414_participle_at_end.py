"""TQ414 participle-at-end: a past participle left at the end of its clause after a
percentage (`had about 6 percent dropped.`), German verb-final order.

Examples: cases/TQ414.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import WORD_ORDER_SOURCES

_AUX = r"(?P<aux>has|have|had|was|were|is|are)"
_MID = (r"(?P<mid>(?:(?:around|about|roughly|nearly|almost|some|by|over|just|only|more than|less than)[ \t]+)*"
        r"\d[\d.,]*[ \t]*(?:percent|per cent|%)(?:[ \t]+points?)?)")
_PART_RE = re.compile(rf"\b{_AUX}[ \t]+{_MID}[ \t]+(?P<part>increased|decreased|dropped|declined|climbed|grown|risen|fallen|jumped|surged|slumped|"
                      rf"plunged|raised|reduced|lowered|expanded|shrunk|soared|slipped|gained|lost)\b(?=[ \t]*[.,;:!?])")


@rule(
    "TQ414", name="participle-at-end", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A participle at the end of the clause after a percentage (`had about 6 percent dropped.`).",
    explanation="""German puts the participle last (`ist um etwa 6 Prozent gesunken`), and
    machine translation sometimes keeps it: `sales had about 6 percent dropped.`
    English puts the verb first and the amount after it: `sales had dropped by about 6
    percent`, `has risen by 3 percent`. Only a percentage between the auxiliary and a
    clause-final participle of change (increased, fallen, reduced...) is flagged, so `was
    5 percent higher`, `is 90% finished` and `has increased by 3 percent` pass.""",
    sources=WORD_ORDER_SOURCES,
)
def participle_at_end(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        if text.find("%", p.start, p.end) < 0 and text.find(" per", p.start, p.end) < 0:
            continue   # cheap test before the pattern: no percentage in the paragraph
        for m in _PART_RE.finditer(text, p.start, p.end):
            aux, mid, part = m.group("aux"), m.group("mid"), m.group("part")
            amount = mid if mid.startswith("by ") else f"by {mid}"
            verb = f"{aux} {part}" if aux in {"has", "have", "had"} else part
            sugg = f"{verb} {amount}"
            yield Hit(m.start(), m.end(),
                      f"Participle `{part}` at the end of the clause (German order): English puts "
                      f"the verb before the amount: `{sugg}`.",
                      suggestions=(sugg,))
