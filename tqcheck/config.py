"""Settings that shape a run: which rules, their severities, gates, house style, weights.

``Config`` is immutable; command-line options and configuration files produce new
instances with ``Config.replace``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Mapping

from .findings import Severity

SOURCE_LANGUAGES = ("es", "fr", "pt", "it", "de", "ru")
SOURCE_LANG_CHOICES = ("auto",) + SOURCE_LANGUAGES
FAIL_ON_CHOICES = ("error", "warning", "info", "never")

DEFAULT_WEIGHTS = MappingProxyType({
    "error": 5.0,                # MQM major
    "warning": 1.0,              # MQM minor
    "info": 0.0,
    "punctuation_minor": 0.1,    # a minor punctuation artefact
    "untranslated": 25.0,        # an untranslated passage (MQM non-translation)
})

DEFAULT_HOUSE_STYLE = MappingProxyType({
    "quotes": "curly",       # curly | straight
    "dash": "em",            # em (closed-up em dash) | en (spaced en dash)
    "euro": "word",          # word (`150 million euros`) | symbol (`€150 million`)
    "date_order": "mdy",     # mdy (`March 12`) | dmy (`12 March`)
})


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    fail_on: str = "error"
    min_score: float | None = None
    source_lang: str = "auto"
    house_style: Mapping[str, str] = field(default_factory=lambda: DEFAULT_HOUSE_STYLE)
    weights: Mapping[str, float] = field(default_factory=lambda: DEFAULT_WEIGHTS)
    phrasebooks: tuple[str, ...] = ()   # house phrasebook files (TQ3xx entries, lexicon format)
    accept: tuple[str, ...] = ()        # terms no rule may flag (see ``accept``)

    def replace(self, **changes) -> "Config":
        return replace(self, **changes)

    def severity_for(self, code: str, default: Severity) -> Severity:
        # The most specific override wins: TQ301 over TQ30 over TQ3.
        for n in range(len(code), 2, -1):
            sev = self.severity.get(code[:n])
            if sev is not None:
                return sev
        return default

    def fails(self, severity: Severity) -> bool:
        if self.fail_on == "never":
            return False
        return severity.rank >= Severity(self.fail_on).rank


def parse_selectors(value) -> tuple[str, ...]:
    """Rule selectors as a request or a configuration file gives them, read as ``--select``
    reads its values: one comma-separated string or a list of them, each selector stripped.
    An empty selector stays as "" for the caller to drop or refuse; ``None`` is none; any
    other value is a ``TypeError``."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a string or a list of strings, got {value!r}")
    return tuple(s.strip() for v in value for s in v.split(","))
