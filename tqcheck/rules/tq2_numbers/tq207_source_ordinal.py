"""TQ207 source-ordinal: Source-language ordinal indicator (`1º`, `2ª`, `2do`, `1er`, `2e`, `3-й`): English writes `2nd`.

Examples: cases/TQ207.toml."""
from __future__ import annotations

import re
import unicodedata

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .helpers import ANY_MONTH, lazy, MONTHS, scan

_ORDINAL_RE = lazy(
    r"(?P<num>\d(?<![\w.,]\d)\d{0,3})(?P<suf>\.?[ºª]|(?:ro|ra|do|da|er|to|ta|mo|ma|vo|va|no|na)|(?:re|e|ème|eme)|-?(?:й|я|е|го|му|ом))(?:(?![\w\d])|(?<=º)(?=[CF]\b))"
)
_SUFFIX_LANG = {**{s: "es" for s in ("ro", "ra", "do", "da", "to", "ta", "mo", "ma", "vo", "va", "no", "na")},
                **{s: "fr" for s in ("er", "re", "e", "ème", "eme")},
                **{s: "ru" for s in ("й", "я", "е", "го", "му", "ом")}}
_ES_SUFFIX_FOR_DIGIT = {"1": "ro ra er", "2": "do da", "3": "ro ra er", "4": "to ta", "5": "to ta",
                        "6": "to ta", "7": "mo ma", "8": "vo va", "9": "no na", "0": "mo ma vo va"}

# German writes ordinals with a dot (`am 3. März`, `der 32. Spieltag`); translated, `on 3.
# March`, `at the 32. Round`. Only read so after a preposition or article and before a month
# or a noun that takes an ordinal, since `... in 2022. March was cold` is two sentences.
_DE_ORDINAL_RE = lazy(
    rf"(?P<num>\d(?<![\w.,]\d)\d{{0,2}})\.[ \u00a0]+(?P<noun>{MONTHS}|(?i:round|matchday|day|stage|place|minute|"
    r"anniversary|century|edition|floor|congress|session|week|lap|birthday|game|leg|season|term|"
    r"division|league|tournament|festival|summit|meeting)s?)\b"
    r"(?![ \u00a0]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)

# What every match of the two patterns above contains (for ``scan``'s ``need``).
_ORDINAL_NEED = lazy(r"\d(?:\.?[ºª]|[rdtmvn][oa]|e|re|ème|-?(?:й|я|е|го|му|ом))")
_DE_ORDINAL_NEED = lazy(
    rf"\d\.[ \u00a0]+(?:{MONTHS}|(?i:round|matchday|day|stage|place|minute|anniversary|century|edition|floor|"
    r"congress|session|week|lap|birthday|game|leg|season|term|division|league|tournament|festival|summit|meeting))"
)


@rule(
    "TQ207", name="source-ordinal", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Source-language ordinal indicator (`1º`, `2ª`, `2do`, `1er`, `2e`, `3-й`, `32.`): English writes `2nd`.",
    explanation="""Spanish, Portuguese and Italian mark ordinals with `º`/`ª` (`1º`, `2ª`),
    Latin American Spanish with `2do`, `3ro`, French with `1er`, `2e`, Russian with `3-й`.
    German with a dot (`the 32. round`, `on 3. March`). English uses `1st`, `2nd`, `3rd`, `4th`
    (suffix from CLDR's English ordinal rules) and writes dates `March 3`.""",
    fixable=True,
    sources=(
        "Unicode CLDR ordinal plural rules (en)",
        "MQM core typology: Locale convention > Number format",
    ),
)
def source_ordinal(doc, ctx):
    text = doc.text
    for m in scan(_ORDINAL_RE, doc, need=_ORDINAL_NEED):
        num, suf = m.group("num"), m.group("suf")
        bare = suf.lstrip(".-")
        lang = _SUFFIX_LANG.get(bare)
        if bare in ("º", "ª"):
            lang = None                                      # es, pt and it all use it
        elif bare == "er":
            if num not in ("1", "3"):
                continue
            lang = None if num == "1" else "es"              # `1er` is French and Spanish
        elif lang == "es":
            if bare not in _ES_SUFFIX_FOR_DIGIT[str(unicodedata.digit(num[-1]))].split():   # `２do`: any digit
                continue
        elif bare == "re":
            if num != "1":
                continue
        elif lang == "fr":                                   # e, ème, eme
            if num == "1":
                continue
            if bare == "e" and not (re.match(r"\s+[a-zà-ÿ]", text[m.end():m.end() + 3])
                                    and re.search(r"(?i:\bthe|\bits|\btheir|\bhis|\bher)\s+$",
                                                  text[max(0, m.start() - 7):m.start()])):
                continue                                     # `Apartment 2e`, `2e-3`: only `the 2e round`
        if re.match(rf"\s+of\s+{ANY_MONTH}\b", text[m.end():m.end() + 16]):
            continue                                         # `the 1º of January`: TQ206 rewrites the date
        if bare == "º" and re.match(r"\s?(?:[CF]\b|degrees|Celsius|Fahrenheit)", text[m.end():m.end() + 11]):
            out = f"{num}°"                                  # `25º C`: ordinal sign used for degrees
            yield Hit(m.start(), m.end(), f"`{m.group()}` uses the ordinal indicator `º` as a degree "
                      f"sign; write `{out}`.", suggestions=(out,), fix=out)
            continue
        out = N.english_ordinal(int(num))
        yield Hit(m.start(), m.end(), f"`{m.group()}` is a source-language ordinal; English writes `{out}`.",
                  suggestions=(out,), fix=out, source_lang=lang)
    if ". " in text or ".\u00a0" in text:
        yield from _german_ordinals(doc, ctx)


_DE_BEFORE = lazy(r"(?i:\b(?:the|at|in|on|for|from|to|after|before|since|until|by|of|between|and))[ \u00a0]+$")


def _german_ordinals(doc, ctx):
    order = ctx.house_style.get("date_order", "mdy") if ctx is not None else "mdy"
    months = N.english_months()
    for m in scan(_DE_ORDINAL_RE, doc, need=_DE_ORDINAL_NEED):
        if not _DE_BEFORE.search(doc.text, max(0, m.start() - 9), m.start()):
            continue
        n, noun = int(m.group("num")), m.group("noun")
        s, e = m.start("num"), m.end()
        if noun.lower() in months:
            if not N.valid_date(n, months[noun.lower()]):
                continue
            out = N.english_date(n, months[noun.lower()], None, order)
        else:
            out = f"{N.english_ordinal(n)} {noun.lower()}"
        yield Hit(s, e, f"`{doc.text[s:e]}` is a German ordinal (a number with a dot); English "
                  f"writes `{out}`.", suggestions=(out,), fix=out, source_lang="de")

