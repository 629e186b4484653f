"""TQ105 foreign-quotes: Guillemets « » or German low-9 marks „ “ left in English copy.

Examples: cases/TQ105.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .quote_pass import quote_pass


@rule(
    "TQ105", name="foreign-quotes", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Guillemets « » or German low-9 marks „ “ left in English copy.",
    explanation="""French, Spanish, Italian, Portuguese and Russian copy quotes with
    guillemets, German with „…“. English uses “…”. French spacing inside guillemets
    (`« non »`) points to a French source and `„` to a German one.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 11 (foreign languages: quotation marks and spacing)', 'MQM: Locale convention'),
)
def foreign_quotes(doc, ctx):
    qp = quote_pass(doc, ctx)
    for e in qp.edits:
        if not e.foreign:
            continue
        m = e.mark
        if m.char == "„" or (m.char in "“" and m.german_close) or (m.char == "»" and m.role == "open") \
                or (m.char == "«" and m.role == "close"):
            lang, kind = "de", "German quotation mark"
        elif (m.role == "open" and m.space_after) or (m.role == "close" and m.space_before):
            lang, kind = "fr", "French guillemet (with French spacing)"
        else:
            lang, kind = None, "guillemet"
        yield Hit(e.start, e.end, f"{kind[0].upper()}{kind[1:]} `{m.char}` in English copy; "
                                  f"English uses `{qp.house_open}…{qp.house_close}`.",
                  suggestions=e.suggestions, fix=e.fix if m.role in ("open", "close") else None,
                  source_lang=lang)
