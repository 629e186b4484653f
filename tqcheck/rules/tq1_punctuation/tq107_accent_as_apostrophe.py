"""TQ107 accent-as-apostrophe: Acute accent, backtick or opening single quote used as an apostrophe (`Pérez´s`).

Examples: cases/TQ107.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp.quotes import apostrophe_like
from ..registry import rule
from .common import house_marks, show_fix
from .scan import matches


@rule(
    "TQ107", name="accent-as-apostrophe", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Acute accent, backtick or opening single quote used as an apostrophe (`Pérez´s`).",
    explanation="""Spanish and Portuguese keyboards put `´` next to the apostrophe key, and
    word processors turn `'` into `‘` after a space. `Pérez´s`, `don`t` and `‘90s` should
    use the apostrophe `’`.""",
    fixable=True,
    sources=('Chicago Manual of Style, ch. 6 (punctuation): the apostrophe is not an accent or a backtick',),
)
def accent_as_apostrophe(doc, ctx):
    text = doc.text
    apostrophe = "'" if house_marks(ctx)[0] == '"' else "’"
    for _, m in matches(doc, "apo"):
        s = m.start()
        # `Pérez´s`, `don`t`, `´90s`, `farmers´` — where an apostrophe belongs (but `‘` after
        # an `s` may open a quotation, so the plural possessive is only taken for `´`).
        if not apostrophe_like(text, s) or (text[s] != "´" and not text[s + 1:s + 2].isalnum()):
            continue
        yield Hit(s, s + 1, f"`{text[s]}` used as an apostrophe.",
                  suggestions=(show_fix(text, s, s + 1, apostrophe),), fix=apostrophe)
