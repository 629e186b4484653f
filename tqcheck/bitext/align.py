"""Gale–Church sentence alignment with anchors (the sentences: ``nlp.sentences``).

Gale & Church (1993), "A Program for Aligning Sentences in Bilingual Corpora": a dynamic
programme over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2) whose cost is -log of the bead's prior
times the probability of the length difference under a normal model (target length ≈
c·source length, variance s²·source length). Anchors: a bead whose two sides share a
number or a name costs less, one whose sides hold different numbers (or digits on one side
only) costs more.
The programme runs in a band around the diagonal, so long texts stay linear."""
from __future__ import annotations

import math
import re

from ..nlp.text import fold

# Bead priors (Gale & Church's table) and the length model.
_BEADS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2,
          (2, 2): 0.011}
_PENALTY = {k: -math.log(v) for k, v in _BEADS.items()}
_C, _S2 = 1.0, 6.8
_NUM = re.compile(r"\d+")
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-ZÀ-ÖØ-Þ][^\W\d_]{3,}")


def _norm_cdf(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def _length_cost(ls: int, lt: int) -> float:
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls + lt / _C) / 2
    delta = (lt - ls * _C) / math.sqrt(max(mean, 1) * _S2)
    p = 2 * (1 - _norm_cdf(abs(delta)))
    return -math.log(max(p, 1e-12))


def _anchors(text: str) -> tuple[frozenset, frozenset]:
    nums = frozenset(n.lstrip("0") or "0" for n in _NUM.findall(text) if len(n) >= 1)
    names = frozenset(fold(n)[:5] for n in _NAME.findall(text))
    return nums, names


def align(src: list[str], tgt: list[str]) -> list[tuple[list[int], list[int]]]:
    """Beads ``([source indexes], [target indexes])`` covering both lists in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [([i], []) for i in range(n)] + [([], [j]) for j in range(m)]
    ls, lt = [len(s) for s in src], [len(t) for t in tgt]
    sa, ta = [_anchors(s) for s in src], [_anchors(t) for t in tgt]
    band = 12 + abs(n - m)
    INF = float("inf")
    cost: dict[tuple[int, int], tuple[float, tuple[int, int]]] = {(0, 0): (0.0, (0, 0))}
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre) - band), min(m, int(centre) + band + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best = (INF, (0, 0))
            for (di, dj), pen in _PENALTY.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or (pi, pj) not in cost:
                    continue
                c = cost[(pi, pj)][0] + pen
                if di and dj:     # a deletion or insertion costs its prior only
                    c += _length_cost(sum(ls[pi:i]), sum(lt[pj:j]))
                if di and dj:
                    c += _anchor_cost(sa[pi:i], ta[pj:j])
                if c < best[0]:
                    best = (c, (di, dj))
            if best[0] < INF:
                cost[(i, j)] = best
    if (n, m) not in cost:        # outside the band: fall back to one bead
        return [(list(range(n)), list(range(m)))]
    beads, i, j = [], n, m
    while i or j:
        di, dj = cost[(i, j)][1]
        beads.append((list(range(i - di, i)), list(range(j - dj, j))))
        i, j = i - di, j - dj
    return _merge_gaps(beads[::-1])


def _merge_gaps(beads):
    """A deletion next to an insertion is one badly matched pair (a truncated or padded
    translation), far likelier than a dropped sentence beside an added one."""
    out = []
    for b in beads:
        if out and ((not out[-1][1] and not b[0]) or (not out[-1][0] and not b[1])):
            prev = out.pop()
            b = (prev[0] + b[0], prev[1] + b[1])
        out.append(b)
    return out


def _anchor_cost(sa, ta) -> float:
    snum = frozenset().union(*(a[0] for a in sa))
    tnum = frozenset().union(*(a[0] for a in ta))
    sname = frozenset().union(*(a[1] for a in sa))
    tname = frozenset().union(*(a[1] for a in ta))
    c = 0.0
    if snum and tnum:
        c += -1.5 if snum & tnum else 1.5
    elif snum or tnum:        # digits on one side only (a number written out costs this too)
        c += 1.5
    if sname & tname:
        c -= 1.0
    return c
