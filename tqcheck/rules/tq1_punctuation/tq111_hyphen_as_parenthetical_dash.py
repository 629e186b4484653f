"""TQ111 hyphen-as-parenthetical-dash: Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.

Examples: cases/TQ111.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import house_dash, show_fix
from .dashes import hyphen_pairs


@rule(
    "TQ111", name="hyphen-as-parenthetical-dash", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.",
    explanation="""Spanish sets off an aside with rayas glued to its words and often follows
    the closing one with a comma (`—que el año pasado ...—,`); MT turns them into hyphens:
    `trade -which last year reached a record-, as well as`. A dash followed by a comma is
    not English, nor is a pair of hyphens spaced two different ways (` - which ... record- `):
    those are warnings. A tidy pair of glued hyphens (` -which ... record- `) is a
    typographic choice that careful non-native newsrooms also make, so it is only info. The
    fix writes the house dash (closed-up em dash, or spaced en dash); a comma after the
    closing dash goes, and before a full stop or a colon the closing dash goes, so the
    result reads as English (`trade—which ... record—as well as`).""",
    fixable=True,
    sources=("RAE Ortografía de la lengua española: the raya pair around an aside, then the sentence's own comma",
             "AP Stylebook, `dash`"),
)
def hyphen_as_parenthetical_dash(doc, ctx):
    text = doc.text
    dash = house_dash(ctx)
    msg = "Hyphens used as parenthetical dashes (Spanish style); use a dash."
    for p in hyphen_pairs(doc):
        cs, ce = p.close, p.close + 1
        k = ce
        while k < len(text) and text[k] in " \t":
            k += 1
        after = text[k:k + 1]
        severity = Severity.WARNING if p.spaced_open or after == "," else Severity.INFO
        if after == ",":            # `record-, as well`: the raya's comma is not English
            ce = k + 1
            while ce < len(text) and text[ce] in " \t":
                ce += 1
            rep_c = dash
        elif after and after in ".;:!?)":   # the sentence's own mark closes the aside
            ce, rep_c = k, ""
        elif dash == "—":
            ce, rep_c = k, "—"
        else:
            rep_c = " –"
        yield Hit(p.open_start, p.open_end, msg, suggestions=(show_fix(text, p.open_start, p.open_end, dash),),
                  fix=dash, source_lang="es", severity=severity)
        yield Hit(cs, ce, msg, suggestions=(show_fix(text, cs, ce, rep_c),), fix=rep_c, source_lang="es",
                  severity=severity)
