"""Monolingual findings confirmed by the source: a number-format finding whose value is
the aligned source number (`150,000 million dollars` from `150.000 millones de dólares`),
and a calque whose lexicon entry's source phrase is really in the aligned source sentence
(`collects in a statement` from `recogió en un comunicado`): the finding names the source
span, says so, and a confirmed calque's severity rises one step (info -> warning -> error)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import fields
from functools import lru_cache

from ..findings import Category, Finding, Severity
from ..nlp.text import LETTERS, fold
from ..rules.tq7_bilingual._numbers import numbers, same, show
from ..rules.tq7_bilingual._pairs import Bilingual

_UP = {Severity.INFO: Severity.WARNING, Severity.WARNING: Severity.ERROR, Severity.ERROR: Severity.ERROR}


def _pair_at(bi: Bilingual, pos: int):
    """The bead whose target span holds ``pos`` (beads with a target are disjoint and in order)."""
    index = bi.names_done.get("by_start")
    if index is None:
        full = [p for p in bi.pairs if p.tgt_end > p.tgt_start]
        index = bi.names_done["by_start"] = ([p.tgt_start for p in full], full)
    i = bisect_right(index[0], pos) - 1
    if i >= 0 and index[1][i].tgt_start <= pos < index[1][i].tgt_end:
        return index[1][i]
    return None


@lru_cache(maxsize=8)
def _entries_by_suggestion(lang: str) -> dict[str, list]:
    from ..lexicon import builtin_entries

    out: dict[str, list] = {}
    for e in builtin_entries():
        if e.lang == lang and e.source:
            for s in e.suggest:
                out.setdefault(s.lower(), []).append(e)
    return out




def source_phrase_at(phrase: str, source: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the lexicon's source phrase (`recoger en un comunicado`) occurs, inflected, in
    ``source[start:end]``: its words in order, a word matching one that shares its first
    four letters (or equals it when shorter), at most two words apart."""
    want = [fold(w) for w in LETTERS.findall(phrase)]
    have = [(m.start(), m.end(), fold(m.group(0))) for m in LETTERS.finditer(source, start, end)]
    if not want:
        return None

    def ok(w: str, h: str) -> bool:
        return h == w if len(w) < 5 else h[:4] == w[:4]

    for i, (s, e, h) in enumerate(have):
        if not ok(want[0], h):
            continue
        j, k, last = i + 1, 1, e
        while k < len(want) and j < len(have) and j - i <= len(want) + 2:
            if ok(want[k], have[j][2]):
                last = have[j][1]
                k += 1
            j += 1
        if k == len(want):
            return s, last
    return None


def confirm(f: Finding, bi: Bilingual, cls, unit: dict) -> Finding:
    base = {fl.name: getattr(f, fl.name) for fl in fields(Finding)}
    p = _pair_at(bi, f.start)
    if p is None:
        return cls(**base, **unit)
    if f.category == Category.NUMBER_FORMAT:
        tnums = numbers(f.text, 0, len(f.text), "en", bi.lang)
        for s in numbers(bi.source, p.src_start, p.src_end, bi.lang):
            if s.digits and any(same(s, t) for t in tnums):
                src = bi.source[s.start:s.end]
                base["message"] = (f"{f.message} The source confirms it: `{src}` is "
                                   f"{show(min(s.values))} in English.")
                return cls(**base, source_start=s.start, source_end=s.end, source_text=src, **unit, confirmed=True)
    if f.category == Category.CALQUE and f.suggestions:
        for e in _entries_by_suggestion(bi.lang).get(f.suggestions[0].lower(), ()):
            at = source_phrase_at(e.source, bi.source, p.src_start, p.src_end)
            if at:
                src = bi.source[at[0]:at[1]]
                base["message"] = f"{f.message} Confirmed by the source: `{src}`."
                base["severity"] = _UP[f.severity]
                return cls(**base, source_start=at[0], source_end=at[1], source_text=src, **unit, confirmed=True)
    return cls(**base, **unit)
