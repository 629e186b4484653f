"""Reference phrasings: each sentence with findings, rewritten with the tool's suggestions.

For every sentence that holds findings, each finding's safe fix (or else its first
suggestion) replaces the finding's span (suggestions in parentheses such as "(remove)" are instructions, not text,
and are skipped; edits go left to right, the longest span first at one start, and an
edit that overlaps an earlier one is skipped).
The sentence's chrF (sacrebleu, sentence level) against its rewrite says how far the copy
is from the corrected sentence: 100 means no applicable suggestion changed it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..findings import Category


@dataclass
class Rewrite:
    start: int          # sentence offsets in the file's text
    end: int
    line: int
    text: str
    rewrite: str
    chrf: float
    applied: list[str]  # rule codes whose first suggestion was applied
    skipped: list[str]  # rule codes with no applicable suggestion

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "line": self.line, "text": self.text,
                "rewrite": self.rewrite, "chrf": self.chrf, "applied": self.applied,
                "skipped": self.skipped}


def _usable(suggestion: str) -> bool:
    s = suggestion.strip()
    return not (s.startswith("(") and s.endswith(")"))


def _replacement(f) -> str | None:
    """What replaces the finding's span: its safe fix, else its first suggestion. Punctuation
    suggestions show the mark with the words around it (`security,” Xi`), so without a
    fix they are not a replacement for the span."""
    if f.fix is not None:
        return f.fix
    if f.category == Category.PUNCTUATION or not f.suggestions or not _usable(f.suggestions[0]):
        return None
    return f.suggestions[0]


def rewrite_sentence(text: str, start: int, end: int, findings) -> tuple[str, list[str], list[str]]:
    """``text[start:end]`` with each finding's fix (or first suggestion) applied."""
    edits, applied, skipped, last = [], [], [], start
    for f in sorted(findings, key=lambda f: (f.start, -f.end, f.rule)):  # longest first at a start
        sugg = _replacement(f)
        if sugg is None or f.start < last or f.start < start or f.end > end:
            skipped.append(f.rule)
            continue
        edits.append((f.start, f.end, sugg))
        applied.append(f.rule)
        last = f.end
    out, pos = [], start
    for s, e, rep in edits:
        out.append(text[pos:s])
        out.append(rep)
        pos = e
    out.append(text[pos:end])
    return "".join(out), applied, skipped


def _chrf(hyp: str, ref: str) -> float:
    from .reference import _metric

    return round(_metric("chrf").sentence_score(hyp, [ref]).score, 2)


def _sentence_spans(result) -> list[tuple[int, int]]:
    doc = result.document
    if doc is None:
        from ..document import Document

        doc = Document(result.text)
    spans = []
    for s in doc.sentences:
        if doc.offset_map is not None:
            spans.append(doc.offset_map.span_to_source(s.start, s.end))
        else:
            spans.append((s.start, s.end))
    return spans


def file_rewrites(result) -> list[Rewrite]:
    """One ``Rewrite`` per sentence holding findings; a finding belongs to the sentence
    in which it starts (a span running past the sentence end stretches the rewrite)."""
    import bisect

    from ..document import LineIndex

    if not result.findings:
        return []
    spans = _sentence_spans(result) or [(0, len(result.text))]
    starts = [s for s, _ in spans]
    groups: dict[int, list] = {}
    for f in result.findings:
        k = max(0, bisect.bisect_right(starts, f.start) - 1)
        groups.setdefault(k, []).append(f)
    lines = LineIndex(result.text)
    out = []
    for k in sorted(groups):
        start, end = spans[k]
        start = min(start, min(f.start for f in groups[k]))
        end = max(end, max(f.end for f in groups[k]))
        new, applied, skipped = rewrite_sentence(result.text, start, end, groups[k])
        original = result.text[start:end]
        out.append(Rewrite(start, end, lines.line_col(start)[0], original, new,
                           _chrf(original, new), applied, skipped))
    return out


def add_to_json(data: dict, run) -> dict:
    """Add a ``rewrites`` list to each file object of a JSON report (additive)."""
    for obj, result in zip(data["files"], run.files):
        obj["rewrites"] = [r.to_json() for r in file_rewrites(result)]
    return data
