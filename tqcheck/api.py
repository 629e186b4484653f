"""The Python API: check text, files and folders; the CLI is a thin layer over this."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .document import Document, OffsetMap
from .engine import FileResult, check_document, check_documents
from .findings import Severity
from .readers import InputError, Source, collect_paths, read_path, read_stdin
from .rules.registry import select_rules


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    config: Config = field(default_factory=Config)

    @property
    def finding_count(self) -> int:
        return sum(len(f.findings) for f in self.files)

    def count_by_severity(self) -> dict[str, int]:
        counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        for f in self.files:
            for finding in f.findings:
                counts[finding.severity.value] += 1
        return counts

    def failed(self) -> bool:
        """True when a finding reaches ``fail_on`` or a file scores below ``min_score``."""
        cfg = self.config
        if any(cfg.fails(x.severity) for f in self.files for x in f.findings):
            return True
        if cfg.min_score is not None and any(f.quality.score < cfg.min_score for f in self.files):
            return True
        return False

    def to_json(self) -> dict:
        return {
            "version": 1,
            "files": [f.to_json() for f in self.files],
            "summary": {
                "files": len(self.files),
                "findings": self.finding_count,
                "errors": len(self.errors),
                "by_severity": self.count_by_severity(),
            },
            "input_errors": [{"path": e.path, "reason": e.reason} for e in self.errors],
        }


def check_text(text: str, config: Config | None = None, path: str = "-") -> FileResult:
    config = config or Config()
    return check_document(Document(text, path), config)


# Plain-text files larger than this are checked in chunks cut at blank lines, so the
# per-token structures of only one chunk are in memory at a time.
CHUNK_CHARS = 1_000_000


def _chunks(source: Source):
    """Documents over consecutive blank-line-separated pieces of a large plain-text file."""
    text = source.text
    pos = 0
    while pos < len(text):
        cut = len(text) if len(text) - pos <= CHUNK_CHARS else text.find("\n\n", pos + CHUNK_CHARS)
        cut = len(text) if cut == -1 else cut + 2
        yield Document(text[pos:cut], source.path, OffsetMap([(0, pos, cut - pos)]) if pos else None)
        pos = cut


def check_source(source: Source, config: Config, rules=None) -> FileResult:
    if source.document.offset_map is None and len(source.text) > CHUNK_CHARS:
        docs = _chunks(source)
    else:
        docs = [source.document]
    return check_documents(docs, config, source.text, source.path, rules)


def check_file(path: str, config: Config | None = None, input_format: str | None = None) -> FileResult:
    """Check one file; raises ``InputError`` when it cannot be read."""
    config = config or Config()
    return check_source(read_path(path, input_format), config)


def check_paths(args: list[str], config: Config | None = None, input_format: str | None = None) -> RunResult:
    """Check files, folders and ``-`` (stdin); unreadable inputs are collected, not raised."""
    config = config or Config()
    rules = select_rules(config.select, config.ignore)
    paths, errors = collect_paths(args)
    run = RunResult(errors=list(errors), config=config)
    for path in paths:
        try:
            source = read_stdin(input_format) if path == "-" else read_path(path, input_format)
        except InputError as exc:
            run.errors.append(exc)
            continue
        run.files.append(check_source(source, config, rules))
    return run
