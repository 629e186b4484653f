"""JUnit XML: a test suite per file, a test case per finding.

Findings at or above ``fail-on`` are ``<failure>``s; findings below it are passing
test cases (their details in ``<system-out>``); a file without findings is one
passing case; an input that could not be read is an ``<error>``.

The document is written element by element, each serialised by ElementTree and
indented as ``ET.indent`` indents the whole tree; the counts that the opening tags
carry come from the files' severity counts, so no tree of the whole run is built.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from .common import display_path, render_with
from .json_report import write_pieces

_INDENT = "  "


def _start_tag(tag: str, **attrs: str) -> str:
    """``<tag a="...">`` with attributes escaped as ElementTree escapes them."""
    empty = ET.tostring(ET.Element(tag, attrs), encoding="unicode")   # <tag a="..." />
    return empty[:-3] + ">"


def _element(elem: ET.Element, level: int) -> str:
    """``elem`` serialised as it appears ``level`` deep in an indented document."""
    ET.indent(elem, _INDENT, level)
    return ET.tostring(elem, encoding="unicode")


def _suite_counts(result, cfg) -> tuple[int, int]:
    """(test cases, failures) of a file's suite."""
    counts = result.severity_counts()
    cases = max(1, len(result.findings))
    fails = sum(n for severity, n in counts.items() if cfg.fails(severity))
    if cfg.min_score is not None and result.quality.score < cfg.min_score:
        cases += 1
        fails += 1
    return cases, fails


def _cases(result, cfg, path: str):
    """The test case elements of a file's suite, in order."""
    for f in result.findings:
        case = ET.Element("testcase", classname=f"tqcheck.{f.category.value}",
                          name=f"{f.rule} {path}:{f.line}:{f.column}", file=path, line=str(f.line))
        detail = f"{path}:{f.line}:{f.column}: {f.rule} {f.severity.value} {f.message}\n  text: {f.text}"
        if f.suggestions:
            detail += "\n  suggestion: " + " | ".join(f.suggestions)
        if cfg.fails(f.severity):
            ET.SubElement(case, "failure", type=f.rule, message=f.message).text = detail
        else:
            ET.SubElement(case, "system-out").text = detail
        yield case
    if not result.findings:
        yield ET.Element("testcase", classname="tqcheck", name=f"{path} has no findings", file=path)
    if cfg.min_score is not None and result.quality.score < cfg.min_score:
        case = ET.Element("testcase", classname="tqcheck.quality", name=f"{path} quality score", file=path)
        ET.SubElement(case, "failure", type="min-score",
                      message=f"quality {result.quality.score:.1f} below {cfg.min_score:g}")
        yield case


def _input_cases(run):
    for e in run.errors:
        case = ET.Element("testcase", classname="tqcheck.input", name=display_path(e.path))
        ET.SubElement(case, "error", type="input", message=e.reason).text = str(e)
        yield case


def write_junit(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    suites = []   # (name, cases, failures, errors, case elements)
    for i, result in enumerate(run.files):
        cfg = run.config_for(i)
        path = display_path(result.path)
        cases, fails = _suite_counts(result, cfg)
        suites.append((path, cases, fails, 0, _cases(result, cfg, path)))
    if run.errors:
        suites.append(("inputs", len(run.errors), 0, len(run.errors), _input_cases(run)))
    total = sum(s[1] for s in suites)
    failures = sum(s[2] for s in suites)
    root = dict(name="tqcheck", tests=str(total), failures=str(failures), errors=str(len(run.errors)))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if not suites:
        out.write(ET.tostring(ET.Element("testsuites", root), encoding="unicode") + "\n")
        return
    out.write(_start_tag("testsuites", **root))
    for name, cases, fails, errors, elements in suites:
        out.write(f"\n{_INDENT}" + _start_tag("testsuite", name=name, tests=str(cases), failures=str(fails),
                                               errors=str(errors)))
        write_pieces((f"\n{_INDENT * 2}" + _element(case, 2) for case in elements), out)
        out.write(f"\n{_INDENT}</testsuite>")
    out.write("\n</testsuites>\n")


def render_junit(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_junit, run, color=color, quiet=quiet)
