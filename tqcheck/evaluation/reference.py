"""Reference metrics: sacrebleu BLEU, chrF, chrF++ and TER per sentence and per corpus.

Two input modes:

* ``lines``: one segment per line, hypothesis and references line-aligned, read exactly
  as the ``sacrebleu`` command line reads them, so corpus scores are identical to its own.
* ``article``: hypothesis and reference are articles; both are split into sentences with
  the project's splitter (``Document.sentences``) and aligned monotonically by dynamic
  programming over length and chrF, allowing 1-1, 1-2 and 2-1 groups (plus 1-0 / 0-1 at a
  high cost, so an alignment always exists; such groups are reported).

Each scored segment carries the checker's findings that overlap it. sacrebleu is
imported lazily so ``tqcheck --help`` stays fast.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

METRICS = ("bleu", "chrf", "chrf++", "ter")
METRIC_NAMES = {"bleu": "BLEU", "chrf": "chrF", "chrf++": "chrF++", "ter": "TER"}
LOWER_IS_BETTER = {"ter"}

# Alignment costs (lower is better). A group's cost is its chrF distance plus a length
# mismatch term; 1-0 / 0-1 groups cost SKIP so they are chosen only when nothing fits.
_LENGTH_WEIGHT = 0.5
_MERGE_COST = 0.05
_SKIP = 1.5


class ScoreInputError(Exception):
    pass


@lru_cache(maxsize=None)
def _metric(name: str, sentence: bool = False):
    from sacrebleu.metrics import BLEU, CHRF, TER

    if name == "bleu":
        return BLEU(effective_order=True) if sentence else BLEU()
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "ter":
        return TER()
    raise ValueError(f"unknown metric {name!r} (choose from: {', '.join(METRICS)})")


def parse_metrics(values) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        for m in v.split(","):
            m = m.strip().lower()
            if not m:
                continue
            if m not in METRICS:
                raise ValueError(f"unknown metric {m!r} (choose from: {', '.join(METRICS)})")
            if m not in out:
                out.append(m)
    return tuple(out) or METRICS


@dataclass
class Segment:
    index: int
    hyp: str
    refs: list[str | None]     # one per reference; None where a further reference has nothing
    start: int                 # offsets of the segment in the hypothesis text
    end: int
    hyp_units: list[int]       # line or sentence numbers (0-based) in the hypothesis
    ref_units: list[int]       # line or sentence numbers (0-based) in the first reference
    scores: dict[str, float] = field(default_factory=dict)
    findings: list = field(default_factory=list)

    @property
    def kind(self) -> str:
        return f"{len(self.hyp_units)}-{len(self.ref_units)}"

    def to_json(self) -> dict:
        return {
            "index": self.index, "hyp": self.hyp, "refs": self.refs,
            "hyp_units": self.hyp_units, "ref_units": self.ref_units, "alignment": self.kind,
            "start": self.start, "end": self.end,
            "scores": {METRIC_NAMES[k]: v for k, v in self.scores.items()},
            "findings": [f.to_json() for f in self.findings],
        }


@dataclass
class ScoreResult:
    mode: str
    hyp_path: str
    ref_paths: list[str]
    metrics: tuple[str, ...]
    segments: list[Segment]
    corpus: dict[str, float]
    signatures: dict[str, str]
    sentence_signatures: dict[str, str] = field(default_factory=dict)

    def alignment_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for s in self.segments:
            counts[s.kind] = counts.get(s.kind, 0) + 1
        return dict(sorted(counts.items()))

    def worst_first(self) -> list[Segment]:
        key = "chrf" if "chrf" in self.metrics else self.metrics[0]
        sign = -1 if key in LOWER_IS_BETTER else 1
        return sorted(self.segments, key=lambda s: (sign * s.scores[key], s.index))

    def to_json(self) -> dict:
        return {
            "version": 1, "mode": self.mode, "hyp": self.hyp_path, "refs": self.ref_paths,
            "corpus": {METRIC_NAMES[k]: v for k, v in self.corpus.items()},
            "signatures": {METRIC_NAMES[k]: v for k, v in self.signatures.items()},
            "sentence_signatures": {METRIC_NAMES[k]: v for k, v in self.sentence_signatures.items()},
            "alignment": self.alignment_counts(),
            "segments": [s.to_json() for s in self.worst_first()],
        }


# --- article alignment -------------------------------------------------------------

class _GroupChrF:
    """Sentence chrF between groups of consecutive sentences, with each group's character
    n-grams extracted once (sacrebleu's own extraction and statistics, so the value equals
    ``CHRF().sentence_score(" ".join(hyp group), [" ".join(ref group)])``)."""

    def __init__(self, hyp: list[str], ref: list[str]):
        from sacrebleu.metrics.helpers import extract_all_char_ngrams

        self.metric = _metric("chrf")
        self._extract = lambda t: extract_all_char_ngrams(t, self.metric.char_order, self.metric.whitespace)
        self.hyp, self.ref = hyp, ref
        self._cache: dict = {}

    def forget_before(self, h_lo: int, r_lo: float) -> None:
        """Drop cached groups starting before ``h_lo`` (hypothesis) or ``r_lo`` (reference):
        the alignment moves forward, so they are not asked for again (if one were, it would
        be extracted again: the cache changes memory, never a value)."""
        for key in [k for k in self._cache if k[1] < (h_lo if k[0] == "h" else r_lo)]:
            del self._cache[key]

    def _ngrams(self, side: str, lo: int, hi: int):
        key = (side, lo, hi)
        if key not in self._cache:
            sents = self.hyp if side == "h" else self.ref
            self._cache[key] = self._extract(" ".join(sents[lo:hi]))
        return self._cache[key]

    def score(self, h: tuple[int, int], r: tuple[int, int]) -> float:
        stats: list[int] = []
        for hn, rn in zip(self._ngrams("h", *h), self._ngrams("r", *r)):
            stats.extend(self.metric._get_match_statistics(hn, rn))
        return self.metric._compute_f_score(stats)


ARTICLE_STEPS = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


def align_sentences(hyp: list[str], ref: list[str],
                    steps=ARTICLE_STEPS) -> list[tuple[list[int], list[int]]]:
    """Monotonic alignment of two sentence lists: groups of (hyp indices, ref indices)."""
    n, m = len(hyp), len(ref)
    total_h = sum(len(s) for s in hyp) or 1
    total_r = sum(len(s) for s in ref) or 1
    ratio = total_r / total_h
    chrf = _GroupChrF(hyp, ref)
    hlen = [0]
    for s in hyp:
        hlen.append(hlen[-1] + len(s) + 1)
    rlen = [0]
    for s in ref:
        rlen.append(rlen[-1] + len(s) + 1)

    def cost(i: int, a: int, j: int, b: int) -> float:
        if a == i or b == j:
            return _SKIP
        lh, lr = (hlen[a] - hlen[i] - 1) * ratio, rlen[b] - rlen[j] - 1
        length = abs(math.log((lh + 1) / (lr + 1)))
        merge = _MERGE_COST if (a - i) + (b - j) > 2 else 0.0
        return 1.0 - chrf.score((i, a), (j, b)) / 100.0 + _LENGTH_WEIGHT * length + merge

    inf = float("inf")
    # Steps only move forward (at most two rows down), so three rows of costs are kept;
    # the way back is one byte per cell (the step taken), not a Python object.
    best: dict[int, list[float]] = {0: [inf] * (m + 1)}
    back: list[bytearray] = [bytearray(b"\xff") * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    # a band keeps long articles near-linear: alignments stay close to the diagonal
    band = abs(n - m) + 5
    for i in range(n + 1):
        row = best.pop(i, None) or [inf] * (m + 1)
        chrf.forget_before(i, (i / n * m if n else 0) - band - 3)
        for j in range(m + 1):
            if row[j] == inf:
                continue
            for k, (di, dj) in enumerate(steps):
                a, b = i + di, j + dj
                if a > n or b > m:
                    continue
                if n and m and abs(a / n * m - b) > band:
                    continue
                c = row[j] + cost(i, a, j, b)
                target = row if a == i else best.setdefault(a, [inf] * (m + 1))
                if c < target[b]:
                    target[b] = c
                    back[a][b] = k
    groups = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = steps[back[i][j]]
        pi, pj = i - di, j - dj
        groups.append((list(range(pi, i)), list(range(pj, j))))
        i, j = pi, pj
    return groups[::-1]


def _sentences(text: str) -> list[tuple[int, int, str]]:
    from ..document import Document

    doc = Document(text)
    out = []
    for s in doc.sentences:
        t = " ".join(text[s.start:s.end].split())
        if t:
            out.append((s.start, s.end, t))
    return out


# --- scoring -----------------------------------------------------------------------

def _raw_lines(text: str) -> list[str]:
    """Lines split on "\\n" only, as sacrebleu iterates a file (no empty last line)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _read_text(path: str) -> str:
    """The file's text as ``check`` reads it (its line breaks untouched, as sacrebleu reads
    them; a UTF-8 byte-order mark dropped); a bad file is a one-line ``ScoreInputError``."""
    from ..readers import InputError
    from ..readers.base import read_text

    try:
        return read_text(path)
    except InputError as exc:
        raise ScoreInputError(str(exc)) from None


def choose_mode(hyp_text: str, ref_texts: list[str]) -> str:
    """``lines`` when every file has the same number of lines and no line holds two
    sentences; otherwise ``article``."""
    hyp_lines = _raw_lines(hyp_text)
    if any(len(_raw_lines(t)) != len(hyp_lines) for t in ref_texts):
        return "article"
    nonblank = sum(1 for line in hyp_lines if line.strip())
    return "article" if len(_sentences(hyp_text)) > nonblank else "lines"


def build_segments(hyp_text: str, ref_texts: list[str], mode: str) -> list[Segment]:
    if mode == "lines":
        hyp_lines = _raw_lines(hyp_text)
        refs = [_raw_lines(t) for t in ref_texts]
        for r in refs:
            if len(r) != len(hyp_lines):
                raise ScoreInputError(
                    f"line mode needs line-aligned files: hypothesis has {len(hyp_lines)} lines, "
                    f"a reference has {len(r)}")
        segs, pos = [], 0
        for i, line in enumerate(hyp_lines):
            segs.append(Segment(i, line.rstrip(), [r[i].rstrip() for r in refs], pos,
                                pos + len(line), [i], [i]))
            pos += len(line) + 1
        return segs
    if mode != "article":
        raise ScoreInputError(f"unknown mode {mode!r} (choose from: auto, lines, article)")
    hyp = _sentences(hyp_text)
    ref = _sentences(ref_texts[0])
    groups = align_sentences([h[2] for h in hyp], [r[2] for r in ref])
    segs: list[Segment] = []
    for k, (hs, rs) in enumerate(groups):
        text = " ".join(hyp[i][2] for i in hs)
        if hs:
            start, end = hyp[hs[0]][0], hyp[hs[-1]][1]
        else:  # a reference sentence with no hypothesis counterpart
            start = end = segs[-1].end if segs else 0
        segs.append(Segment(k, text, [" ".join(ref[j][2] for j in rs)], start, end, hs, rs))
    for extra in ref_texts[1:]:
        _add_reference(segs, [r[2] for r in _sentences(extra)])
    return segs


def _add_reference(segs: list[Segment], ref: list[str]) -> None:
    """Align a further reference to the segments fixed by the first one (same steps).
    When two segments share one of its sentences (2-1), the first takes it and the second
    gets ``None`` (sacrebleu skips missing references); an unmatched sentence joins its
    neighbour."""
    groups = align_sentences([s.hyp for s in segs], ref)
    parts: list[list[int]] = [[] for _ in segs]
    pending: list[int] = []
    last = -1
    for gs, rs in groups:
        if gs:
            last = gs[0]
            parts[last].extend(pending + rs)
            pending = []
        elif last >= 0:
            parts[last].extend(rs)
        else:
            pending.extend(rs)
    if pending and segs:
        parts[0].extend(pending)
    for s, p in zip(segs, parts):
        s.refs.append(" ".join(ref[j] for j in sorted(p)) if p else None)


def score(hyp_path: str, ref_paths: list[str], metrics=METRICS, mode: str = "auto",
          with_findings: bool = True, config=None) -> ScoreResult:
    if not ref_paths:
        raise ScoreInputError("give at least one --ref")
    hyp_text = _read_text(hyp_path)
    ref_texts = [_read_text(p) for p in ref_paths]
    if mode == "auto":
        mode = choose_mode(hyp_text, ref_texts)
    segments = build_segments(hyp_text, ref_texts, mode)
    if not segments:
        raise ScoreInputError(f"{hyp_path}: nothing to score (no lines or sentences)")
    hyps = [s.hyp for s in segments]
    ref_streams = [[s.refs[k] for s in segments] for k in range(len(ref_texts))]
    corpus, sigs, ssigs = {}, {}, {}
    for name in metrics:
        metric = _metric(name)
        corpus[name] = metric.corpus_score(hyps, ref_streams).score
        sigs[name] = str(metric.get_signature())
        smetric = _metric(name, sentence=True)
        for s in segments:
            s.scores[name] = round(smetric.sentence_score(s.hyp, [r for r in s.refs if r is not None]).score, 2)
        ssigs[name] = str(smetric.get_signature())
    if with_findings:
        _attach_findings(hyp_text, segments, config)
    return ScoreResult(mode, hyp_path, list(ref_paths), tuple(metrics), segments, corpus, sigs, ssigs)


def _attach_findings(hyp_text: str, segments: list[Segment], config=None) -> None:
    from ..api import check_text

    result = check_text(hyp_text, config)
    for s in segments:
        s.findings = [f for f in result.findings
                      if (f.start < s.end and s.start < f.end) or (f.start == f.end == s.start)]
