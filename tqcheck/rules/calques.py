"""TQ3xx: calques and false friends, driven by the lexicons in corpora/<src>-en/*.toml.

One token-trie pass matches every entry of every lexicon (and the user's house
phrasebooks) at once; the four rules only sort the matches by the entry's kind:
TQ301 calque, TQ302 false friend, TQ303 mistranslated idiom, TQ304 elegant
variation. House phrasebook entries report under the code of their kind, like
built-in ones; their message names the phrasebook.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from typing import NamedTuple

from ..findings import Category, Hit, Severity
from .registry import rule

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


def _select(raw, given: str | None) -> list[_Pick]:
    groups: dict[tuple[int, int], list] = defaultdict(list)
    for m in raw:
        groups[(m.start, m.end)].append(m)
    picks = [p for g in groups.values() for p in _choose(g, given)]
    # Overlaps: house entries first, then strong ones, then those of the known source
    # language, then the longest: a kept pick blocks every later one that overlaps it
    # (weak picks of several languages on the very same span are all kept).
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
    from ..lexicon import get_matcher

    # The scan does not depend on the source language; only the choice among entries does.
    raw = doc.view(f"tq3:scan:{paths!r}", lambda d: get_matcher(paths).scan_document(d))
    return _select(raw, ctx.source_lang)


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


def _hits(doc, ctx, kind: str) -> list[Hit]:
    from ..lexicon import phrasebook_paths

    paths = phrasebook_paths(ctx.config)
    # The four rules share one pass: every kind's hits are made at once, per source language.
    by_kind = doc.view(f"tq3:{ctx.source_lang}:{paths!r}", lambda d: _hits_by_kind(d, ctx, paths))
    return by_kind.get(kind, [])


def _hits_by_kind(doc, ctx, paths: tuple[str, ...]) -> dict[str, list[Hit]]:
    from ..lexicon import LANGUAGE_NAMES

    by_kind: dict[str, list[Hit]] = {}
    for p in _picks(doc, ctx, paths):
        e = p.entries[0].entry
        one = len(p.entries) == 1
        suggestions = tuple(dict.fromkeys(s for ce in p.entries for s in ce.entry.suggest))  # in order, once
        fix = _case_like(e.suggest[0], doc.text[p.start:p.end]) if e.fix and one else None
        by_kind.setdefault(e.kind, []).append(
            Hit(p.start, p.end, _message(p, LANGUAGE_NAMES), suggestions=suggestions, fix=fix,
                source_lang=e.lang if one else None, weak=e.weak, severity=_SEVERITIES[e.severity]))
    return by_kind


def _example_span(e) -> str:
    from ..lexicon import compile_entry
    from ..lexicon.matcher import Matcher

    ex = e.fire[0]
    hits = Matcher([compile_entry(e)]).scan_text(ex)
    return f"`{ex[hits[0].start:hits[0].end]}`" if hits else f"`{e.pattern}`"


def _explain_more(kind: str):
    def more() -> str:
        from ..lexicon import LANGUAGE_NAMES, builtin_entries

        entries = [e for e in builtin_entries() if e.kind == kind]
        by_lang: dict[str, list] = defaultdict(list)
        for e in entries:
            by_lang[e.lang].append(e)
        lines = [f"Built-in lexicon entries of kind `{kind}`: {len(entries)}"]
        for lang in sorted(by_lang):
            es = by_lang[lang]
            weak = sum(e.weak for e in es)
            lines.append(f"  {lang} ({LANGUAGE_NAMES.get(lang, lang)}): {len(es)} entr{'y' if len(es) == 1 else 'ies'}"
                         + (f", {weak} weak (only when the source language is {lang})" if weak else ""))
            for e in es[::max(1, len(es) // 4)][:4]:
                lines.append(f"      {_example_span(e):<30} from '{e.source}' -> {e.suggest[0]}")
        lines.append("Add entries in corpora/<src>-en/*.toml, or your own with --phrasebook FILE.")
        return "\n".join(lines)

    return more


@rule(
    "TQ301", name="calque", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="A source-language phrase rendered word for word (`collects in a statement`, `gave to know`).",
    explanation="""Machine translation maps a Spanish, French, Portuguese, Italian or German
    phrase onto English words one by one: `recoge en un comunicado` becomes `collects in a
    statement`, `dio a conocer` becomes `gave to know`, `el pasado martes` becomes `the past
    Tuesday`. Each finding names the source phrase and the English to write instead. The
    phrases come from the lexicons in corpora/<src>-en/ and any house phrasebook given.""",
    bad=["The Chinese Ministry of Foreign Affairs collects in a statement that the talks will resume.",
         "The government gave to know the new measures on Friday.",
         "The minister sustained a meeting with union leaders."],
    good=["She collects stamps and keeps them in a statement drawer.",
          "The government announced the new measures on Friday.",
          "The minister held a meeting with union leaders."],
    fixable=True,
)
def calque(doc, ctx):
    return _hits(doc, ctx, "calque")


@rule(
    "TQ302", name="false-friend", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="An English word that looks like the source word but means something else (`the mandatary`).",
    explanation="""False friends: `mandatario` is a head of state, not a `mandatary`;
    `actualmente` is `currently`, not `actually`. Ambiguous ones (`actually`,
    `eventually`, `sensible`) are weak entries: they are reported only when the
    document's source language is the lexicon's language, inferred from the other
    evidence in the document (`--source-lang auto`) or given with --source-lang.""",
    bad=["The Mexican mandatary arrived in Washington on Tuesday."],
    good=["The Mexican president arrived in Washington on Tuesday."],
    fixable=True,
)
def false_friend(doc, ctx):
    return _hits(doc, ctx, "false-friend")


@rule(
    "TQ303", name="mistranslated-idiom", guess_aware=True, category=Category.CALQUE, severity=Severity.WARNING,
    summary="A source-language idiom translated literally (`row in the right direction`, `under the table`).",
    explanation="""Idioms do not survive word-for-word translation: `remar en la dirección
    correcta` is `move in the right direction`, `sobre la mesa` (under discussion) is
    `on the table`. The literal version reads as nonsense or, worse, as a different
    English idiom.""",
    bad=["The president said the organisation must row in the right direction.",
         "The president said the organisation must row “in the right direction”."],
    good=["The crew had to row hard to reach the shore.",
          "The president said the organisation must move in the right direction."],
    fixable=True,
)
def idiom(doc, ctx):
    return _hits(doc, ctx, "idiom")


@rule(
    "TQ304", name="elegant-variation", guess_aware=True, category=Category.STYLE, severity=Severity.INFO,
    summary="A periphrasis for a country or office copied from source-language style (`the Aztec country`).",
    explanation="""Spanish, French and Italian news style avoids repeating a name and
    writes `el país azteca` (Mexico), `l'Hexagone` (France), `il Belpaese` (Italy).
    English copy repeats the name or uses a pronoun; the periphrasis puzzles readers.""",
    bad=["Inflation in the Aztec country rose to 7% in March."],
    good=["Inflation in Mexico rose to 7% in March.",
          "The Aztec calendar stone is on display at the museum."],
)
def elegant_variation(doc, ctx):
    return _hits(doc, ctx, "elegant-variation")


for _func, _kind in ((calque, "calque"), (false_friend, "false-friend"), (idiom, "idiom"),
                     (elegant_variation, "elegant-variation")):
    _func.explain_more = _explain_more(_kind)
