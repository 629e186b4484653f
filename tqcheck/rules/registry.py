"""The rule registry: metadata for every rule and the function that runs it.

A rule is a pure function ``check(doc, ctx) -> Iterable[Hit]``. It never prints,
reads files or mutates the document; heavy data it needs is loaded lazily through
cached loaders in ``tqcheck.nlp`` or ``tqcheck.lexicon``.
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable

from ..findings import Category, Hit, Severity

if TYPE_CHECKING:      # the examples' module (tomllib, the marker parser): loaded only to read them
    from .cases import RuleCases

# Rule families are the packages in tqcheck/rules/ (``tq4_word_order/``); every module of a
# family whose name starts with ``tq`` holds one rule (``tq401_postposed_adjective.py``) and
# is imported when the registry is first used, so adding a rule or a family needs no edit
# here. The family's shared pass and helpers live in its other modules, imported by its rules.
_NOT_FAMILIES = {"registry", "cases", "triggers", "__init__"}


def family_modules() -> list[str]:
    """Every module that registers rules, in a fixed order.

    Read off the folders with ``os.scandir``: what ``pkgutil.iter_modules`` reports, without
    importing ``pkgutil`` or listing every sub-folder (``cases/``, ``__pycache__/``), which
    cost ~20 M instructions of a one-file run (``tests/test_startup.py`` compares the two)."""
    from . import __path__ as rules_path

    out = []
    for folder in rules_path:
        for name, ispkg, path in _entries(folder, packages=True):
            if name in _NOT_FAMILIES or name.startswith("_"):
                continue
            if not ispkg:   # a family still kept in one module
                out.append(f"tqcheck.rules.{name}")
                continue
            out.extend(f"tqcheck.rules.{name}.{sub}" for sub, _, _ in _entries(path, packages=False)
                       if sub.startswith("tq"))
    return sorted(set(out))


def _entries(folder: str, packages: bool) -> list[tuple[str, bool, str]]:
    """``(name, is_package, path)`` of the modules in ``folder``: ``NAME.py`` (or another
    module suffix) and, with ``packages``, the sub-folders holding an ``__init__`` module
    (those named ``_...`` left out: ``__pycache__``)."""
    import os
    from importlib.machinery import all_suffixes

    suffixes = sorted(all_suffixes(), key=len, reverse=True)
    found: dict[str, tuple[str, bool, str]] = {}
    try:
        listing = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []
    for entry in listing:
        name = entry.name
        if entry.is_dir():
            if (packages and not name.startswith("_") and "." not in name
                    and any(os.path.exists(os.path.join(entry.path, "__init__" + s)) for s in suffixes)):
                found.setdefault(name, (name, True, entry.path))
            continue
        suffix = next((s for s in suffixes if name.endswith(s)), None)
        stem = name[:-len(suffix)] if suffix else ""
        if stem.isidentifier() and stem != "__init__":
            found.setdefault(stem, (stem, False, entry.path))
    return list(found.values())


FAMILIES = {
    "TQ1": "punctuation and typography",
    "TQ2": "numbers and locale conventions",
    "TQ3": "calques and false friends",
    "TQ4": "word order and syntax",
    "TQ5": "untranslated text and glued words",
    "TQ6": "structure and leaks",
    "TQ7": "source against target (bilingual mode)",
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
    fixable: bool = False
    # Re-run with the file's inferred source language, to choose among entries of
    # several languages that match the same words (see engine.check_documents).
    guess_aware: bool = False
    # Lower-cased words the rule looks at: the shared trigger index (``triggers.positions``)
    # lists where they occur, so the rule visits only those tokens.
    triggers: frozenset[str] = frozenset()
    # Where the convention or the error class is documented (style guides, MQM, studies).
    sources: tuple[str, ...] = ()
    # Needs the source text: called as ``check(doc, ctx, bi)`` by ``tqcheck bitext`` (see
    # rules/tq7_bilingual/); the monolingual engine's ``check(doc, ctx)`` yields nothing.
    bilingual: bool = False

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def cases_file(self) -> str | None:
        from .cases import cases_path

        module = sys.modules.get(self.check.__module__)
        path = getattr(module, "__file__", None)
        return cases_path(path, self.code) if path else None

    @property
    def cases(self) -> RuleCases:
        """The rule's examples (``cases/CODE.toml``), loaded on first use."""
        return _cases(self.code, self.cases_file)

    @property
    def bad(self) -> tuple[str, ...]:
        """English the rule must flag (without markers)."""
        return tuple(c.text for c in self.cases.fires)

    @property
    def good(self) -> tuple[str, ...]:
        """Near-misses the rule must leave alone."""
        return tuple(c.text for c in self.cases.quiet)


@lru_cache(maxsize=None)
def _cases(code: str, path: str | None) -> RuleCases:
    import os

    from .cases import RuleCases, load_cases

    return load_cases(path) if path and os.path.exists(path) else RuleCases()


_RULES: dict[str, Rule] = {}
_loaded = False


def rule(code: str, *, name: str, category: Category, severity: Severity, summary: str,
         explanation: str,
         fixable: bool = False, guess_aware: bool = False, triggers: Iterable[str] = (),
         sources: Iterable[str] = (), bilingual: bool = False):
    """Decorator that registers a rule function under ``code``.

    Examples go in ``cases/CODE.toml`` beside the module (see ``cases``). ``triggers`` declares the lower-cased words
    the rule needs to see (``triggers.positions``); ``sources`` cites where the convention
    is documented.
    """

    def register(func):
        if code in _RULES:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, category, severity, summary.strip(),
                            " ".join(explanation.split()), func, fixable,
                            guess_aware, frozenset(w.lower() for w in triggers), tuple(sources),
                            bilingual)
        return func

    return register


def all_rules() -> list[Rule]:
    global _loaded
    if not _loaded:
        from ..nlp import regex_cache
        from ..nlp.gcpause import paused

        with paused():
            regex_cache.install()  # before the rule modules compile their patterns
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
