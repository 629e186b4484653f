"""The shared lexicon pass of TQ3xx: one token-trie pass matches every entry of every
lexicon (corpora/<src>-en/*.toml) and of the user's house phrasebooks at once; the four
rules only sort the matches by the entry's kind (``hits(doc, ctx, kind)``).

House phrasebook entries report under the code of their kind, like built-in ones; their
message names the phrasebook.
"""
from __future__ import annotations

import bisect
from typing import NamedTuple

from ...findings import Hit, Severity

_SEVERITIES = {s.value: s for s in Severity}
_LABELS = {"calque": "Calque", "false-friend": "False friend", "idiom": "Mistranslated idiom",
           "elegant-variation": "Elegant variation"}


class _Pick(NamedTuple):
    start: int
    end: int
    entries: tuple          # CompiledEntry, best first (one per language when ambiguous)
    weak: bool


def _choose(group: list, given: str | None) -> list[_Pick]:
    """Among entries matching the very same span, the ones to report."""
    start, end = group[0].start, group[0].end
    if len(group) == 1:   # the common case: house, strong or weak, the entry is the pick
        ce = group[0].entry
        return [_Pick(start, end, (ce,), ce.entry.weak)]
    house = [m.entry for m in group if m.entry.entry.house]
    if house:
        return [_Pick(start, end, (house[0],), house[0].entry.weak)]
    strong = [m.entry for m in group if not m.entry.entry.weak]
    if strong:
        if given and any(ce.entry.lang == given for ce in strong):
            strong = [ce for ce in strong if ce.entry.lang == given]
        by_lang = {}
        for ce in strong:
            by_lang.setdefault(ce.entry.lang, ce)
        return [_Pick(start, end, tuple(by_lang.values()), False)]
    # Weak entries only: one per language; the engine keeps the document's language.
    by_lang = {}
    for m in group:
        by_lang.setdefault(m.entry.entry.lang, m.entry)
    return [_Pick(start, end, (ce,), True) for ce in by_lang.values()]


def select(raw, given: str | None) -> list[_Pick]:
    """The matches to report, in document order: one pick per span, overlaps resolved."""
    groups: dict[tuple[int, int], list] = {}
    for m in raw:
        g = groups.get(m[:2])     # (start, end)
        if g is None:
            groups[m[:2]] = [m]
        else:
            g.append(m)
    picks = []
    for g in groups.values():
        if len(g) == 1:     # the common case (see _choose)
            m = g[0]
            picks.append(_Pick(m.start, m.end, (m.entry,), m.entry.entry.weak))
        else:
            picks.extend(_choose(g, given))
    # Overlaps: house entries first, then strong ones, then those of the known source
    # language, then the longest: a kept pick blocks every later one that overlaps it
    # (weak picks of several languages on the very same span are all kept).
    if len(picks) > 1:
        picks.sort(key=lambda p: (not p.entries[0].entry.house, p.weak,
                                  given is not None and p.entries[0].entry.lang != given,
                                  p.start - p.end, p.start))
    kept: list[tuple[int, int, int, _Pick]] = []   # by position; only identical weak spans overlap
    for n, p in enumerate(picks):
        i = bisect.bisect_left(kept, (p.end,))     # first kept pick starting at or after p.end
        j, ok = i - 1, True
        while j >= 0 and kept[j][1] > p.start:     # kept picks overlapping p
            k = kept[j][3]
            if not (k.start == p.start and k.end == p.end and k.weak and p.weak):
                ok = False
                break
            j -= 1
        if ok:
            bisect.insort(kept, (p.start, p.end, n, p))
    return [k[3] for k in kept]


def _picks(doc, ctx, paths: tuple[str, ...]) -> list[_Pick]:
    from ...lexicon import get_matcher

    # The scan does not depend on the source language; only the choice among entries does.
    raw = doc.view(f"tq3:scan:{paths!r}", lambda d: get_matcher(paths).scan_document(d))
    return select(raw, ctx.source_lang)


def _case_like(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _message(p: _Pick, language_names: dict[str, str]) -> str:
    e = p.entries[0].entry
    label = _LABELS[e.kind]
    if e.house:
        src = f" of '{e.source}'" if e.source else ""
        return f"{label}{src} (house phrasebook {e.file}): {e.explain}"
    sources = " / ".join(f"{language_names.get(ce.entry.lang, ce.entry.lang)} '{ce.entry.source}'"
                         for ce in p.entries)
    return f"{label} of {sources}: {e.explain}"


def hits(doc, ctx, kind: str) -> list[Hit]:
    """The findings of entries of ``kind`` (the pass runs once per document and language)."""
    from ...lexicon import phrasebook_paths

    paths = phrasebook_paths(ctx.config)
    # The four rules share one pass: every kind's hits are made at once, per source language.
    by_kind = doc.view(f"tq3:{ctx.source_lang}:{paths!r}", lambda d: _hits_by_kind(d, ctx, paths))
    return by_kind.get(kind, [])


def _hits_by_kind(doc, ctx, paths: tuple[str, ...]) -> dict[str, list[Hit]]:
    from ...lexicon import LANGUAGE_NAMES

    by_kind: dict[str, list[Hit]] = {}
    picks = _picks(doc, ctx, paths)
    # A pick's hit does not depend on the source language unless a weak entry's reason is
    # added: one made for a language is reused for the others (the picks are mostly the
    # same). Keyed by span and entries (compiled entries live as long as their matcher).
    made = doc.view(f"tq3:made:{paths!r}", lambda d: {})
    why: dict[str, str] = {}     # per language: the same for all its weak picks
    for p in picks:
        e = p.entries[0].entry
        if not (p.weak and not e.house and ctx.source_lang == e.lang):
            key = (p.start, p.end, p.weak, *map(id, p.entries))
            hit = made.get(key)
            if hit is None:
                hit = made[key] = _hit(doc, p, "", LANGUAGE_NAMES)
            by_kind.setdefault(e.kind, []).append(hit)
            continue
        reason = why.get(e.lang)
        if reason is None:
            reason = why[e.lang] = _why_weak(doc, ctx, e.lang, picks, LANGUAGE_NAMES)
        by_kind.setdefault(e.kind, []).append(_hit(doc, p, reason, LANGUAGE_NAMES))
    return by_kind


# A pick's message and suggestions depend only on its entries: made once per process for
# each combination met (keyed by the entries' ids), at most _MAX_TEXTS kept.
_TEXTS: dict[tuple[int, ...], tuple] = {}
_MAX_TEXTS = 4096


def _hit(doc, p: _Pick, why_weak: str, language_names: dict[str, str]) -> Hit:
    """The finding of one pick (``why_weak``: the reason added to a weak entry's message)."""
    e = p.entries[0].entry
    one = len(p.entries) == 1
    key = tuple(map(id, p.entries))
    made = _TEXTS.get(key)
    if made is None or made[0] is not language_names:
        if len(_TEXTS) >= _MAX_TEXTS:
            _TEXTS.clear()
        suggestions = tuple(dict.fromkeys(s for ce in p.entries for s in ce.entry.suggest))  # in order, once
        # the entries are kept in the value: their ids cannot be reused while it lives
        made = _TEXTS[key] = (language_names, _message(p, language_names), suggestions, p.entries)
    _, message, suggestions, _ = made
    fix = _case_like(e.suggest[0], doc.text[p.start:p.end]) if e.fix and one else None
    return Hit(p.start, p.end, message + why_weak, suggestions=suggestions, fix=fix,
               source_lang=e.lang if one else None, weak=e.weak, severity=_SEVERITIES[e.severity])


def _why_weak(doc, ctx, lang: str, picks: list[_Pick], language_names: dict[str, str]) -> str:
    """The evidence that lets an ambiguous (weak) entry fire: the source language given by
    the user, or the unambiguous calques of that language found in the document."""
    name = language_names.get(lang, lang)
    if ctx.config.source_lang == lang:
        return f" (Reported because the source language was given as {name}.)"
    seen = list(dict.fromkeys(doc.text[p.start:p.end] for p in picks
                              if not p.weak and len(p.entries) == 1 and p.entries[0].entry.lang == lang))
    if not seen:
        return f" (Reported because other findings in this text point to a {name} source.)"
    shown = ", ".join(f"`{s}`" for s in seen[:3])
    more = f" and {len(seen) - 3} more" if len(seen) > 3 else ""
    return f" (Ambiguous in native English; reported because this text reads as translated from {name}: {shown}{more}.)"
