"""Rule examples as data: English that must fire, with the marked span, the suggestions and
the fix, and near-misses that must stay quiet (LanguageTool's ``<example correction=…>``,
sqlfluff's YAML test cases). One TOML file per rule, ``cases/TQ401.toml`` in the rule's
family package; ``tests/test_rule_cases.py`` runs every file, ``tqcheck explain`` and
``docs/rules.md`` show them.

    [[fires]]
    text = "Putin sees China as his <marker>partner strategic</marker> in Asia."
    suggestions = ["strategic partner"]      # optional: the first suggestions, in order
    fix = "strategic partner"                # the safe fix, or false: none is offered
    fixed = "Putin sees China as his strategic partner in Asia."   # the text after the fix
    config = { house_style = { dash = "en" } }   # optional Config fields for this case
    source_lang = "es"                       # optional: as --source-lang
    source = "El plan costará 150.000 millones."   # bilingual rules (TQ7xx): the source text

    [[quiet]]
    text = "The attorney general spoke on Monday."
    why = "a postpositive adjective that English keeps"   # optional

The markers give every span the rule must report in the text, and it must report no
other. With several markers, ``fix`` and ``suggestions`` may be lists, one per marker.
``fixed`` is required whenever a fix is given, so each fix is read as English, not only as
a span.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

_MARKER_RE = re.compile(r"<marker>(.*?)</marker>", re.DOTALL)
_CASE_KEYS = {"fires": {"text", "suggestions", "fix", "fixed", "config", "source_lang", "why", "source"},
              "quiet": {"text", "config", "source_lang", "why", "source"}}


class CaseError(ValueError):
    """A case file that does not follow the format above."""


@dataclass(frozen=True)
class Case:
    text: str                                   # the example without markers
    spans: tuple[tuple[int, int], ...] = ()     # the marked spans (fires) or () (quiet)
    suggestions: tuple[tuple[str, ...] | None, ...] = ()  # per span: expected first suggestions
    fixes: tuple[str | None, ...] | None = None  # per span: the safe fix (None: no fix); None: unstated
    fixed: str | None = None                    # the whole text after the fixes
    config: dict[str, Any] = field(default_factory=dict)
    source_lang: str | None = None
    why: str = ""
    source: str | None = None                   # bilingual rules (TQ7xx): the source the text translates

    @property
    def fires(self) -> bool:
        return bool(self.spans)

    def marked(self, left: str = "[", right: str = "]") -> str:
        """The text with its spans between ``left`` and ``right`` (for docs and explain)."""
        out, pos = [], 0
        for s, e in self.spans:
            out += [self.text[pos:s], left, self.text[s:e], right]
            pos = e
        out.append(self.text[pos:])
        return "".join(out)


@dataclass(frozen=True)
class RuleCases:
    fires: tuple[Case, ...] = ()
    quiet: tuple[Case, ...] = ()


def parse_marked(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``'a <marker>b</marker> c'`` -> ``('a b c', ((2, 3),))``: offsets in the plain text."""
    plain, spans, pos = [], [], 0
    length = 0
    for m in _MARKER_RE.finditer(marked):
        before = marked[pos:m.start()]
        plain.append(before)
        length += len(before)
        spans.append((length, length + len(m.group(1))))
        plain.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    plain.append(marked[pos:])
    text = "".join(plain)
    if "<marker>" in text or "</marker>" in text:
        raise CaseError(f"unbalanced <marker> in {marked!r}")
    return text, tuple(spans)


def _per_span(value, n: int, what: str, where: str) -> tuple:
    if isinstance(value, list) and (what == "fix" or (value and isinstance(value[0], list))):
        if len(value) != n:
            raise CaseError(f"{where}: {what} lists {len(value)} values for {n} markers")
        return tuple(value)
    return (value,) * n


def _case(kind: str, raw: dict, where: str) -> Case:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise CaseError(f"{where}: a case needs a `text` string")
    unknown = set(raw) - _CASE_KEYS[kind]
    if unknown:
        raise CaseError(f"{where}: unknown key(s) {sorted(unknown)} in a [[{kind}]] case")
    text, spans = parse_marked(raw["text"])
    if kind == "quiet":
        if spans:
            raise CaseError(f"{where}: a quiet case has no <marker>")
        return Case(text, config=raw.get("config", {}), source_lang=raw.get("source_lang"),
                    why=raw.get("why", ""), source=raw.get("source"))
    if not spans:
        raise CaseError(f"{where}: a [[fires]] case marks its span(s) with <marker>…</marker>")
    suggestions = raw.get("suggestions")
    suggestions = tuple(None if s is None else tuple(s) for s in _per_span(suggestions, len(spans), "suggestions", where)) \
        if suggestions is not None else (None,) * len(spans)
    fixes = None
    if "fix" in raw:
        fixes = tuple(None if f is False else f for f in _per_span(raw["fix"], len(spans), "fix", where))
        if any(f is not None for f in fixes) and "fixed" not in raw:
            raise CaseError(f"{where}: a case with a fix gives the `fixed` text")
    return Case(text, spans, suggestions, fixes, raw.get("fixed"), raw.get("config", {}),
                raw.get("source_lang"), raw.get("why", ""), raw.get("source"))


def load_cases(path: str) -> RuleCases:
    """The cases in one file (``CaseError`` when it breaks the format)."""
    from ..tomlio import loads

    with open(path, encoding="utf-8") as fh:
        try:
            data = loads(fh.read())
        except ValueError as exc:
            raise CaseError(f"{path}: {exc}") from None
    unknown = set(data) - {"fires", "quiet"}
    if unknown:
        raise CaseError(f"{path}: unknown table(s) {sorted(unknown)} (expected [[fires]] and [[quiet]])")
    return RuleCases(
        fires=tuple(_case("fires", c, f"{path} fires[{i}]") for i, c in enumerate(data.get("fires", []))),
        quiet=tuple(_case("quiet", c, f"{path} quiet[{i}]") for i, c in enumerate(data.get("quiet", []))),
    )


def cases_path(module_file: str, code: str) -> str:
    """Where the cases of rule ``code`` defined in ``module_file`` live."""
    return os.path.join(os.path.dirname(module_file), "cases", f"{code}.toml")
