"""Run the selected rules over a document and turn their hits into findings."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from .accept import accept_list
from .config import Config
from .context import RuleContext
from .document import Document, OffsetMap
from .findings import Finding, Hit, Severity
from .rules.registry import Rule, select_rules
from .scoring.quality import Quality, quality_score
from .sourcelang import LanguageGuess, estimate
from .spill import Piece, PieceLines, RowSpill, SpilledFindings, finding_from_row, finding_row


@dataclass
class FileResult:
    path: str
    text: str                     # the file's text as read (offsets point here); for a
                                  # large file checked from disk, a bigfile.DiskText
    words: int
    findings: list[Finding] | SpilledFindings   # sorted; spilled only when asked (CLI, large files)
    source_language: LanguageGuess
    quality: Quality
    document: Document | None = field(default=None, repr=False)
    suppressed: int = 0           # findings silenced by inline directives (not in to_json)

    def to_json(self, streamed: bool = False) -> dict:
        """The file's JSON report entry; with ``streamed`` its findings are an iterator
        (see ``report.json_report.write_json``) instead of a list."""
        findings = (f.to_json() for f in self.findings)
        return {
            "path": self.path,
            "words": self.words,
            "source_language": self.source_language.to_json(),
            "quality": self.quality.to_json(),
            "findings": findings if streamed else list(findings),
        }

    def pieces(self) -> Iterator[Piece]:
        """The text and findings piece by piece, in order: one piece for an in-memory
        result, one per chunk for spilled findings (one chunk in memory at a time)."""
        if isinstance(self.findings, SpilledFindings):
            return self.findings.pieces(self.text)
        return iter([Piece(0, 1, self.text, self.findings)])

    def severity_counts(self) -> dict[Severity, int]:
        if isinstance(self.findings, SpilledFindings):
            return dict(self.findings.severity_counts)
        counts = {s: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity] += 1
        return counts


def run_rules(doc: Document, rules: list[Rule], config: Config,
              source_lang: str | None = None) -> list[tuple[Rule, Hit, Severity]]:
    if source_lang is None and config.source_lang != "auto":
        source_lang = config.source_lang
    ctx = RuleContext(config=config, source_lang=source_lang)
    accepted = accept_list(config.accept)
    out = []
    for r in rules:
        for hit in r.check(doc, ctx):
            if accepted is not None and accepted.covers(doc.text, hit.start, hit.end):
                continue      # the newsroom's accept list: dropped for every rule, here only
            sev = config.severity_for(r.code, hit.severity or r.severity)
            out.append((r, hit, sev))
    return out


def _to_finding(r: Rule, hit: Hit, sev: Severity, doc: Document, file_text: str, lines: PieceLines) -> Finding:
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


class _Part:
    """A stretch of the file the rules run on: the whole document, or one chunk of a large
    plain-text file (rebuilt from the file's text whenever it is needed again, and
    released after each use, so one chunk's structures are in memory at a time)."""

    def __init__(self, start: int, end: int, doc: Document | None = None):
        self.start, self.end, self.doc = start, end, doc
        self.first_line = 1
        self._lines: PieceLines | None = None

    def document(self, file_text, path: str) -> Document:
        if self.doc is not None:
            return self.doc
        text = file_text[self.start:self.end]
        return Document(text, path, OffsetMap([(0, self.start, len(text))]) if self.start else None)

    def lines(self, file_text, doc: Document) -> PieceLines:
        if self.doc is None:
            return PieceLines(doc.text, self.start, self.first_line)
        if self._lines is None:        # the whole file: one index over the file's text
            self._lines = PieceLines(file_text)
        return self._lines

    def done(self, doc: Document) -> None:
        """After using the part's document: release a chunk's structures (a chunk rerun in
        the second pass is rebuilt, so two chunks are never in memory at once)."""
        if doc is not self.doc:
            doc.release()


def check_documents(parts: list[_Part], config: Config, file_text, path: str,
                    rules: list[Rule] | None = None, spill: bool = False, jobs: int = 1) -> FileResult:
    """All findings for one file, given as one document or as consecutive chunks of it.

    Hits from every chunk vote for the file's source language before weak hits are
    filtered, so the language decision is the file's. Rules that look across the whole
    story (straight and curly quotes mixed, TQ104) see one chunk at a time, so in a
    chunked file (plain text over ``api.CHUNK_CHARS``) they compare within chunks.

    ``file_text`` is the file's text (a ``str``, or a ``bigfile.DiskText`` that reads
    chunks back from disk). Two passes, each over one chunk at a time: the first runs the
    rules and keeps each chunk's candidates (finding, language of a weak hit, made by a
    guess-aware rule?), in a temporary file with ``spill``, and the language votes;
    the second, once the language is known, reruns the guess-aware rules where they fired,
    drops weak findings of other languages and stores the chunk's findings in order.
    With ``spill`` and ``jobs`` > 1 the first pass checks chunks in worker processes.
    """
    rules = select_rules(config.select, config.ignore) if rules is None else rules
    given = None if config.source_lang == "auto" else config.source_lang
    candidates: RowSpill | list = RowSpill() if spill else []
    votes: list = []
    words = 0
    revisit: set[int] = set()  # chunks where guess-aware rules found something
    first_pass = _first_pass_parallel if spill and jobs > 1 and len(parts) > 1 and _can_fork() else _first_pass
    for k, (rows, part_votes, aware, n_words) in enumerate(first_pass(parts, config, file_text, path, rules,
                                                                       spill, jobs)):
        candidates.append(rows)
        votes.extend(_vote_pair(lang, sev) for lang, sev in part_votes)
        if aware:
            revisit.add(k)
        words += n_words
    guess = estimate(votes, given)
    del votes
    rerun = [r for r in rules if r.guess_aware] if given is None and guess.guess and revisit else None
    findings: SpilledFindings | list = SpilledFindings() if spill else []
    carry: set[Finding] = set()   # findings at a chunk's very end sort with the next chunk's
    for k, part in enumerate(parts):
        rows = candidates.read(k) if spill else candidates[k]
        if spill:
            rows = [(finding_from_row(f), w, a) for f, w, a in rows]
        if rerun is not None:
            rows = [x for x in rows if not x[2]]
            if k in revisit:
                doc = part.document(file_text, path)
                lines = part.lines(file_text, doc)
                rows.extend((_to_finding(r, h, s, doc, file_text, lines), h.source_lang if h.weak else None, True)
                            for r, h, s in run_rules(doc, rerun, config, guess.guess))
                part.done(doc)
        kept = carry | {f for f, weak_lang, _ in rows if not (weak_lang and weak_lang != guess.guess)}
        following = parts[k + 1].start if k + 1 < len(parts) else None
        carry = {f for f in kept if following is not None and f.start >= following}
        ordered = sorted(kept - carry, key=Finding.sort_key)
        if spill:
            findings.append_chunk(part.start, part.end, part.first_line, ordered)
        else:
            findings.extend(ordered)
    if spill:
        candidates.close()
    return FileResult(
        path=path, text=file_text, words=words, findings=findings, source_language=guess,
        quality=quality_score(findings, words, config.weights), document=parts[0].doc if len(parts) == 1 else None,
    )


def _check_part(part: _Part, config: Config, file_text, path: str, rules: list[Rule], spill: bool):
    """First pass over one part: ``(candidates, votes, guess-aware rule fired?, words, lines)``.

    Candidates are ``(finding, language of a weak hit or None, made by a guess-aware rule?)``,
    as JSON rows with ``spill``; votes are ``(language, severity)`` for ``sourcelang.estimate``.
    """
    doc = part.document(file_text, path)
    lines = part.lines(file_text, doc)
    hits = run_rules(doc, rules, config)
    votes = [(h.source_lang, s) for _, h, s in hits if h.source_lang and not h.weak]
    rows = [(_to_finding(r, h, s, doc, file_text, lines), h.source_lang if h.weak else None, r.guess_aware)
            for r, h, s in hits]
    if spill:
        rows = [(finding_row(f), w, a) for f, w, a in rows]
    words = doc.word_count
    part.done(doc)
    return rows, votes, any(r.guess_aware for r, _, _ in hits), words, lines.line_count


def _first_pass(parts, config, file_text, path, rules, spill, jobs):
    for k, part in enumerate(parts):
        rows, votes, aware, words, line_count = _check_part(part, config, file_text, path, rules, spill)
        if k + 1 < len(parts):
            parts[k + 1].first_line = part.first_line + line_count - 1
        yield rows, votes, aware, words


_JOB: tuple = ()   # what forked workers of ``_first_pass_parallel`` check (inherited, not pickled)


def _first_pass_parallel(parts, config, file_text, path, rules, spill, jobs):
    """``_first_pass`` in forked worker processes, in order. Each chunk's line numbers must
    be known before it is checked, so the parent first counts the lines of every chunk;
    workers send back each chunk's candidates as one line of JSON."""
    import multiprocessing

    global _JOB
    for k in range(1, len(parts)):
        prev = parts[k - 1]
        parts[k].first_line = prev.first_line + PieceLines(file_text[prev.start:prev.end]).line_count - 1
    _JOB = (parts, config, file_text, path, rules)
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(parts))) as pool:
            yield from pool.imap(_first_pass_worker, range(len(parts)))
    finally:
        _JOB = ()


def _first_pass_worker(k: int):
    parts, config, file_text, path, rules = _JOB
    rows, votes, aware, words, _ = _check_part(parts[k], config, file_text, path, rules, True)
    return RowSpill.encode(rows), [(lang, s.value) for lang, s in votes], aware, words


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _vote_pair(lang: str, severity: Severity | str) -> tuple[Hit, Severity]:
    """A vote as ``sourcelang.estimate`` reads it, one shared (hit, severity) pair per
    language and severity: only a hit's language, weakness and severity count, so a
    chunked file keeps one pointer per vote instead of the hits themselves."""
    key = (lang, Severity(severity))
    pair = _VOTES.get(key)
    if pair is None:
        pair = _VOTES[key] = (Hit(0, 0, "", source_lang=lang), key[1])
    return pair


_VOTES: dict[tuple[str, Severity], tuple[Hit, Severity]] = {}


def check_chunks(file_text, spans: list[tuple[int, int]], config: Config, path: str,
                 rules: list[Rule] | None = None, spill: bool = False, jobs: int = 1) -> FileResult:
    """``check_documents`` over consecutive ``(start, end)`` chunks of ``file_text`` (a
    ``str`` or a ``bigfile.DiskText``) that each start at a line start; with ``spill`` the
    findings stay in a temporary file (``spill.SpilledFindings``) and ``jobs`` > 1 checks
    chunks in that many processes."""
    return check_documents([_Part(s, e) for s, e in spans], config, file_text, path, rules, spill, jobs)


def check_document(doc: Document, config: Config, file_text: str | None = None,
                   rules: list[Rule] | None = None) -> FileResult:
    """All findings for one document, sorted by position, with score and language guess."""
    file_text = doc.text if file_text is None else file_text
    return check_documents([_Part(0, len(file_text), doc)], config, file_text, doc.path or "-", rules)
