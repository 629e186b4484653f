"""Run the selected rules over a document and turn their hits into findings.

A file is checked as one document, or as consecutive chunks of a large plain-text file
(``check_chunks``); where a file's candidates and findings are kept between the two
passes is a ``Storage``: in memory here, in temporary files with ``run.spill.DiskStorage``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator

from .accept import accept_list
from .config import Config
from .context import RuleContext
from .document import Document, OffsetMap
from .findings import Finding, Hit, Severity, make_finding
from .nlp import gcpause
from .pieces import Piece, PieceLines
from .quality import Quality, quality_score, signature
from .rules.registry import Rule, select_rules
from .sourcelang import LanguageGuess, estimate


@dataclass
class FileResult:
    path: str
    text: str                     # the file's text as read (offsets point here); for a
                                  # large file checked from disk, a run.bigfile.DiskText
    words: int
    findings: list[Finding]       # sorted; for a large file checked with ``run.spill.DiskStorage``
                                  # a ``run.spill.SpilledFindings`` (iterable, sized, not a list)
    source_language: LanguageGuess
    quality: Quality
    document: Document | None = field(default=None, repr=False)
    suppressed: int = 0           # findings silenced by inline directives (not in to_json)
    dropped: int = 0              # findings over MAX_FINDINGS_PER_FILE, not reported (at least)

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
        if not isinstance(self.findings, list):       # stored chunk by chunk
            return self.findings.pieces(self.text)
        return iter([Piece(0, 1, self.text, self.findings)])

    def severity_counts(self) -> dict[Severity, int]:
        if not isinstance(self.findings, list):
            return dict(self.findings.severity_counts)
        counts = {s: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity] += 1
        return counts


# At most this many findings are reported per file; the rest are dropped (the CLI says how
# many), so a pathological file cannot fill memory or the report. Each rule also gives at
# most one more than this per chunk.
MAX_FINDINGS_PER_FILE = 10_000


def run_rules(doc: Document, rules: list[Rule], config: Config,
              source_lang: str | None = None) -> list[tuple[Rule, Hit, Severity]]:
    if source_lang is None and config.source_lang != "auto":
        source_lang = config.source_lang
    ctx = RuleContext(config=config, source_lang=source_lang)
    accepted = accept_list(config.accept)
    out = []
    overrides = bool(config.severity)   # without any, a hit keeps its own or its rule's severity
    for r in rules:
        for hit in islice(r.check(doc, ctx), MAX_FINDINGS_PER_FILE + 1):
            if accepted is not None and accepted.covers(doc.text, hit.start, hit.end):
                continue      # the newsroom's accept list: dropped for every rule, here only
            sev = config.severity_for(r.code, hit.severity or r.severity) if overrides else hit.severity or r.severity
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
    return make_finding(r.code, r.category, sev, start, end, line, col, file_text[start:end], hit.message,
                        tuple(hit.suggestions), fix, hit.source_lang)


class _Part:
    """A stretch of the file the rules run on: the whole document, or one chunk of a large
    plain-text file (rebuilt from the file's text whenever it is needed again, and
    released after each use, so one chunk's structures are in memory at a time)."""

    def __init__(self, start: int, end: int, doc: Document | None = None):
        self.start, self.end, self.doc = start, end, doc
        self.first_line = 1
        self.line_start = start      # where its first line starts (before ``start`` if cut mid-line)
        self._lines: PieceLines | None = None

    def document(self, file_text, path: str) -> Document:
        if self.doc is not None:
            return self.doc
        text = file_text[self.start:self.end]
        return Document(text, path, OffsetMap([(0, self.start, len(text))]) if self.start else None)

    def lines(self, file_text, doc: Document) -> PieceLines:
        if self.doc is None:
            return PieceLines(doc.text, self.start, self.first_line, self.line_start)
        if self._lines is None:        # the whole file: one index over the file's text
            self._lines = PieceLines(file_text)
        return self._lines

    def done(self, doc: Document) -> None:
        """After using the part's document: release a chunk's structures (a chunk rerun in
        the second pass is rebuilt, so two chunks are never in memory at once)."""
        if doc is not self.doc:
            doc.release()


class _MappedPart(_Part):
    """A chunk ``[t0, t1)`` of a markup file's document text (the text the reader kept),
    covering the file range ``[start, end)``; its document is rebuilt from the slice and
    that slice's offset runs whenever needed. Line numbers come from one index over the
    whole file, so ``first_line``/``line_start`` are set from it, not from earlier parts."""

    fixed_lines = True

    def __init__(self, start: int, end: int, doc_text: str, t0: int, t1: int, runs: list, file_lines: PieceLines):
        super().__init__(start, end)
        self.doc_text, self.t0, self.t1, self.runs = doc_text, t0, t1, runs
        self._file_lines = file_lines
        line, col = file_lines.line_col(start)
        self.first_line, self.line_start = line, start - (col - 1)

    def document(self, file_text, path: str) -> Document:
        return Document(self.doc_text[self.t0:self.t1], path, OffsetMap(self.runs))

    def lines(self, file_text, doc: Document) -> PieceLines:
        return self._file_lines


def mapped_parts(file_text: str, doc: Document, spans: list[tuple[int, int]]) -> list[_Part]:
    """Parts for the chunks ``spans`` of a markup document's text (``doc.offset_map`` set);
    their file ranges tile the file."""
    import bisect

    runs = doc.offset_map.runs
    run_starts = [r[0] for r in runs]
    starts = [0]
    for t0, _ in spans[1:]:
        starts.append(max(starts[-1], doc.offset_map.to_source(t0)))
    ends = starts[1:] + [len(file_text)]
    file_lines = PieceLines(file_text)
    parts: list[_Part] = []
    for (t0, t1), start, end in zip(spans, starts, ends):
        sub = []
        for t, f, n in runs[max(0, bisect.bisect_right(run_starts, t0) - 1):bisect.bisect_left(run_starts, t1)]:
            a, b = max(t, t0), min(t + n, t1)
            if a < b:
                sub.append((a - t0, f + (a - t), b - a))
        parts.append(_MappedPart(start, end, doc.text, t0, t1, sub, file_lines))
    return parts


class Storage:
    """Where ``check_documents`` keeps a file's candidates (first pass) and findings
    (second pass): in memory. ``run.spill.DiskStorage`` keeps them in temporary files and
    may run the first pass in worker processes."""

    def new_candidates(self) -> "_Rows":
        return _Rows()

    def new_findings(self) -> list:
        return []

    def add_findings(self, findings: list, part: "_Part", ordered: list[Finding]) -> None:
        findings.extend(ordered)

    def first_pass(self, parts, config, file_text, path, rules):
        """The first pass over ``parts`` (see ``first_pass``), or None to run it here."""
        return None


class _Rows(list):
    """Candidates in memory: one list of ``(finding, weak language, guess-aware?)`` per part."""

    def read(self, index: int) -> list:
        return self[index]

    def close(self) -> None:
        pass


IN_MEMORY = Storage()


def check_documents(parts: list[_Part], config: Config, file_text, path: str,
                    rules: list[Rule] | None = None, storage: Storage = IN_MEMORY) -> FileResult:
    """All findings for one file, given as one document or as consecutive chunks of it.

    Hits from every chunk vote for the file's source language before weak hits are
    filtered, so the language decision is the file's. Rules that look across the whole
    story (straight and curly quotes mixed, TQ104) see one chunk at a time, so in a
    chunked file (plain text over ``run.single.CHUNK_CHARS``) they compare within chunks.

    ``file_text`` is the file's text (a ``str``, or a ``run.bigfile.DiskText`` that reads
    chunks back from disk). Two passes, each over one chunk at a time: the first runs the
    rules and keeps each chunk's candidates (finding, language of a weak hit, made by a
    guess-aware rule?) in ``storage``, and the language votes; the second, once the
    language is known, reruns the guess-aware rules where they fired, drops weak findings
    of other languages and stores the chunk's findings in order.
    """
    rules = select_rules(config.select, config.ignore) if rules is None else rules
    given = None if config.source_lang == "auto" else config.source_lang
    candidates = storage.new_candidates()
    votes: list = []
    words = 0
    revisit: set[int] = set()  # chunks where guess-aware rules found something
    passes = storage.first_pass(parts, config, file_text, path, rules)
    if passes is None:
        passes = first_pass(parts, config, file_text, path, rules)
    for k, (rows, part_votes, aware, n_words) in enumerate(passes):
        candidates.append(rows)
        votes.extend(_vote_pair(lang, sev) for lang, sev in part_votes)
        if aware:
            revisit.add(k)
        words += n_words
    guess = estimate(votes, given)
    del votes
    rerun = [r for r in rules if r.guess_aware] if given is None and guess.guess and revisit else None
    findings = storage.new_findings()
    room, dropped = MAX_FINDINGS_PER_FILE, 0
    carry: set[Finding] = set()   # findings at a chunk's very end sort with the next chunk's
    for k, part in enumerate(parts):
        rows = candidates.read(k)
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
        if len(ordered) > room:
            dropped += len(ordered) - room
            ordered = ordered[:room]
        room -= len(ordered)
        storage.add_findings(findings, part, ordered)
    candidates.close()
    return FileResult(
        path=path, text=file_text, words=words, findings=findings, source_language=guess,
        quality=quality_score(findings, words, config.weights), document=parts[0].doc if len(parts) == 1 else None,
        dropped=dropped,
    )


def check_part(part: _Part, config: Config, file_text, path: str, rules: list[Rule]):
    """First pass over one part: ``(candidates, votes, guess-aware rule fired?, words, lines)``
    (``lines``: the part's ``PieceLines``).

    Candidates are ``(finding, language of a weak hit or None, made by a guess-aware rule?)``;
    votes are ``(language, severity)`` for ``sourcelang.estimate``.
    """
    doc = part.document(file_text, path)
    lines = part.lines(file_text, doc)
    hits = run_rules(doc, rules, config)
    votes = [(h.source_lang, s) for _, h, s in hits if h.source_lang and not h.weak]
    rows = [(_to_finding(r, h, s, doc, file_text, lines), h.source_lang if h.weak else None, r.guess_aware)
            for r, h, s in hits]
    words = doc.word_count
    part.done(doc)
    return rows, votes, any(r.guess_aware for r, _, _ in hits), words, lines


def first_pass(parts, config, file_text, path, rules):
    """``(candidates, votes, guess-aware rule fired?, words)`` for each part, in order; sets
    each part's ``first_line`` from the lines of the parts before it."""
    for k, part in enumerate(parts):
        rows, votes, aware, words, lines = check_part(part, config, file_text, path, rules)
        if k + 1 < len(parts) and not getattr(parts[k + 1], "fixed_lines", False):
            parts[k + 1].first_line = part.first_line + lines.line_count - 1
            parts[k + 1].line_start = lines.last_line_start()
        yield rows, votes, aware, words


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
                 rules: list[Rule] | None = None, storage: Storage = IN_MEMORY) -> FileResult:
    """``check_documents`` over consecutive ``(start, end)`` chunks of ``file_text`` (a
    ``str`` or a ``run.bigfile.DiskText``); a chunk may start mid-line (a very long line)."""
    return check_documents([_Part(s, e) for s, e in spans], config, file_text, path, rules, storage)


def quality_signature(config: Config, rules: list[Rule] | None = None) -> str:
    """``quality.signature`` of the scores a run with ``config`` gives (its rules and weights)."""
    rules = select_rules(config.select, config.ignore) if rules is None else rules
    return signature((r.code for r in rules), config.weights)


# Some data loads only when an article first needs it (the tagger, language profiles), and
# caches fill during the first checks: what is alive is frozen (nlp.gcpause.freeze, which
# ``gcpause.FREEZE_LOADED_STATE = False`` turns off) after the 1st, 2nd, 4th... 64th check
# (warm max 23-30 ms -> 14 ms, measured).
_checks = 0


def _freeze_loaded_state() -> None:
    global _checks
    _checks += 1
    if _checks <= 64 and _checks & (_checks - 1) == 0:
        gcpause.freeze()


def check_document(doc: Document, config: Config, file_text: str | None = None,
                   rules: list[Rule] | None = None) -> FileResult:
    """All findings for one document, sorted by position, with score and language guess."""
    file_text = doc.text if file_text is None else file_text
    result = check_documents([_Part(0, len(file_text), doc)], config, file_text, doc.path or "-", rules)
    _freeze_loaded_state()
    return result
