"""TQ409 adverbial-before-object: comma-set time and place between a verb and its object
(`Receiving, Tuesday, at the Élysée, the delegation`).

Examples: cases/TQ409.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from ..triggers import positions
from .helpers import WORD_ORDER_SOURCES, time_phrase_end
from .vocabulary import OBJ_OPENERS, PLACE_PREPS, TIME_HEADS, TIME_PARTS, TIME_WORDS, WEEKDAYS


@rule(
    "TQ409", name="adverbial-before-object", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="Comma-set time and place between a verb and its object (`Receiving, Tuesday, at the Élysée, the delegation`).",
    explanation="""French (and Spanish, Italian) put time and place adverbials between the
    verb and its object, set off by commas: `recevant, mardi, à l'Élysée, la délégation`.
    Translated word for word this reads `Receiving, Tuesday, at the Élysée, the
    delegation`; English keeps the object next to its verb and moves the adverbials to the
    end: `Receiving the delegation at the Élysée on Tuesday`. English writers do
    occasionally interrupt a verb and its object this way for emphasis, so the rule only
    informs.""",
    triggers=TIME_WORDS | WEEKDAYS | TIME_PARTS, sources=WORD_ORDER_SOURCES,
)
def adverbial_before_object(doc, ctx):
    pos = None
    text = doc.text
    seen = set()
    for si, toks, k in positions(doc, "TQ409"):
        n = len(toks)
        c = k - 1 if toks[k - 1].text == "," else k - 2
        if (si, c) in seen:
            continue
        seen.add((si, c))
        if not 1 <= c < n - 3:
            continue
        if toks[c].text != ",":
            continue
        t_end = time_phrase_end(toks, c + 1)
        if t_end == c + 1 or t_end >= n or toks[t_end].text != ",":
            continue
        verb = toks[c - 1]
        if verb.kind != "word" or verb.lower in {"said", "says", "told", "tells"}:
            continue
        j = t_end + 1
        place = ""
        if j < n and toks[j].lower in PLACE_PREPS:
            k = j + 1
            while k < n and k - j <= 6 and toks[k].text != ",":
                k += 1
            if k >= n or toks[k].text != ",":
                continue
            place = text[toks[j].start:toks[k - 1].end]
            j = k + 1
        if j + 1 >= n or toks[j].lower not in OBJ_OPENERS or toks[j + 1].kind != "word" \
                or any(x.lower in TIME_HEADS for x in toks[j + 1:j + 3]):
            continue
        pos = pos or pos_view(doc)
        tags = pos.near(si, c - 2, c)
        # A sentence-initial participle followed by a comma is often tagged as a noun.
        if not ((tags[c - 1] or "").startswith("VB") or (c == 1 and verb.lower.endswith("ing"))):
            continue
        e = j + 1
        while e < n and e - j < 8 and toks[e].kind == "word":
            e += 1
        obj = text[toks[j].start:toks[e - 1].end]
        when = text[toks[c + 1].start:toks[t_end - 1].end]
        if toks[c + 1].lower in WEEKDAYS:
            when = "on " + when
        sugg = " ".join(x for x in (verb.text, obj, place, when) if x)
        yield Hit(verb.start, toks[e - 1].end,
                  f"Time and place set between the verb and its object: keep the object "
                  f"next to the verb and move the adverbials to the end: `{sugg}`.",
                  suggestions=(sugg,))
