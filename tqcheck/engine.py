"""Run the selected rules over a document and turn their hits into findings."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .context import RuleContext
from .document import Document
from .findings import Finding, Hit, Severity
from .rules.registry import Rule, select_rules
from .scoring.quality import Quality, quality_score
from .sourcelang import LanguageGuess, estimate


@dataclass
class FileResult:
    path: str
    text: str                     # the file's text as read (offsets point here)
    words: int
    findings: list[Finding]
    source_language: LanguageGuess
    quality: Quality
    document: Document | None = field(default=None, repr=False)
    suppressed: int = 0           # findings silenced by inline directives (not in to_json)

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "words": self.words,
            "source_language": self.source_language.to_json(),
            "quality": self.quality.to_json(),
            "findings": [f.to_json() for f in self.findings],
        }


def run_rules(doc: Document, rules: list[Rule], config: Config) -> list[tuple[Rule, Hit, Severity]]:
    ctx = RuleContext(config=config, source_lang=None if config.source_lang == "auto" else config.source_lang)
    out = []
    for r in rules:
        for hit in r.check(doc, ctx):
            sev = config.severity_for(r.code, hit.severity or r.severity)
            out.append((r, hit, sev))
    return out


def _to_finding(r: Rule, hit: Hit, sev: Severity, doc: Document, file_text: str) -> Finding:
    start, end, fix = hit.start, hit.end, hit.fix
    if doc.offset_map is not None:
        start, end = doc.offset_map.span_to_source(hit.start, hit.end)
        # A fix is only safe if the span maps onto identical text in the file.
        if fix is not None and file_text[start:end] != doc.text[hit.start:hit.end]:
            fix = None
    lines = doc.view("file_lines", lambda d: _line_index(file_text))
    line, col = lines.line_col(start)
    return Finding(
        rule=r.code, category=r.category, severity=sev, start=start, end=end,
        line=line, column=col, text=file_text[start:end], message=hit.message,
        suggestions=tuple(hit.suggestions), fix=fix, source_lang=hit.source_lang,
    )


def _line_index(text: str):
    from .document import LineIndex

    return LineIndex(text)


def check_document(doc: Document, config: Config, file_text: str | None = None,
                   rules: list[Rule] | None = None) -> FileResult:
    """All findings for one document, sorted by position, with score and language guess."""
    file_text = doc.text if file_text is None else file_text
    rules = select_rules(config.select, config.ignore) if rules is None else rules
    raw = run_rules(doc, rules, config)
    given = None if config.source_lang == "auto" else config.source_lang
    guess = estimate(((h, s) for _, h, s in raw), given)
    findings = []
    for r, hit, sev in raw:
        if hit.weak and hit.source_lang and hit.source_lang != guess.guess:
            continue
        findings.append(_to_finding(r, hit, sev, doc, file_text))
    findings = sorted(set(findings), key=Finding.sort_key)
    words = doc.word_count
    return FileResult(
        path=doc.path or "-", text=file_text, words=words, findings=findings,
        source_language=guess, quality=quality_score(findings, words, config.weights), document=doc,
    )
