"""TQ219 article-before-percent: An article before a bare percentage (`a 12% more`, `rose in a
5%`): the Spanish and Portuguese `un 12 % más`, `en un 5 %`.

Examples: cases/TQ219.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import lazy, scan

# The percentage stands alone: what follows is a comparison word or the end of the clause,
# never a noun (`a 5% stake`, `an 8% rise` are English).
_RE = lazy(
    r"\b(?P<prep>(?i:in|by|of)[ \u00a0]+)?(?P<art>[Aa]n?)[ \u00a0]+(?P<num>\d+(?:[.,]\d+)?)"
    r"(?=[ \u00a0]?(?:%|percent\b|per[ \u00a0]cent\b)"
    r"(?:[ \u00a0]+(?:more|less|fewer|higher|lower|compared|over|than|year-on-year|last|this|in|from|"
    r"since|during|against)\b|[ \u00a0]*(?:[.;:)]|,(?![ \u00a0]*\d)|$)))"
)

_NEED = lazy(r"[Aa]n?[ \u00a0]+\d+(?:[.,]\d+)?[ \u00a0]?(?:%|per)")   # in every match of _RE


@rule(
    "TQ219", name="article-before-percent", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Article before a bare percentage (`a 12% more`, `rose in a 5%`): English drops it.",
    explanation="""Spanish and Portuguese put an article before a percentage (`un 12 % más`,
    `creció en un 5 %`); machine translation keeps it: `a 12% more than last year`, `grew in a
    5%`. English writes `12% more`, `grew 5%` or `grew by 5%`. A percentage that modifies a
    noun (`a 5% stake`, `an 8% rise`) is English and stays quiet.""",
    fixable=True,
    sources=("AP Stylebook: percent", "MQM core typology: Fluency > Grammar"),
)
def article_before_percent(doc, ctx):
    if "%" not in doc.text and "per" not in doc.text:
        return
    for m in scan(_RE, doc, need=_NEED):
        prep, num = m.group("prep"), m.group("num")
        out = f"by {num}" if prep and prep.strip().lower() == "in" else (prep or "") + num
        span = m.group()
        yield Hit(m.start(), m.end(), f"`{span}`: English puts no article before a percentage standing "
                  f"alone (Spanish `un {num} %`); write `{out}`.", suggestions=(out,), fix=out)
