"""The document's source-language estimate, added up from the evidence rules leave.

Every hit that names a ``source_lang`` (a Spanish calque, a French quote spacing, a
Spanish untranslated word) is one vote for that language, weighted by the hit's
strength; ``weak`` hits (ambiguous false friends) do not vote. The guess is the
language with most weight; its confidence grows with its share of the votes and
with the amount of evidence.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .findings import Hit, Severity

_SEVERITY_VOTE = {Severity.ERROR: 2.0, Severity.WARNING: 1.0, Severity.INFO: 0.5}


@dataclass(frozen=True)
class LanguageGuess:
    guess: str | None
    confidence: float
    votes: dict

    def to_json(self) -> dict:
        return {"guess": self.guess, "confidence": self.confidence}


def estimate(evidence: Iterable[tuple[Hit, Severity]], given: str | None = None) -> LanguageGuess:
    votes: dict[str, float] = defaultdict(float)
    for hit, severity in evidence:
        if hit.source_lang and not hit.weak:
            votes[hit.source_lang] += _SEVERITY_VOTE[severity]
    votes = dict(sorted(votes.items()))
    if given:
        return LanguageGuess(given, 1.0, votes)
    if not votes:
        return LanguageGuess(None, 0.0, votes)
    best = max(votes, key=lambda k: (votes[k], k == "es", k))
    total = sum(votes.values())
    share = votes[best] / total
    amount = 1.0 - math.exp(-votes[best] / 3.0)
    return LanguageGuess(best, round(share * amount, 2), votes)
