"""JUnit XML: a test suite per file, a test case per finding.

Findings at or above ``fail-on`` are ``<failure>``s; findings below it are passing
test cases (their details in ``<system-out>``); a file without findings is one
passing case; an input that could not be read is an ``<error>``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from .common import display_path


def render_junit(run, *, color: bool = False, quiet: bool = False) -> str:
    root = ET.Element("testsuites", name="tqcheck")
    total = failures = 0
    for i, result in enumerate(run.files):
        cfg = run.config_for(i)
        path = display_path(result.path)
        suite = ET.SubElement(root, "testsuite", name=path)
        cases = fails = 0
        for f in result.findings:
            case = ET.SubElement(suite, "testcase", classname=f"tqcheck.{f.category.value}",
                                 name=f"{f.rule} {path}:{f.line}:{f.column}", file=path, line=str(f.line))
            detail = f"{path}:{f.line}:{f.column}: {f.rule} {f.severity.value} {f.message}\n  text: {f.text}"
            if f.suggestions:
                detail += "\n  suggestion: " + " | ".join(f.suggestions)
            if cfg.fails(f.severity):
                fail = ET.SubElement(case, "failure", type=f.rule, message=f.message)
                fail.text = detail
                fails += 1
            else:
                ET.SubElement(case, "system-out").text = detail
            cases += 1
        if not result.findings:
            ET.SubElement(suite, "testcase", classname="tqcheck", name=f"{path} has no findings", file=path)
            cases = 1
        if cfg.min_score is not None and result.quality.score < cfg.min_score:
            case = ET.SubElement(suite, "testcase", classname="tqcheck.quality", name=f"{path} quality score", file=path)
            ET.SubElement(case, "failure", type="min-score",
                          message=f"quality {result.quality.score:.1f} below {cfg.min_score:g}")
            cases += 1
            fails += 1
        suite.set("tests", str(cases))
        suite.set("failures", str(fails))
        suite.set("errors", "0")
        total += cases
        failures += fails
    if run.errors:
        suite = ET.SubElement(root, "testsuite", name="inputs", tests=str(len(run.errors)),
                              failures="0", errors=str(len(run.errors)))
        for e in run.errors:
            case = ET.SubElement(suite, "testcase", classname="tqcheck.input", name=display_path(e.path))
            ET.SubElement(case, "error", type="input", message=e.reason).text = str(e)
        total += len(run.errors)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(len(run.errors)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
