"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` describes every rule (summary, explanation and
examples as help text); each result has a region (lines, columns and character
offsets, in Unicode code points: ``columnKind`` is ``unicodeCodePoints``), a text
fingerprint, and a ``fixes`` entry when the finding has a safe replacement.
"""
from __future__ import annotations

import json

from .. import __version__
from ..document import LineIndex
from .common import LEVELS, artifact_uri, end_line_col, message_with_suggestions

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _help(r) -> dict:
    text = [r.summary, "", r.explanation]
    md = [f"**{r.code} {r.name}** ({r.category.value}, default severity {r.severity.value})", "",
          r.summary, "", r.explanation]
    if r.bad:
        text += ["", "Flagged:"] + [f"  x {ex}" for ex in r.bad]
        md += ["", "Flagged:", ""] + [f"- `{ex}`" for ex in r.bad]
    if r.good:
        text += ["", "Not flagged:"] + [f"  ok {ex}" for ex in r.good]
        md += ["", "Not flagged:", ""] + [f"- `{ex}`" for ex in r.good]
    return {"text": "\n".join(text), "markdown": "\n".join(md)}


def _rule(r) -> dict:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.explanation},
        "help": _help(r),
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"tags": ["translation-quality", r.category.value], "category": r.category.value,
                       "fixable": r.fixable},
    }


def _region(lines: LineIndex, f) -> dict:
    end_line, end_col = end_line_col(lines, f)
    region = {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
              "charOffset": f.start, "charLength": f.end - f.start}
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def sarif_log(run) -> dict:
    from ..baseline import fingerprint
    from ..rules.registry import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for file_result in run.files:
        lines = LineIndex(file_result.text)
        location = {"uri": artifact_uri(file_result.path)}
        for f in file_result.findings:
            region = _region(lines, f)
            result = {
                "ruleId": f.rule,
                "level": LEVELS[f.severity],
                "message": {"text": message_with_suggestions(f)},
                "locations": [{"physicalLocation": {"artifactLocation": dict(location),
                                                    "region": region}}],
                "partialFingerprints": {"tqcheckTextHash/v1": fingerprint(f)},
                "properties": {"category": f.category.value, "suggestions": list(f.suggestions)},
            }
            if f.rule in index:
                result["ruleIndex"] = index[f.rule]
            if f.fix is not None:
                deleted = {k: v for k, v in region.items() if k != "snippet"}
                result["fixes"] = [{
                    "description": {"text": f"Replace {f.text!r} with {f.fix!r}"},
                    "artifactChanges": [{"artifactLocation": dict(location), "replacements": [
                        {"deletedRegion": deleted, "insertedContent": {"text": f.fix}}]}],
                }]
            results.append(result)
    invocation = {"executionSuccessful": not run.errors}
    if run.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": str(e)},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(e.path)}}}]}
            for e in run.errors]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "tqcheck", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(r) for r in rules]}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render_sarif(run, *, color: bool = False, quiet: bool = False) -> str:
    return json.dumps(sarif_log(run), ensure_ascii=False, indent=2) + "\n"
