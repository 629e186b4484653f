"""MQM-style quality score: 100 × (1 − penalty / words), floored at 0.

Each finding adds its severity's weight to the penalty (error 5, warning 1, info 0);
a warning-level punctuation artefact weighs ``punctuation_minor`` (0.1) and an
untranslated error weighs ``untranslated`` (25). Weights come from the config.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from .findings import Category, Finding, Severity


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


def signature(codes, weights: Mapping[str, float]) -> str:
    """What a score depends on, in one line like sacrebleu's signatures: the rules that ran
    (how many, and a hash of their codes), the weights and the tqcheck version, e.g.
    ``rules:52#1f0c9a2e|weights:error=5,warning=1,info=0,punctuation_minor=0.1,untranslated=25|version:0.1.0``.
    Two scores compare only when their signatures are equal."""
    import hashlib

    from .version import __version__

    codes = sorted(set(codes))
    digest = hashlib.sha256(",".join(codes).encode("ascii")).hexdigest()[:8]
    w = ",".join(f"{k}={weights[k]:g}" for k in weights)
    return f"rules:{len(codes)}#{digest}|weights:{w}|version:{__version__}"
