"""Findings: what a rule reports, and the vocabulary (severity, category) it uses."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    """MQM-style severities: error = major, warning = minor, info = neutral."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls(value.lower())
        except ValueError:
            raise ValueError(
                f"unknown severity {value!r} (expected one of: error, warning, info)"
            ) from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Category(str, Enum):
    PUNCTUATION = "punctuation"
    NUMBER_FORMAT = "number-format"
    CALQUE = "calque"
    WORD_ORDER = "word-order"
    UNTRANSLATED = "untranslated"
    STRUCTURE = "structure"
    STYLE = "style"


CATEGORY_NAMES = frozenset(c.value for c in Category)


@dataclass(frozen=True)
class Hit:
    """What a rule function yields: a span of the document text and what is wrong there.

    Offsets are code-point offsets into ``Document.text``, end exclusive. ``fix`` is a
    replacement for exactly ``text[start:end]`` that is safe to apply without review;
    ``None`` when the right edit needs a human. ``source_lang`` names the language the
    artefact comes from when the rule knows it; ``weak`` hits only survive when the
    document's source language is that language (ambiguous false friends).
    """

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    fix: str | None = None
    source_lang: str | None = None
    weak: bool = False
    severity: Severity | None = None


@dataclass(frozen=True)
class Finding:
    """A hit made final by the engine: rule metadata attached, offsets in the file's text."""

    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    fix: str | None = None
    source_lang: str | None = None

    def sort_key(self) -> tuple:
        return (self.start, self.end, self.rule, self.message)

    def to_json(self) -> dict:
        data = {
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "fix": None if self.fix is None else {"replacement": self.fix},
        }
        if self.source_lang:
            data["source_lang"] = self.source_lang
        return data


_new_object = object.__new__
_set_attribute = object.__setattr__


def make_finding(rule: str, category: Category, severity: Severity, start: int, end: int, line: int,
                 column: int, text: str, message: str, suggestions: tuple[str, ...],
                 fix: str | None, source_lang: str | None) -> Finding:
    """``Finding(...)`` with every field given, built with one assignment of the instance
    dict instead of the frozen dataclass's ``__init__`` (one ``object.__setattr__`` per
    field, 2.3x slower): the engine makes one per hit. Equal to (and hashed like) the
    ``Finding`` built the ordinary way (tests/test_findings_fast.py)."""
    f = _new_object(Finding)
    _set_attribute(f, "__dict__", {
        "rule": rule, "category": category, "severity": severity, "start": start, "end": end,
        "line": line, "column": column, "text": text, "message": message,
        "suggestions": suggestions, "fix": fix, "source_lang": source_lang})
    return f
