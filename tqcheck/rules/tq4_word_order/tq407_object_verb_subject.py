"""TQ407 object-verb-subject: a number subject after the verb (`The concert attended 3,000 spectators`).

Examples: cases/TQ407.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import WORD_ORDER_SOURCES
from .vocabulary import APPROX, EVENT_NOUNS, OVS_VERBS, PEOPLE_NOUNS


@rule(
    "TQ407", name="object-verb-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Object-verb-subject order with a number subject (`The concert attended 3,000 spectators`).",
    explanation="""Russian, Spanish and other free-word-order languages put a new subject
    after the verb (`На концерт пришли 3000 зрителей`); translated word for word, the
    event seems to do the attending: `The concert attended 3,000 spectators`. English:
    `3,000 spectators attended the concert`. Only event or place subjects with verbs
    whose subject must be people (attend, visit, watch, applaud, sign) are flagged, so
    `The concert attracted 3,000 spectators` and `The queen visited 300 patients` pass.""",
    triggers=OVS_VERBS, sources=WORD_ORDER_SOURCES,
)
def object_verb_subject(doc, ctx):
    for si, toks, v in positions(doc, "TQ407"):
        n = len(toks)
        if not 1 <= v < n - 2:
            continue
        if toks[v - 1].lower not in EVENT_NOUNS:
            continue
        j = v + 1
        while j < n and toks[j].lower in APPROX:
            j += 1
        if j >= n:
            continue
        if toks[j].kind == "number" or toks[j].lower in {"thousands", "hundreds", "millions", "dozens",
                                                           "tens"}:
            j += 1
            if j < n and toks[j].lower in {"of", "thousand", "million", "hundred"}:
                j += 1
            if j < n and toks[j].kind == "word" and not toks[j].text.islower():
                continue
            if j < n and toks[j].lower in PEOPLE_NOUNS:
                s = v - 1
                if s > 0 and toks[s - 1].lower in {"the", "this", "that", "a", "an"}:
                    s -= 1
                subj = doc.text[toks[v + 1].start:toks[j].end]
                obj = doc.text[toks[s].start:toks[v - 1].end]
                obj = obj[:1].lower() + obj[1:] if toks[s].lower in {"the", "this", "that", "a", "an"} else obj
                sugg = f"{subj} {toks[v].text} {obj}"
                yield Hit(toks[s].start, toks[j].end,
                          f"Object-verb-subject order: the {toks[v - 1].text} does not "
                          f"{toks[v].lower[:-2] if toks[v].lower.endswith('ed') else toks[v].lower}; "
                          f"write `{sugg}`.",
                          suggestions=(sugg[:1].upper() + sugg[1:],))
