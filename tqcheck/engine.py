"""Run the selected rules over a document and turn their hits into findings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from .config import Config
from .context import RuleContext
from .document import Document, LineIndex
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


def run_rules(doc: Document, rules: list[Rule], config: Config,
              source_lang: str | None = None) -> list[tuple[Rule, Hit, Severity]]:
    if source_lang is None and config.source_lang != "auto":
        source_lang = config.source_lang
    ctx = RuleContext(config=config, source_lang=source_lang)
    out = []
    for r in rules:
        for hit in r.check(doc, ctx):
            sev = config.severity_for(r.code, hit.severity or r.severity)
            out.append((r, hit, sev))
    return out


def _to_finding(r: Rule, hit: Hit, sev: Severity, doc: Document, file_text: str, lines: LineIndex) -> Finding:
    start, end, fix = hit.start, hit.end, hit.fix
    if doc.offset_map is not None:
        start, end = doc.offset_map.span_to_source(hit.start, hit.end)
        # A fix is only safe if the span maps onto identical text in the file.
        if fix is not None and file_text[start:end] != doc.text[hit.start:hit.end]:
            fix = None
    line, col = lines.line_col(start)
    return Finding(
        rule=r.code, category=r.category, severity=sev, start=start, end=end,
        line=line, column=col, text=file_text[start:end], message=hit.message,
        suggestions=tuple(hit.suggestions), fix=fix, source_lang=hit.source_lang,
    )


def check_documents(docs: Iterable[Document], config: Config, file_text: str, path: str,
                    rules: list[Rule] | None = None) -> FileResult:
    """All findings for one file, given as one document or as consecutive chunks of it.

    Hits from every chunk vote for the file's source language before weak hits are
    filtered, so the language decision is the file's. Rules that look across the whole
    story (straight and curly quotes mixed, TQ104) see one chunk at a time, so in a
    chunked file (plain text over ``api.CHUNK_CHARS``) they compare within chunks.
    """
    rules = select_rules(config.select, config.ignore) if rules is None else rules
    raw: list[tuple[Rule, Hit, Severity, Document]] = []
    words = 0
    last_doc = None
    revisit: list[Document] = []  # documents where guess-aware rules found something
    for doc in docs:
        if last_doc is not None:
            last_doc.release()  # a chunked file: keep one chunk's structures at a time
        hits = run_rules(doc, rules, config)
        raw.extend((r, h, s, doc) for r, h, s in hits)
        if any(r.guess_aware for r, _, _ in hits):
            revisit.append(doc)
        words += doc.word_count
        last_doc = doc
    given = None if config.source_lang == "auto" else config.source_lang
    guess = estimate(((h, s) for _, h, s, _ in raw), given)
    if given is None and guess.guess and revisit:
        # Second pass: rules that choose among languages now know the inferred one.
        # The guess itself is kept, so this pass cannot feed back into it.
        aware = [r for r in rules if r.guess_aware]
        raw = [x for x in raw if not x[0].guess_aware]
        for doc in revisit:
            raw.extend((r, h, s, doc) for r, h, s in run_rules(doc, aware, config, guess.guess))
            if len(revisit) > 1:
                doc.release()
    lines = LineIndex(file_text)
    findings = {
        _to_finding(r, hit, sev, doc, file_text, lines)
        for r, hit, sev, doc in raw
        if not (hit.weak and hit.source_lang and hit.source_lang != guess.guess)
    }
    ordered = sorted(findings, key=Finding.sort_key)
    return FileResult(
        path=path, text=file_text, words=words, findings=ordered, source_language=guess,
        quality=quality_score(ordered, words, config.weights),
        document=last_doc if last_doc is not None and len(last_doc.text) == len(file_text) else None,
    )


def check_document(doc: Document, config: Config, file_text: str | None = None,
                   rules: list[Rule] | None = None) -> FileResult:
    """All findings for one document, sorted by position, with score and language guess."""
    file_text = doc.text if file_text is None else file_text
    return check_documents([doc], config, file_text, doc.path or "-", rules)
