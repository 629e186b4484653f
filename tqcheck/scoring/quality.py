"""MQM-style quality score: 100 × (1 − penalty / words), floored at 0.

Each finding adds its severity's weight to the penalty (error 5, warning 1, info 0);
a warning-level punctuation artefact weighs ``punctuation_minor`` (0.1) and an
untranslated error weighs ``untranslated`` (25). Weights come from the config.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ..findings import Category, Finding, Severity


@dataclass(frozen=True)
class Quality:
    score: float
    penalty: float

    def to_json(self) -> dict:
        return {"score": self.score, "penalty": self.penalty}


def finding_weight(f: Finding, weights: Mapping[str, float]) -> float:
    if f.category is Category.UNTRANSLATED and f.severity is Severity.ERROR:
        return weights["untranslated"]
    if f.category is Category.PUNCTUATION and f.severity is Severity.WARNING:
        return weights["punctuation_minor"]
    return weights[f.severity.value]


def quality_score(findings: Iterable[Finding], words: int, weights: Mapping[str, float]) -> Quality:
    penalty = round(sum(finding_weight(f, weights) for f in findings), 2)
    if words <= 0:
        score = 100.0 if penalty == 0 else 0.0
    else:
        score = max(0.0, 100.0 * (1.0 - penalty / words))
    return Quality(round(score, 1), penalty)
