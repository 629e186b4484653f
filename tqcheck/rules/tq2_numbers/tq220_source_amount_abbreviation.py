"""TQ220 source-amount-abbreviation: A source-language abbreviation for millions or billions
left after an amount (`500 mdp`, `3 Mio. Euro`, `12 M€`, `R$ 5 bi`).

Examples: cases/TQ220.toml."""
from __future__ import annotations

from decimal import Decimal

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import currency_out
from .helpers import lazy, scan

# abbreviation -> (scale, currency word or None, number convention: "en" (Mexico) or "src")
_ABBR = {
    "mdp": ("million", "pesos", "en"), "mdd": ("million", "dollars", "en"),
    "mmdp": ("billion", "pesos", "en"), "mmdd": ("billion", "dollars", "en"),
    "m€": ("million", "euros", "src"), "md€": ("billion", "euros", "src"), "mds €": ("billion", "euros", "src"),
    "mrd. euro": ("billion", "euros", "src"), "mio. euro": ("million", "euros", "src"),
    "mrd. euros": ("billion", "euros", "src"), "mio. euros": ("million", "euros", "src"),
    "mrd.": ("billion", None, "src"), "mio.": ("million", None, "src"),
    "mld": ("billion", None, "src"),   # Italian miliardi (a full stop after it is left alone)
    "bi": ("billion", "reais", "src"), "mi": ("million", "reais", "src"),
    "mil": ("thousand", None, "src"),
}
_DOTTED_RE = lazy(r"\d{1,3}(?:\.\d{3})+")
_RE = lazy(
    r"(?<![\w.,$€£])(?P<pre>R\$[ \u00a0]?)?(?P<num>\d[\d.,]*\d|\d)[ \u00a0]?"
    r"(?P<abbr>mmd[pd]|md[pd]|MMD[PD]|MD[PD]|M€|Md€|Mds[ \u00a0]?€|(?:Mrd|Mio)\.(?:[ \u00a0]Euros?)?|(?<=[ \u00a0])[Mm]ld"
    r"|(?<=[ \u00a0])(?:bi|mi)(?=[ \u00a0.,;]|$)"
    r"|(?<=[ \u00a0])mil(?=[ \u00a0]+(?:pesos|soles|dollars|euros|reais|people|persons|inhabitants|tons|"
    r"workers|families|students|homes|jobs|votes|visitors)\b))"
    r"(?![\w€])"
)

# In every match of _RE the rule keeps (`bi` and `mi` only after `R$`; `mil` before a space).
_NEED = lazy(r"\d[ \u00a0]?(?:mmd|md[pd]|MMD|MD[PD]|M€|Md|Mrd\.|Mio\.|[Mm]ld)|\d[ \u00a0]mil[ \u00a0]"
             r"|R\$[ \u00a0]?\d[\d.,]*[ \u00a0]?[bm]i")


@rule(
    "TQ220", name="source-amount-abbreviation", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Source-language abbreviation or word for thousands, millions or billions (`500 mdp`, "
            "`3 Mio. Euro`, `12 M€`, `10 mil pesos`).",
    explanation="""Mexican copy abbreviates `millones de pesos` and `millones de dólares` as
    `mdp` and `mdd` (`mmdp` for thousands of millions), French copy writes `M€` and `Md€`,
    German `Mio.` and `Mrd.`, Italian `mld`, Brazilian `R$ 5 bi`; machine translation leaves them. English
    writes the word: `500 million pesos`, `$20 million`, `€3 million` (or `3 million euros`),
    `R$5 billion`. `bi` and `mi` are read so only after `R$` (`5 mi` is five miles); the
    Spanish `mil` (thousand) only before a currency or a count noun (`10 mil pesos`).""",
    fixable=True,
    sources=("AP Stylebook: millions, billions; abbreviations", "MQM core typology: Locale convention > Currency format"),
)
def source_amount_abbreviation(doc, ctx):
    for m in scan(_RE, doc, need=_NEED):
        pre, num, abbr = m.group("pre"), m.group("num"), m.group("abbr")
        key = " ".join(abbr.lower().split())
        if key in ("bi", "mi") and not pre:
            continue
        scale, cur, convention = _ABBR[key]
        en, src = N.readings(num)
        value = (en if en is not None else src) if convention == "en" else (src if src is not None else en)
        if value is None:
            continue
        ambiguous = convention == "en" and _DOTTED_RE.fullmatch(num) and en is not None and src is not None
        if ambiguous:
            value = src                                # `1.200 mdp`: a thousands dot, or 1.2
        amount = N.english_amount(Decimal(value) * N.SCALES[scale])
        if pre:
            out = f"R${amount}"
        elif cur:
            out = currency_out(amount, None, cur, ctx)
        else:
            out = amount
        msg = (f"`{m.group()}`: `{abbr}` is a source-language abbreviation or word for {scale}s"
               + (f" of {cur}" if cur else "") + f"; write `{out}`.")
        if ambiguous:
            alt = currency_out(N.english_amount(Decimal(en) * N.SCALES[scale]), None, cur, ctx)
            yield Hit(m.start(), m.end(), msg + f" (If the dot is a decimal point: `{alt}`.)", suggestions=(out, alt))
        else:
            yield Hit(m.start(), m.end(), msg, suggestions=(out,), fix=out)
