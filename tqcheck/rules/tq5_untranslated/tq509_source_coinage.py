"""TQ509 source-coinage: an English-looking word coined from a source word that English
lacks (`the quirinalist`, `a golpist`, `to futurear`).

Examples: cases/TQ509.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ...findings import Category, Hit, Severity
from ...nlp import langid
from ..registry import rule
from .data import WORD_MEMO, WordVerdicts, vocab

_COINED_RE = re.compile(r"[a-z]{4,}(?:ist|ists|ear)")


@lru_cache(maxsize=WORD_MEMO)
def coinage(w: str) -> str | None:
    """The English form a coined word calls for, or None: a lower-case word in no word
    list, ending in `-ist` on a stem English lacks (`quirinal-ist` from `quirinalista`;
    not `extortion-ist`, `obo(e)-ist`, `ufolog(y)-ist`), or a Spanish verb in `-ear` made
    from a noun (`futur-ear`; no English word ends so and is missing from the lists)."""
    if not _COINED_RE.fullmatch(w) or langid.en_zipf(w) or langid.src_zipf(w):
        return None
    if w.endswith("ear"):
        return "(an English verb)" if len(w) >= 7 else None
    stem = w[:-4] if w.endswith("ists") else w[:-3]
    if stem.endswith(("olog", "graph", "nom")):
        return None   # `ufologist`, `choreographist`, `agronomist`: English formations
    if any(langid.en_zipf(stem + end) for end in ("", "e", "y", "a", "o", "ism", "al", "ic")):
        return None
    return "(an English noun: correspondent, commentator, supporter...)"


_COINED = WordVerdicts(lambda w: (coinage(w) or None) if w[-1:] in "tsr" else None)


@rule(
    "TQ509", name="source-coinage", category=Category.UNTRANSLATED, severity=Severity.INFO,
    summary="A word coined from a source word that English lacks (`the quirinalist`, `to futurear`).",
    explanation="""When MT meets a source word it has no entry for, it may anglicise the
    ending rather than translate: Italian and Spanish `-ista` nouns become `-ist` (`the
    quirinalist` for the Quirinale correspondent, `a golpist` for a coup supporter), and
    Spanish verbs made from nouns keep their `-ear` (`futurear`). A lower-case word that is
    in no English or source word list, ending in `-ist` on a stem English does not have
    (`extortionist`, `oboist`, `ufologist` have one), or a word of seven letters or more in
    `-ear`, is reported at info severity: a rare English word stays possible.""",
    sources=("MQM typology: Accuracy > Mistranslation; Fluency > Spelling",),
)
def source_coinage(doc, ctx):
    found = {w: _COINED.verdict[w] for w in _COINED.words_with(vocab(doc))}
    if not found:
        return
    for t in doc.tokens:
        c = found.get(t.text)
        if c:
            yield Hit(t.start, t.end, f"`{t.text}` is not an English word: a source word given an"
                      " English ending.", suggestions=(c,))
