"""The rule registry: metadata for every rule and the function that runs it.

A rule is a pure function ``check(doc, ctx) -> Iterable[Hit]``. It never prints,
reads files or mutates the document; heavy data it needs is loaded lazily through
cached loaders in ``tqcheck.nlp`` or ``tqcheck.lexicon``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from ..findings import Category, Hit, Severity

# Every module in tqcheck/rules/ except the registry is a rule family; all are
# imported when the registry is first used, so adding a family needs no edit here.
_NOT_FAMILIES = {"registry", "__init__"}


def family_modules() -> list[str]:
    import pkgutil

    from . import __path__ as rules_path

    return sorted(
        f"tqcheck.rules.{m.name}" for m in pkgutil.iter_modules(rules_path)
        if m.name not in _NOT_FAMILIES and not m.name.startswith("_")
    )

FAMILIES = {
    "TQ1": "punctuation and typography",
    "TQ2": "numbers and locale conventions",
    "TQ3": "calques and false friends",
    "TQ4": "word order and syntax",
    "TQ5": "untranslated text and glued words",
    "TQ6": "structure and leaks",
}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    explanation: str
    check: Callable[..., Iterable[Hit]] = field(repr=False, compare=False)
    bad: tuple[str, ...] = ()   # English that must fire (also run by the tests)
    good: tuple[str, ...] = ()  # near-misses that must stay quiet
    fixable: bool = False
    # Re-run with the file's inferred source language, to choose among entries of
    # several languages that match the same words (see engine.check_documents).
    guess_aware: bool = False

    @property
    def family(self) -> str:
        return self.code[:3]


_RULES: dict[str, Rule] = {}
_loaded = False


def rule(code: str, *, name: str, category: Category, severity: Severity, summary: str,
         explanation: str, bad: Iterable[str] = (), good: Iterable[str] = (),
         fixable: bool = False, guess_aware: bool = False):
    """Decorator that registers a rule function under ``code``."""

    def register(func):
        if code in _RULES:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, category, severity, summary.strip(),
                            " ".join(explanation.split()), func, tuple(bad), tuple(good), fixable,
                            guess_aware)
        return func

    return register


def all_rules() -> list[Rule]:
    global _loaded
    if not _loaded:
        for module in family_modules():
            importlib.import_module(module)
        _loaded = True
    return [ _RULES[c] for c in sorted(_RULES) ]


def get_rule(code: str) -> Rule | None:
    all_rules()
    return _RULES.get(code.upper())


def matches(rule_: Rule, selector: str) -> bool:
    """A selector is a code (TQ301), a code prefix (TQ3, TQ30) or a category name."""
    sel = selector.strip()
    if sel.lower() in {c.value for c in Category}:
        return rule_.category.value == sel.lower()
    if sel.upper() == "ALL":
        return True
    return rule_.code.startswith(sel.upper())


def validate_selector(selector: str) -> None:
    sel = selector.strip()
    if not sel:
        raise ValueError("empty rule selector")
    if sel.upper() == "ALL" or sel.lower() in {c.value for c in Category}:
        return
    if not any(r.code.startswith(sel.upper()) for r in all_rules()):
        raise ValueError(
            f"unknown rule selector {selector!r} (use a code like TQ301, a prefix like TQ3, or a category)"
        )


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Rule]:
    """The rules ``select`` picks (all when empty) minus those ``ignore`` picks, by code.

    Computed once per selection and registry size (the API calls this for every text)."""
    all_rules()
    return list(_selected(tuple(select), tuple(ignore), len(_RULES)))


@lru_cache(maxsize=64)
def _selected(select: tuple[str, ...], ignore: tuple[str, ...], _registry_size: int) -> tuple[Rule, ...]:
    for s in select + ignore:
        validate_selector(s)
    rules = all_rules()
    if select:
        rules = [r for r in rules if any(matches(r, s) for s in select)]
    if ignore:
        rules = [r for r in rules if not any(matches(r, s) for s in ignore)]
    return tuple(rules)
