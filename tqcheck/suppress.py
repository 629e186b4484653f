"""Inline suppressions: ``<!-- tqcheck: disable=TQ301 -->`` and friends, in every format.

- ``<!-- tqcheck: disable=CODES -->`` ... ``<!-- tqcheck: enable=CODES -->``: a region;
  without ``=CODES`` it covers every rule (``enable`` alone re-enables all).
- ``<!-- tqcheck: disable-next-line=CODES -->``: findings that start on the next line.
CODES are comma-separated codes (TQ301), prefixes (TQ3) or categories (calque).
The same comment works in Markdown, HTML, NITF and plain text (where it must stand
on a line of its own; the plain-text reader removes that line before the rules run).
Directives are found in the file as read, so their offsets are file offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import LineIndex
from .findings import Finding

DIRECTIVE_RE = re.compile(
    r"<!--[ \t]*tqcheck:[ \t]*(disable-next-line|disable|enable)"
    r"(?:[ \t]*=[ \t]*([A-Za-z0-9, \t-]*?))?[ \t]*-->")


@dataclass(frozen=True)
class Directive:
    kind: str                 # disable | enable | disable-next-line
    selectors: tuple[str, ...]
    start: int
    end: int


def find_directives(text: str) -> list[Directive]:
    if "tqcheck:" not in text:
        return []
    out = []
    for m in DIRECTIVE_RE.finditer(text):
        sels = tuple(s.strip() for s in (m.group(2) or "").split(",") if s.strip()) or ("ALL",)
        out.append(Directive(m.group(1), sels, m.start(), m.end()))
    return out


def _matches(f: Finding, selector: str) -> bool:
    return (selector.upper() == "ALL" or selector.lower() == f.category.value
            or f.rule.startswith(selector.upper()))


def apply_suppressions(findings: list[Finding], text: str,
                       directives: list[Directive] | None = None) -> tuple[list[Finding], int]:
    """Findings that no directive silences, and how many were silenced."""
    silenced = suppression_test(text, directives) if findings else None
    if silenced is None:
        return findings, 0
    kept = [f for f in findings if not silenced(f)]
    return kept, len(findings) - len(kept)


def suppression_test(text: str, directives: list[Directive] | None = None):
    """A function telling whether a finding is silenced, or None when ``text`` has no directives."""
    directives = find_directives(text) if directives is None else directives
    if not directives:
        return None
    lines = LineIndex(text)

    def line_of(offset: int) -> int:
        return lines.line_col(offset)[0]

    def silenced(f: Finding) -> bool:
        disabled: set[str] = set()
        for d in directives:
            if d.end > f.start:
                break
            if d.kind == "disable":
                disabled.update(s.upper() for s in d.selectors)
            elif d.kind == "enable":
                if "ALL" in (s.upper() for s in d.selectors):
                    disabled.clear()
                else:
                    disabled.difference_update(s.upper() for s in d.selectors)
            elif line_of(f.start) == line_of(d.end) + 1 and any(_matches(f, s) for s in d.selectors):
                return True
        return any(_matches(f, s) for s in disabled)

    return silenced


def unknown_selectors(directives: list[Directive], is_known) -> list[tuple[Directive, str]]:
    """The directives' selectors that name no rule, prefix or category (``is_known(sel)``
    is false): a typo there would silently suppress nothing, so the CLI reports them."""
    return [(d, s) for d in directives for s in d.selectors if s.upper() != "ALL" and not is_known(s)]


def unused_directives(findings, text: str, directives: list[Directive]) -> list[Directive]:
    """The ``disable`` and ``disable-next-line`` directives that silence none of
    ``findings`` (the findings before suppression), in file order."""
    if not directives:
        return []
    lines = LineIndex(text)
    used: set[int] = set()
    ordered = sorted(findings, key=lambda f: f.start)
    fi = 0
    disabled: dict[str, int] = {}        # selector -> index of the directive that disabled it

    def credit(f: Finding) -> None:
        for sel, i in disabled.items():
            if _matches(f, sel):
                used.add(i)

    next_line: list[tuple[int, int, Directive]] = []     # (line, index, directive)
    for i, d in enumerate(directives + [None]):
        limit = d.end if d is not None else float("inf")
        while fi < len(ordered) and ordered[fi].start < limit:
            f = ordered[fi]
            fi += 1
            credit(f)
            line = lines.line_col(f.start)[0]
            for nl, j, nd in next_line:
                if nl == line and any(_matches(f, s) for s in nd.selectors):
                    used.add(j)
        if d is None:
            break
        if d.kind == "disable":
            for s in d.selectors:
                disabled[s.upper()] = i
        elif d.kind == "enable":
            if "ALL" in (s.upper() for s in d.selectors):
                disabled.clear()
            else:
                for s in d.selectors:
                    disabled.pop(s.upper(), None)
        else:
            next_line.append((lines.line_col(d.end)[0] + 1, i, d))
    return [d for i, d in enumerate(directives) if d.kind != "enable" and i not in used]
