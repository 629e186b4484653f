"""TQ126 inverted-marks: Spanish inverted `¿` or `¡` left in English copy.

Examples: cases/TQ126.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import show_fix
from .scan import matches


@rule(
    "TQ126", name="inverted-marks", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Spanish inverted `¿` or `¡` left in English copy.",
    explanation="""Spanish opens questions and exclamations with `¿` and `¡`; English does not.
    The hit is evidence of a Spanish source; the fix deletes the mark.""",
    fixable=True,
    sources=('RAE Ortografía de la lengua española: opening ¿ ¡ marks, not used in English', 'MQM: Locale convention'),
)
def inverted_marks(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "inv"):
        s, e = m.span()
        yield Hit(s, e, f"Spanish inverted mark `{text[s]}` in English copy.",
                  suggestions=(show_fix(text, s, e, ""),), fix="", source_lang="es")
