"""Checking one file: read it, check it whole or in chunks, apply inline suppressions.

Plain-text files over ``CHUNK_CHARS`` are checked in chunks (cut at blank lines where
they can be, see ``_chunk_spans``), so the
per-token structures of only one chunk are in memory at a time; with ``spill`` such a
file is read chunk by chunk from disk (``run.bigfile``) and its findings are kept in a
temporary file (``run.spill``).
"""
from __future__ import annotations

from ..config import Config
from ..document import Document
from ..engine import IN_MEMORY, FileResult, check_chunks, check_document
from ..readers import Source, read_path, read_stdin
from .spill import SpilledFindings


def check_text(text: str, config: Config | None = None, path: str = "-") -> FileResult:
    config = config or Config()
    return check_document(Document(text, path), config)


# Plain-text files larger than this are checked in chunks of 1-2 x this many characters,
# so the per-token structures of only one chunk are in memory at a time.
CHUNK_CHARS = 1_000_000


def _chunk_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of a large plain-text file, each of at least
    ``CHUNK_CHARS`` characters (but the last) and at most twice that: cut just after a
    blank line, or failing one a line break, a sentence end or a space (``bigfile.next_cut``)."""
    from .bigfile import next_cut

    spans = []
    pos = 0
    while pos < len(text):
        cut = next_cut(text, pos, CHUNK_CHARS)
        spans.append((pos, cut))
        pos = cut
    return spans


def _storage(spill: bool, jobs: int):
    """Where a chunked file's candidates and findings are kept: in memory, or with ``spill``
    in temporary files (first pass in ``jobs`` processes)."""
    if not spill:
        return IN_MEMORY
    from .spill import DiskStorage

    return DiskStorage(jobs)


def check_source(source: Source, config: Config, rules=None, spill: bool = False, jobs: int = 1) -> FileResult:
    """Check a read file. Plain text over ``CHUNK_CHARS`` is checked chunk by chunk; with
    ``spill`` its findings are then kept in a temporary file, not in memory (see ``spill``)."""
    if source.document.offset_map is None and len(source.text) > CHUNK_CHARS:
        spans = _chunk_spans(source.text)
        if len(spans) > 1:
            return check_chunks(source.text, spans, config, source.path, rules, _storage(spill, jobs))
    elif source.document.offset_map is not None and len(source.document.text) > CHUNK_CHARS:
        # Markup (Markdown, HTML, NITF): the text the reader kept, in chunks mapped back to the file.
        from ..engine import check_documents, mapped_parts

        spans = _chunk_spans(source.document.text)
        if len(spans) > 1:
            parts = mapped_parts(source.text, source.document, spans)
            source.document.release()
            return check_documents(parts, config, source.text, source.path, rules, _storage(spill, jobs))
    return check_document(source.document, config, source.text, rules)


def check_path(path: str, config: Config, input_format: str | None = None, rules=None,
               spill: bool = False, jobs: int = 1) -> FileResult:
    """Check one file (``-``: stdin); raises ``InputError`` when it cannot be read.

    With ``spill``, a plain-text file over ``CHUNK_CHARS`` is not read whole: its chunks
    are found in one pass over the file and read back from disk when checked and
    reported (``bigfile``), and its findings are kept in a temporary file (``spill``);
    ``jobs`` > 1 checks its chunks in that many processes.
    """
    from ..readers.base import format_for

    if spill and path != "-" and format_for(path, input_format) == "txt" and may_be_chunked(path):
        from .bigfile import open_chunked

        text = open_chunked(path, CHUNK_CHARS)
        if text is not None:
            return check_chunks(text, text.spans, config, path, rules, _storage(True, jobs))
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
    from ..quality import quality_score
    from ..suppress import apply_suppressions, suppression_test

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
