"""TQ401 postposed-adjective: a classifying adjective after its noun (`partner strategic`).

Examples: cases/TQ401.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ...nlp.tagger import pos_view
from ..registry import rule
from ..triggers import positions
from .helpers import NOUN_TAGS, WORD_ORDER_SOURCES
from .vocabulary import (ASPECT_NOUNS, CLASSIFYING, COMMON_ADJECTIVES, COMPLEX_TRANSITIVE, COPULAS,
                         DETERMINERS, FUNCTION_WORDS, INSTITUTIONS, LANGUAGES, NATIONALITY, NOUN_EXCEPT)

# The triggers are classifying (relational) adjectives: in English they come before the
# noun and are never used postpositively. Postpositive-capable adjectives (`general`,
# `elect`, `apparent`, `present`, `public`, `martial`, `important`, `safe`...) are
# deliberately absent from the list, so `attorney general`, `the people present`, `made
# the streets safe` cannot match.
NP_OPENERS = frozenset({"DT", "PRP$", "JJ", "JJS", "JJR", "POS", "CD", "PDT"})
PREMOD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG"})

SUPERLATIVE_AFTER = re.compile(r"\s*[“\"‘']?\s*(most \w+|least \w+|\w+est)\b")


@rule(
    "TQ401", name="postposed-adjective", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A classifying adjective after its noun (`partner strategic`, `decision political`).",
    explanation="""Spanish, French, Italian and Portuguese put most adjectives after the noun
    (`socio estratégico`, `una decisión política`, `le parti socialiste`); machine
    translation often keeps that order. In English a classifying adjective (strategic,
    political, economic, socialist, nationality adjectives) always comes before the noun:
    `strategic partner`, `political decision`, `the Socialist party`. English does have
    postpositive adjectives (`attorney general`, `court martial`, `president elect`,
    `heir apparent`, `the people present`, `something important`) and adjective
    complements (`made the streets safe`, `considered the decision political`); the rule
    only knows classifying adjectives, needs the part-of-speech tagger to confirm a noun
    phrase (`his partner strategic`) and skips object complements.""",
    triggers=CLASSIFYING, sources=WORD_ORDER_SOURCES,
)
def postposed_adjective(doc, ctx):
    pos = None
    for si, toks, k in positions(doc, "TQ401"):
        if k < 2:
            continue
        adj = toks[k]
        noun = toks[k - 1]
        # A lower-case noun, or a capitalised institution before a nationality
        # (`the Government Spanish`, `the Executive French`).
        institution = noun.lower in INSTITUTIONS and adj.lower in NATIONALITY and noun.text[:1].isupper()
        if noun.kind != "word" or not (noun.text.islower() or institution) or noun.lower in NOUN_EXCEPT \
                or noun.lower in COMMON_ADJECTIVES or "'" in noun.text or "’" in noun.text:
            continue
        if not doc.text[noun.end:adj.start].isspace() or noun.lower in FUNCTION_WORDS:
            continue
        # Cheap pre-filter before tagging: a determiner or possessive opens the noun
        # phrase (`his partner strategic`, `a new decision political`).
        d1, d2 = toks[k - 2], toks[k - 3] if k >= 3 else None
        if not (d1.lower in DETERMINERS or d1.text.endswith(("'s", "’s"))
                or (d2 is not None and d2.lower in DETERMINERS and d1.text.islower()
                    and d1.lower not in FUNCTION_WORDS)):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        pos = pos or pos_view(doc)
        tags = pos.near(si, k - 5, k + 1)
        # `a meeting bilateral`: after a determiner an -ing word is a noun.
        noun_ok = tags[k - 1] in NOUN_TAGS or (tags[k - 1] == "VBG" and d1.lower in DETERMINERS) \
            or (institution and tags[k - 1] in {"NNP", "NN"})
        if not noun_ok or tags[k] not in {"JJ", "NN", "NNP"}:
            continue
        if adj.text[0].isupper() and adj.lower not in NATIONALITY:
            continue
        # Inside a noun phrase: determiner, possessive or adjective before the noun.
        if tags[k - 2] not in NP_OPENERS:
            continue
        # Not premodifying a following noun (`the government economic plan`).
        if nxt is not None and nxt.kind != "punct" and tags[k + 1] in PREMOD_TAGS:
            continue
        # Not an adjective with its own complement (`a country European in spirit`).
        if nxt is not None and nxt.lower == "in" and k + 2 < len(toks) and toks[k + 2].lower in ASPECT_NOUNS:
            continue
        # The word before the noun phrase (`taught her children`, `found the decision`).
        j = k - 2
        while j > 0 and tags[j] in NP_OPENERS:
            j -= 1
        # Not a language taught or spoken (`She taught her children Spanish`).
        if adj.lower in LANGUAGES and (nxt is None or nxt.kind == "punct" or tags[k + 1] == "IN"):
            if (tags[j] or "").startswith("VB"):
                continue
        # Not a gapped predicate (`her mother is Spanish and her father Russian`).
        d = k - 2 if d1.lower in DETERMINERS or d1.text.endswith(("'s", "’s")) else k - 3
        if d > 0 and toks[d - 1].lower in {"and", "but", "while", "whereas", "or", ",", ";"} \
                and (nxt is None or nxt.kind == "punct") \
                and any(x.lower in COPULAS for x in toks[:d - 1]):
            continue
        # Not an object complement (`found the decision political`).
        before = toks[j] if tags[j] is not None and tags[j] not in NP_OPENERS else None
        if before is not None and tags[j].startswith("VB") and before.lower.startswith(COMPLEX_TRANSITIVE):
            continue
        fixed = f"{adj.text} {noun.text}"
        suggestions = [fixed]
        m = SUPERLATIVE_AFTER.match(doc.text, adj.end)
        if m:
            suggestions.insert(0, f"{m.group(1)} {fixed}")
        yield Hit(noun.start, adj.end,
                  f"Adjective after the noun (`{noun.text} {adj.text}`): in English a "
                  f"classifying adjective goes before it: `{suggestions[0]}`.",
                  suggestions=tuple(suggestions))
