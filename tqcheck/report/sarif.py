"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` describes every rule (summary, explanation and
examples as help text); each result has a region (lines, columns and character
offsets, in Unicode code points: ``columnKind`` is ``unicodeCodePoints``), a text
fingerprint, and a ``fixes`` entry when the finding has a safe replacement.
"""
from __future__ import annotations

from typing import TextIO

from .. import __version__
from .common import LEVELS, artifact_uri, end_line_col, message_with_suggestions, rule_doc_url
from .json_report import dumps_indented, write_indented

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
        "helpUri": rule_doc_url(r.code),
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"tags": ["translation-quality", r.category.value], "category": r.category.value,
                       "fixable": r.fixable},
    }


def _region(lines, f) -> dict:
    end_line, end_col = end_line_col(lines, f)
    region = {"startLine": f.line, "startColumn": f.column, "endLine": end_line, "endColumn": end_col,
              "charOffset": f.start, "charLength": f.end - f.start}
    if f.text:
        region["snippet"] = {"text": f.text}
    return region


def sarif_log(run, streamed: bool = False) -> dict:
    """The SARIF log; with ``streamed`` its results are an iterator (see ``write_sarif``)."""
    from ..rules.registry import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = _results(run, index)
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
            "results": results if streamed else list(results),
        }],
    }


def _results(run, index: dict[str, int]):
    """A SARIF result per finding, a piece of a file at a time."""
    from ..run.baseline import fingerprint

    for file_result in run.files:
        location = {"uri": artifact_uri(file_result.path)}
        for piece in file_result.pieces():
            lines = piece.lines() if piece.findings else None
            for f in piece.findings:
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
                yield result


# Layout: indented two spaces; values six levels deep (a location, a rule's help, a fix)
# are one compact line each, written by json's C encoder (several times faster).
_FLAT_DEPTH = 6


def write_sarif(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    """Write the log result by result (same bytes as ``render_sarif``)."""
    write_indented(sarif_log(run, streamed=True), out, _FLAT_DEPTH)
    out.write("\n")


def render_sarif(run, *, color: bool = False, quiet: bool = False) -> str:
    return dumps_indented(sarif_log(run), _FLAT_DEPTH) + "\n"
