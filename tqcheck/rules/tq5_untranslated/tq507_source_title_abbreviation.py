"""TQ507 source-title-abbreviation: a source-language abbreviated title before a name
(`Pdte. Castillo`, `Gral. Ortiz`, `Lic. Pérez`, `Dott. Rossi`).

Examples: cases/TQ507.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ...findings import Category, Hit, Severity
from ..registry import rule

# Abbreviation -> the English title (empty: English drops it before a name).
# Not `Sr.` (English Senior, Sister), `Dr.`, `Prof.`, `Sen.`, `Gov.`, `Pres.` (English
# abbreviations too) nor `Pte.` (`Pte. Ltd.`).
_TITLES = {
    "Pdte": "President", "Pdta": "President", "Presid": "President",
    "Gral": "Gen.", "Cnel": "Col.", "Tte": "Lt.", "Sgto": "Sgt.",
    "Lic": "", "Licda": "", "Ing": "", "Arq": "", "Mtro": "", "Mtra": "", "Dña": "",
    "Sra": "Ms.", "Srta": "Ms.", "Dra": "Dr.", "Profa": "Prof.", "Excmo": "", "Excma": "", "Dip": "Deputy", "Gob": "Gov.", "Secr": "Secretary",
    "Dott": "Dr.", "Dott.ssa": "Dr.", "Avv": "", "Sig": "Mr.", "Sig.ra": "Ms.", "Ill.mo": "",
}
_TRIGGERS = frozenset(k.split(".")[0].lower() for k in _TITLES)


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    alt = "|".join(re.escape(k) for k in sorted(_TITLES, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?P<t>{alt})\.[ \t\u00a0]+(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñàèìòùç]+\b(?![ \t]+(?:Ltd|Inc|Co)\b))")


@rule(
    "TQ507", name="source-title-abbreviation", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="A source-language abbreviated title before a name (`Pdte. Castillo`, `Lic. Pérez`).",
    explanation="""Spanish and Italian abbreviate titles before a name (`Pdte.` presidente,
    `Gral.` general, `Lic.` licenciado, `Ing.` ingeniero, `Sra.` señora, `Dott.` dottore)
    and machine translation copies the abbreviation as it stands. English news spells out
    or uses its own abbreviation (`President Castillo`, `Gen. Ortiz`) and drops academic
    titles (`Lic. Pérez` becomes `Pérez`). Only an abbreviation with its full stop followed
    by a capitalised name is flagged; English abbreviations (`Dr.`, `Sen.`, `Gov.`, `Sr.`)
    are not in the list.""",
    sources=("AP Stylebook: titles; MQM typology: Accuracy > Untranslated",),
    triggers=_TRIGGERS,
    fixable=True,
)
def source_title_abbreviation(doc, ctx):
    from ..triggers import positions

    if not positions(doc, "TQ507"):
        return
    text = doc.text
    for m in _title_re().finditer(text):
        abbr = m.group("t")
        en = _TITLES[abbr]
        start, end = m.start("t"), m.end("t") + 1
        if en:
            yield Hit(start, end, f"Source-language title `{abbr}.`: English writes `{en}`.",
                      suggestions=(en,), fix=en)
        else:
            yield Hit(start, m.end(), f"Source-language title `{abbr}.`: English drops it before the name.",
                      suggestions=("(drop the title)",))
