"""What the bilingual layer hands the TQ7xx rules: the source text, its language and the
aligned sentence pairs (offsets into the source text and into the target document)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...findings import Hit


@dataclass(frozen=True)
class SentencePair:
    """One alignment bead: source sentences [src_start, src_end) against target sentences
    [tgt_start, tgt_end). A bead with no source (0-1) or no target (1-0) has an empty span
    at the place it would be; ``para`` numbers the paragraph (or XLIFF/TMX unit) pair."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    para: int = 0
    n_src: int = 1
    n_tgt: int = 1


@dataclass(frozen=True)
class Bilingual:
    source: str                                  # the source text
    lang: str                                    # its language: es, fr, pt, it, de
    pairs: tuple[SentencePair, ...]
    # paragraph (unit) pairs: (src_start, src_end, tgt_start, tgt_end)
    paragraphs: tuple[tuple[int, int, int, int], ...] = ()
    names_done: dict = field(default_factory=dict, compare=False)   # per-run cache

    def src(self, p: SentencePair) -> str:
        return self.source[p.src_start:p.src_end]

    def matched_pairs(self) -> list[SentencePair]:
        """The beads with text on both sides (a dropped or an added sentence has nothing to
        compare with)."""
        return [p for p in self.pairs if p.tgt_end > p.tgt_start and p.src_end > p.src_start]


@dataclass(frozen=True)
class BiHit(Hit):
    """A hit in the target that relates to a span of the source."""

    source_start: int = -1
    source_end: int = -1


def target_span(doc, p: SentencePair) -> tuple[int, int]:
    """The target span a finding about bead ``p`` points at: the bead's target sentences, or
    for a bead with no target the nearest target text (the sentence before the gap, trimmed)."""
    text = doc.text
    if p.tgt_end > p.tgt_start:
        s, e = p.tgt_start, p.tgt_end
    else:
        e = p.tgt_start
        while e > 0 and text[e - 1].isspace():
            e -= 1
        s = e
        while s > 0 and text[s - 1] not in "\n":
            s -= 1
        if s == e:          # nothing before: the text after the gap
            s = p.tgt_start
            while s < len(text) and text[s].isspace():
                s += 1
            e = s
            while e < len(text) and text[e] != "\n":
                e += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def sentences_within(doc, start: int, end: int) -> list[tuple[int, int]]:
    """The document's sentences that overlap ``[start, end)``, clipped to it."""
    spans, ends = doc.view("tq7_sentence_ends", lambda d: (d.sentences, [s.end for s in d.sentences]))
    out = []
    for i in range(bisect_right(ends, start), len(spans)):     # the sentences that end after start
        a, b = spans[i]
        if a >= end:
            break
        a, b = max(a, start), min(b, end)
        if b > a:
            out.append((a, b))
    return out
