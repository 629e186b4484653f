"""The Python API: check text, files and folders; the CLI is a thin layer over this."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config
from .document import Document
from .engine import FileResult, check_chunks, check_document
from .findings import Severity
from .readers import InputError, Source, collect_paths, read_path, read_stdin
from .rules.registry import select_rules
from .spill import SpilledFindings


@dataclass
class RunResult:
    files: list[FileResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    config: Config = field(default_factory=Config)
    configs: list[Config] = field(default_factory=list)  # per file, when config files differ
    baselined: int = 0    # findings dropped because the baseline records them

    def add(self, result: FileResult, config: Config) -> None:
        self.files.append(result)
        self.configs.append(config)

    def config_for(self, index: int) -> Config:
        """The configuration file ``index`` was checked with."""
        return self.configs[index] if index < len(self.configs) else self.config

    @property
    def suppressed(self) -> int:
        """Findings silenced by inline directives, over all files."""
        return sum(f.suppressed for f in self.files)

    @property
    def finding_count(self) -> int:
        return sum(len(f.findings) for f in self.files)

    def count_by_severity(self) -> dict[str, int]:
        counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        for f in self.files:
            for severity, n in f.severity_counts().items():
                counts[severity.value] += n
        return counts

    def failed(self) -> bool:
        """True when a finding reaches ``fail_on`` or a file scores below ``min_score``."""
        for i, f in enumerate(self.files):
            cfg = self.config_for(i)
            if any(n and cfg.fails(severity) for severity, n in f.severity_counts().items()):
                return True
            if cfg.min_score is not None and f.quality.score < cfg.min_score:
                return True
        return False

    def to_json(self, streamed: bool = False) -> dict:
        """The JSON report; with ``streamed`` the files and their findings are iterators
        (written one by one by ``report.json_report.write_json``)."""
        files = (f.to_json(streamed) for f in self.files)
        return {
            "version": 1,
            "files": files if streamed else list(files),
            "summary": {
                "files": len(self.files),
                "findings": self.finding_count,
                "errors": len(self.errors),
                "by_severity": self.count_by_severity(),
                "suppressed": self.suppressed,
                "baselined": self.baselined,
            },
            "input_errors": [{"path": e.path, "reason": e.reason} for e in self.errors],
        }


def check_text(text: str, config: Config | None = None, path: str = "-") -> FileResult:
    config = config or Config()
    return check_document(Document(text, path), config)


# Plain-text files larger than this are checked in chunks cut at blank lines, so the
# per-token structures of only one chunk are in memory at a time.
CHUNK_CHARS = 1_000_000


def _chunk_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of a large plain-text file, each of at least
    ``CHUNK_CHARS`` characters (but the last) and cut just after a blank line."""
    import re

    blank = re.compile(r"\r?\n[ \t]*\r?\n")
    spans = []
    pos = 0
    while pos < len(text):
        m = None if len(text) - pos <= CHUNK_CHARS else blank.search(text, pos + CHUNK_CHARS)
        cut = m.end() if m else len(text)
        spans.append((pos, cut))
        pos = cut
    return spans


def check_source(source: Source, config: Config, rules=None, spill: bool = False, jobs: int = 1) -> FileResult:
    """Check a read file. Plain text over ``CHUNK_CHARS`` is checked chunk by chunk; with
    ``spill`` its findings are then kept in a temporary file, not in memory (see ``spill``)."""
    if source.document.offset_map is None and len(source.text) > CHUNK_CHARS:
        spans = _chunk_spans(source.text)
        if len(spans) > 1:
            return check_chunks(source.text, spans, config, source.path, rules, spill, jobs)
    return check_document(source.document, config, source.text, rules)


def check_path(path: str, config: Config, input_format: str | None = None, rules=None,
               spill: bool = False, jobs: int = 1) -> FileResult:
    """Check one file (``-``: stdin); raises ``InputError`` when it cannot be read.

    With ``spill``, a plain-text file over ``CHUNK_CHARS`` is not read whole: its chunks
    are found in one pass over the file and read back from disk when checked and
    reported (``bigfile``), and its findings are kept in a temporary file (``spill``);
    ``jobs`` > 1 checks its chunks in that many processes.
    """
    from .readers.base import format_for

    if spill and path != "-" and format_for(path, input_format) == "txt" and may_be_chunked(path):
        from .bigfile import open_chunked

        text = open_chunked(path, CHUNK_CHARS)
        if text is not None:
            return check_chunks(text, text.spans, config, path, rules, spill=True, jobs=jobs)
    source = read_stdin(input_format) if path == "-" else read_path(path, input_format)
    return check_source_suppressed(source, config, rules, spill, jobs)


def may_be_chunked(path: str) -> bool:
    """True when the file is large enough to be checked in chunks if it is plain text
    (it has more than ``CHUNK_CHARS`` bytes, so it may have that many characters)."""
    import os

    try:
        return os.path.getsize(path) > CHUNK_CHARS
    except OSError:
        return False


def check_file(path: str, config: Config | None = None, input_format: str | None = None) -> FileResult:
    """Check one file; raises ``InputError`` when it cannot be read."""
    config = config or Config()
    return check_source_suppressed(read_path(path, input_format), config)


def check_source_suppressed(source: Source, config: Config, rules=None, spill: bool = False,
                            jobs: int = 1) -> FileResult:
    """``check_source``, then drop (and count) findings that inline directives silence.

    Spilled findings are filtered chunk by chunk into a new temporary file.
    """
    from .scoring.quality import quality_score
    from .suppress import apply_suppressions, suppression_test

    result = check_source(source, config, rules, spill, jobs)
    directives = getattr(source, "directives", None)
    if isinstance(result.findings, SpilledFindings):
        kept, n = _suppress_spilled(result.findings, suppression_test(source.text, directives))
    else:
        kept, n = apply_suppressions(result.findings, source.text, directives)
    if n:
        result.findings, result.suppressed = kept, n
        result.quality = quality_score(kept, result.words, config.weights)
    return result


def _suppress_spilled(findings: SpilledFindings, silenced) -> tuple[SpilledFindings, int]:
    """Spilled findings without those ``silenced(finding)`` is true for, and how many those were."""
    if silenced is None or not findings:
        return findings, 0
    kept = findings.filtered(lambda f: not silenced(f))
    n = len(findings) - len(kept)
    if not n:
        kept.close()
        return findings, 0
    findings.close()
    return kept, n


def plan_tasks(args: list[str], config: Config | None = None, input_format: str | None = None,
               overrides: dict | None = None, config_file: str | None = None):
    """The files to check and the configuration of each: ``(tasks, errors, default_config)``.

    ``tasks`` is a list of ``(path, input_format, Config)``. With ``config`` every file
    uses it; otherwise each file's configuration file is found by walking up from it (or
    ``config_file`` is used), its ``include``/``exclude`` globs apply, and ``overrides``
    (Config field -> value, from the command line) go on top. Shared by checking and
    fixing, so both see the same files with the same settings.
    """
    from . import config_file as cf
    from .readers.base import DEFAULT_GLOBS

    cf.clear_cache()
    overrides = overrides or {}
    paths: list[str] = []
    errors: list[InputError] = []
    for arg in args:
        settings = cf.FileSettings() if config is not None else cf.settings_for(
            "." if arg == "-" else arg, config_file)
        found, errs = collect_paths([arg], settings.get("include", DEFAULT_GLOBS))
        errors.extend(errs)
        paths.extend(p for p in found if config is not None or not _excluded(p, config_file))
    default = config or cf.make_config(cf.FileSettings(), overrides)
    tasks = []
    by_settings: dict = {}
    for path in paths:
        if config is not None:
            cfg = config
        else:
            settings = cf.settings_for("." if path == "-" else path, config_file)
            if settings.path not in by_settings:
                by_settings[settings.path] = cf.make_config(settings, overrides)
            cfg = by_settings[settings.path]
        tasks.append((path, input_format, cfg))
    return tasks, errors, default


def check_paths(args: list[str], config: Config | None = None, input_format: str | None = None, *,
                overrides: dict | None = None, config_file: str | None = None, jobs: int = 1,
                baseline: str | None = None, progress: bool = False, spill: bool = False) -> RunResult:
    """Check files, folders and ``-`` (stdin); unreadable inputs are collected, not raised.

    With ``config`` every file uses it. Otherwise each file's configuration file is
    found by walking up from it (or ``config_file`` is used) and ``overrides``
    (Config field -> value, from the command line) go on top. ``jobs`` > 1 checks
    files in worker processes; the result is the same as a serial run, in the same
    order. ``baseline`` drops findings recorded in that baseline file. With ``spill``
    the findings of plain-text files over ``CHUNK_CHARS`` are kept in a temporary file
    (``FileResult.findings`` is then a ``spill.SpilledFindings``: iterable, sized, not a
    list), so memory holds one chunk's findings at a time, and with ``jobs`` > 1 the
    chunks of such a file are checked in that many processes; the CLI uses this. Raises
    ``ConfigError`` for a bad configuration file and ``BaselineError`` for a bad baseline.
    """
    from .parallel import run_tasks

    tasks, errors, default = plan_tasks(args, config, input_format, overrides, config_file)
    run = RunResult(errors=errors, config=default)
    for outcome, cfg in zip(run_tasks(tasks, jobs, progress, spill), (t[2] for t in tasks)):
        if isinstance(outcome, InputError):
            run.errors.append(outcome)
            continue
        run.add(outcome, cfg)
    if baseline:
        from .baseline import apply_baseline

        run.baselined = apply_baseline(run, baseline)
    return run


def _excluded(path: str, config_file: str | None) -> bool:
    """True when the configuration's ``exclude`` globs match the file (name or path)."""
    import fnmatch
    import os

    from . import config_file as cf

    if path == "-":
        return False
    settings = cf.settings_for(path, config_file)
    patterns = settings.get("exclude", ())
    if not patterns:
        return False
    rel = os.path.abspath(path)
    if settings.path:
        rel = os.path.relpath(rel, os.path.dirname(os.path.abspath(settings.path)))
    rel = rel.replace(os.sep, "/")
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g.rstrip("/") + "/*")
               for g in patterns)
