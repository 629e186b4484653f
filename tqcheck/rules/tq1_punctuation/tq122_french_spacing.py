"""TQ122 french-spacing: A space before `: ; ? !` (French typography) in English copy.

Examples: cases/TQ122.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import after_dateline, show_fix
from .scan import matches
from .spacing import misplaced_space_mark


@rule(
    "TQ122", name="french-spacing", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="A space before `: ; ? !` (French typography) in English copy.",
    explanation="""French sets a (thin) space before `: ; ? !`; English closes them up:
    `He said : “No.”`, `Why ?` The hit is evidence of a French source. A wire dateline's
    separator (`BOGOTA : The congress...`) is the agency's style, not an artefact.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 11 (foreign languages: quotation marks and spacing)', 'MQM: Locale convention'),
)
def french_spacing(doc, ctx):
    text = doc.text
    for _, m in matches(doc, "sp"):
        mark = misplaced_space_mark(text, m)
        if mark is not None and mark in ":;?!":
            s, e = m.span()
            if mark == ":" and after_dateline(text, s):
                continue  # `BOGOTA : Colombia's congress`: a wire dateline's separator
            yield Hit(s, e, f"Space before `{mark}` (French typography); English closes it up.",
                      suggestions=(show_fix(text, s, e, mark),), fix=mark, source_lang="fr")
