"""English inflections for `<lemma>` pattern slots: a compact rule set plus an irregular list.

The forms only feed a matcher, never generated text, so over-generation is harmless
(`visit` also yields `visitted`, which never occurs) while under-generation would
lose matches. That is why a few regular rules with both spellings, plus the
irregular verbs and nouns news copy uses, are enough. lemminflect gives the same
forms but costs ~0.4 s to import and ~0.5 s on its first lookup, more than the
whole per-run budget; this module imports in well under a millisecond.
"""
from __future__ import annotations

from functools import lru_cache

# base: past, past participle (comma-separated alternatives allowed)
_IRREGULAR_VERBS = """
arise arose arisen|awake awoke awoken|be was,were been|bear bore borne,born|beat beat beaten|
become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|
bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|
broadcast broadcast broadcast|build built built|burn burnt,burned burnt,burned|burst burst burst|
buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|
cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|
dream dreamt,dreamed dreamt,dreamed|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|
feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|
forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got got,gotten|give gave given|go went gone|grow grew grown|
hang hung,hanged hung,hanged|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|
hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant,leaned leant,leaned|
leap leapt,leaped leapt,leaped|learn learnt,learned learnt,learned|leave left left|lend lent lent|let let let|
lie lay,lied lain,lied|light lit,lighted lit,lighted|lose lost lost|make made made|mean meant meant|meet met met|
mislead misled misled|mistake mistook mistaken|overcome overcame overcome|oversee oversaw overseen|
overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven,proved|put put put|
quit quit quit|read read read|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|
say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|
shed shed shed|shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|
sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken|
spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood|
steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|strive strove striven|swear swore sworn|
sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|
tell told told|think thought thought|throw threw thrown|undergo underwent undergone|understand understood understood|
undertake undertook undertaken|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|
weave wove woven|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|
withstand withstood withstood|write wrote written
"""

_IRREGULAR_NOUNS = """
man men|woman women|child children|person people,persons|foot feet|tooth teeth|mouse mice|
crisis crises|analysis analyses|thesis theses|basis bases|hypothesis hypotheses|diagnosis diagnoses|
axis axes|criterion criteria|phenomenon phenomena|medium media,mediums|datum data|index indices,indexes|
leaf leaves|life lives|wife wives|knife knives|half halves|shelf shelves|thief thieves|
series series|species species|sheep sheep|aircraft aircraft|fish fish,fishes
"""

# Extra forms of a few function words a pattern may use as lemmas.
_SPECIAL = {
    "be": ("be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"),
    "have": ("have", "has", "had", "having", "'ve"),
    "do": ("do", "does", "did", "done", "doing"),
    "go": ("go", "goes", "went", "gone", "going"),
}


def _parse(table: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for chunk in table.split("|"):
        parts = chunk.split()
        if not parts:
            continue
        forms = []
        for p in parts[1:]:
            forms.extend(p.split(","))
        out[parts[0]] = tuple(forms)
    return out


@lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict]:
    return _parse(_IRREGULAR_VERBS), _parse(_IRREGULAR_NOUNS)


_VOWELS = set("aeiou")


def _s_forms(w: str) -> set[str]:
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        out = {w + "es", w + "s"}
    elif len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        out = {w[:-1] + "ies"}
    else:
        out = {w + "s"}
    if w.endswith("s") and len(w) > 2 and w[-2] in _VOWELS:  # focus -> focuses, focusses
        out.add(w + "ses")
    return out


def _ed_ing_forms(w: str) -> set[str]:
    out: set[str] = set()
    if w.endswith("ie"):
        return {w + "d", w[:-2] + "ying"}
    if w.endswith("ee") or w.endswith("ye") or w.endswith("oe"):
        return {w + "d", w + "ing"}
    if w.endswith("e"):
        return {w + "d", w[:-1] + "ing"}
    if len(w) > 1 and w.endswith("y") and w[-2] not in _VOWELS:
        return {w[:-1] + "ied", w + "ing"}
    if w.endswith("c"):
        out |= {w + "ked", w + "king"}   # panic -> panicked
    out |= {w + "ed", w + "ing"}
    # Consonant-vowel-consonant: both spellings (commit -> committed, visit -> visited).
    if (len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy"
            and w[-2] in _VOWELS and w[-3] not in _VOWELS):
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


@lru_cache(maxsize=None)
def inflections(lemma: str) -> frozenset[str]:
    """Every form of ``lemma`` as a verb and as a noun, lower case, the lemma included."""
    lemma = lemma.lower()
    if lemma in _SPECIAL:
        return frozenset(_SPECIAL[lemma])
    verbs, nouns = _tables()
    if " " in lemma or not lemma:
        return frozenset({lemma})
    forms = {lemma}
    forms |= _s_forms(lemma)
    if lemma in verbs:
        forms |= set(verbs[lemma])
        forms |= {f for f in _ed_ing_forms(lemma) if f.endswith("ing")}
    else:
        forms |= _ed_ing_forms(lemma)
    if lemma in nouns:
        forms |= set(nouns[lemma])
    return frozenset(forms)
