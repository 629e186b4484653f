"""The native answer: tqcheck's JSON report (version 1) for one text, plus the text with
every safe fix applied (runs in a worker)."""
from __future__ import annotations


def apply_fixes(text: str, findings) -> tuple[str, int]:
    """``text`` with each safe fix applied as `check --fix` applies them (``tqcheck.fix``)."""
    from ..fix import apply_fixes as apply

    result = apply(text, findings)
    return result.text, len(result.applied)


def check(job: dict, config) -> dict:
    from ..api import check_text

    changes = {}
    if job["select"] or job["ignore"]:
        from ..rules import select_rules

        try:
            select_rules(job["select"], job["ignore"])
        except ValueError as exc:
            raise ValueError(str(exc)) from None
        changes["select"] = job["select"] or config.select
        changes["ignore"] = tuple(config.ignore) + tuple(job["ignore"])
    if job["source_lang"] != "auto":
        changes["source_lang"] = job["source_lang"]
    if changes:
        config = config.replace(**changes)
    result = check_text(job["text"], config)
    findings = list(result.findings)
    by_severity = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        by_severity[f.severity.value] = by_severity.get(f.severity.value, 0) + 1
    fixed, n_fixes = apply_fixes(job["text"], findings)
    return {
        "version": 1,
        "files": [{
            "path": "-",
            "words": result.words,
            "source_language": result.source_language.to_json(),
            "quality": result.quality.to_json(),
            "findings": [f.to_json() for f in findings],
        }],
        "summary": {"files": 1, "findings": len(findings), "errors": 0, "by_severity": by_severity,
                    "suppressed": 0, "baselined": 0},
        "input_errors": [],
        "fixed_text": fixed,
        "fixes_applied": n_fixes,
    }
