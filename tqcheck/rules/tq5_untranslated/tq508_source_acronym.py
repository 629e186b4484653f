"""TQ508 source-acronym: an acronym left in its source-language form (`la ONU` -> `the
UN`, `the OTAN`, `EE.UU.`) or written the Italian way, in lower case after the capital
(`the Pnrr`, `the ministers of Iv`).

Examples: cases/TQ508.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .data import vocab

# Source-language acronyms of bodies whose English acronym differs.
# (`ONU`, `UE`, `FMI`, `BCE`, `OMS`, `il Cdm` are TQ301 lexicon entries, in any case.)
_BODIES = {
    "OTAN": "NATO", "OCDE": "OECD", "OCSE": "OECD", "OIT": "ILO", "OMC": "WTO", "OEA": "OAS",
    "OPEP": "OPEC", "EEUU": "US", "EUA": "US", "PBI": "GDP", "ONG": "NGO", "ONGs": "NGOs", "CEDEAO": "ECOWAS",
}
# Italian news writes acronyms with one capital (`Pd`, `Fdi`, `M5s`, `Pnrr`, `Mes`);
# English news writes them in capitals. These short ones are listed; longer ones are
# found by having no vowel (`Pnrr`, `Cdm`).
_ITALIAN = {"Pd": "PD", "Fdi": "FdI", "M5s": "M5S", "Iv": "IV (Italia Viva)", "Mes": "ESM",
            "Pnrr": "PNRR", "Csm": "CSM", "Otan": "NATO", "Ocse": "OECD", "Ocde": "OECD"}
# Title-case words without a vowel that English uses: abbreviations, interjections, units.
_NOT_ACRONYMS = frozenset("""mr mrs ms dr st jr sr ltd mt ft pvt sgt cpl lt hwy blvd rd wm bldg
    pkwy sq plc nth hmm hmmm shh psst brr grr tsk pfft pst mssrs messrs mmm jnr snr pts hrs
    mths kms mph kph bps mbps kbps gbps pct cts chr hwys sts dpt cdm""".split())
_VOWELS = frozenset("aeiouyw" "AEIOUYW" "áéíóúàèìòùâêîôûäëïöü")
_EEUU_RE = re.compile(r"(?<![\w.])EE\.[ ]?UU\.?")


def _all_caps_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:len(text) if end < 0 else end]
    return not any(c.islower() for c in line)


def _vowelless(w: str) -> bool:
    return (len(w) >= 3 and w.isascii() and w[0].isupper() and w[1:].islower() and w.isalpha()
            and _VOWELS.isdisjoint(w) and w.lower() not in _NOT_ACRONYMS)


# The words _vowelless may accept: an ASCII capital and two or more lower-case letters,
# none of them a vowel of _VOWELS (a e i o u y w). One search over the document's words
# joined by line breaks finds them (calling _vowelless on every word cost more).
_VOWELLESS_RE = re.compile(r"^[B-DF-HJ-NP-TVXZ][b-df-hj-np-tvxz]{2,}$", re.M)
_LISTED = frozenset(_BODIES) | frozenset(_ITALIAN)


def _found(words: frozenset) -> set:
    """The words of ``words`` that are listed acronyms or ``_vowelless``."""
    found = set(words & _LISTED)
    found.update(w for w in _VOWELLESS_RE.findall("\n".join(words)) if w in words and _vowelless(w))
    return found


@rule(
    "TQ508", name="source-acronym", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="An acronym in its source-language form (`the ONU`, `the OTAN`, `the Pnrr`, `Iv`).",
    explanation="""Machine translation leaves acronyms as the source wrote them. The
    acronyms of international bodies differ by language (`ONU`, `OTAN`, `FMI`, `BCE`,
    `OMS`, `EE.UU.` for the UN, NATO, the IMF, the ECB, the WHO and the US), and Italian
    news writes every acronym with one capital (`Pd`, `Fdi`, `M5s`, `Pnrr`, `Mes`) where
    English writes capitals or the English name. The listed acronyms are flagged; other
    one-capital acronyms only when they have no vowel (`Cdm`, `Pnrr`), which no English
    word or name has (`Mr`, `Ltd`, `Hmm`, `Jnr` are excepted), and at info severity when
    they have three letters.""",
    sources=("AP Stylebook: abbreviations and acronyms; MQM typology: Accuracy > Untranslated",),
)
def source_acronym(doc, ctx):
    words = vocab(doc)
    found = _found(words)
    text = doc.text
    if found:
        for si, (sent, toks) in enumerate(doc.sentence_tokens()):
            for k, t in enumerate(toks):
                w = t.text
                if w not in found:
                    continue
                if t.end < len(text) and text[t.end] == "." and w not in _BODIES and w not in _ITALIAN:
                    continue          # an abbreviation with its full stop
                if w.isupper() and _all_caps_line(text, t.start):
                    continue          # a headline in capitals: `ONG SAYS ...` is a name
                if w == "Mes" and (k == 0 or (k + 1 < len(toks) and toks[k + 1].text[:1].islower()
                                                and toks[k - 1].lower not in ("the", "of", "a"))):
                    continue          # a Spanish or French word opening a sentence
                en = _BODIES.get(w) or _ITALIAN.get(w) or w.upper()
                sev = Severity.INFO if (w not in _BODIES and w not in _ITALIAN and len(w) == 3) else None
                yield Hit(t.start, t.end, f"Acronym in its source-language form: English writes `{en}`.",
                          suggestions=(en,), severity=sev)
    if "EE" in words:
        for m in _EEUU_RE.finditer(text):
            yield Hit(m.start(), m.end(), "Acronym in its source-language form: English writes `US`.",
                      suggestions=("US",), fix="US")
