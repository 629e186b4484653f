"""JUnit XML: a test suite per file, a test case per finding.

Findings at or above ``fail-on`` are ``<failure>``s; findings below it are passing
test cases (their details in ``<system-out>``); a file without findings is one
passing case; an input that could not be read is an ``<error>``.

The document is written suite by suite, the test cases serialised by ElementTree a
batch at a time and indented as ``ET.indent`` indents the whole tree; the counts that
the opening tags carry come from the files' severity counts, so no tree of the whole
run is built.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TextIO

from .common import display_path, render_with, write_pieces, xml_safe

_INDENT = "  "


def _start_tag(tag: str, **attrs: str) -> str:
    """``<tag a="...">`` with attributes escaped as ElementTree escapes them."""
    empty = ET.tostring(ET.Element(tag, {k: xml_safe(v) for k, v in attrs.items()}), encoding="unicode")   # <tag a="..." />
    return empty[:-3] + ">"


_BATCH = 1000   # test cases serialised together


def _serialised(cases, level: int):
    """The cases as they appear ``level`` deep in an indented document, each after its
    line break and indent; serialised a batch at a time under a stand-in parent."""
    batch = ET.Element("batch")
    for case in cases:
        batch.append(case)
        if len(batch) >= _BATCH:
            yield _children(batch, level)
            batch = ET.Element("batch")
    if len(batch):
        yield _children(batch, level)


def _children(parent: ET.Element, level: int) -> str:
    ET.indent(parent, _INDENT, level - 1)
    xml = ET.tostring(parent, encoding="unicode")
    return xml[len("<batch>"):-len(f"\n{_INDENT * (level - 1)}</batch>")]


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
            ET.SubElement(case, "failure", type=f.rule, message=xml_safe(f.message)).text = xml_safe(detail)
        else:
            ET.SubElement(case, "system-out").text = xml_safe(detail)
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
        case = ET.Element("testcase", classname="tqcheck.input", name=xml_safe(display_path(e.path)))
        ET.SubElement(case, "error", type="input", message=xml_safe(e.reason)).text = xml_safe(str(e))
        yield case


def write_junit(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    suites = []   # (attributes, number of cases, case elements)
    for i, result in enumerate(run.files):
        cfg = run.config_for(i)
        path = xml_safe(display_path(result.path))
        cases, fails = _suite_counts(result, cfg)
        suites.append((_suite_attrs(path, cases, fails, 0), cases, _cases(result, cfg, path)))
    if run.errors:
        n = len(run.errors)
        suites.append((_suite_attrs("inputs", n, 0, n), n, _input_cases(run)))
    total = sum(int(a["tests"]) for a, _, _ in suites)
    failures = sum(int(a["failures"]) for a, _, _ in suites)
    root = dict(name="tqcheck", tests=str(total), failures=str(failures), errors=str(len(run.errors)))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if not suites:
        out.write(ET.tostring(ET.Element("testsuites", root), encoding="unicode") + "\n")
        return
    out.write(_start_tag("testsuites", **root))
    small = ET.Element("batch")        # whole suites of at most _BATCH cases, written together
    for attrs, n, cases in suites:
        if n <= _BATCH:
            suite = ET.SubElement(small, "testsuite", attrs)
            suite.extend(cases)
            if sum(len(s) for s in small) >= _BATCH:
                out.write(_children(small, 1))
                small = ET.Element("batch")
            continue
        if len(small):
            out.write(_children(small, 1))
            small = ET.Element("batch")
        out.write(f"\n{_INDENT}" + _start_tag("testsuite", **attrs))
        write_pieces(_serialised(cases, 2), out)
        out.write(f"\n{_INDENT}</testsuite>")
    if len(small):
        out.write(_children(small, 1))
    out.write("\n</testsuites>\n")


def _suite_attrs(name: str, cases: int, failures: int, errors: int) -> dict[str, str]:
    return {"name": name, "tests": str(cases), "failures": str(failures), "errors": str(errors)}


def render_junit(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_junit, run, color=color, quiet=quiet)
