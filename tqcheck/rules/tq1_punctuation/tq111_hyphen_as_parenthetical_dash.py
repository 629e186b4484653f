"""TQ111 hyphen-as-parenthetical-dash: Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.

Examples: cases/TQ111.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .common import house_dash, show_fix
from .scan import matches

_CLOSE_PAREN_RE = re.compile(r"(?<=[^\W_])-(?=[ \t]*[,.;:)]|[ \t]+|$)", re.MULTILINE)
_SUSPENDED_RE = re.compile(r"[ \t]+(?:and|or|to|nor)\b")
_SENT_END_RE = re.compile(r"[.!?][ \t]|\n")


@rule(
    "TQ111", name="hyphen-as-parenthetical-dash", category=Category.PUNCTUATION, severity=Severity.WARNING,
    summary="Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.",
    explanation="""Spanish sets off an aside with rayas glued to its words and often follows
    the closing one with a comma (`—que el año pasado ...—,`); MT turns them into hyphens:
    `trade -which last year reached a record-, as well as`. The fix writes the house dash
    (closed-up em dash, or spaced en dash).""",
    fixable=True,
)
def hyphen_as_parenthetical_dash(doc, ctx):
    text = doc.text
    dash = house_dash(ctx)
    em = dash == "—"
    paren_close_used = -1
    for _, m in matches(doc, "paren"):
        s, e = m.span()
        if s < paren_close_used:
            continue
        # The closing hyphen: glued to the end of a word, before a space or punctuation,
        # in the same sentence, not a suspended compound (`two- and three-year`).
        limit = min(len(text), e + 250)
        stop = _SENT_END_RE.search(text, e, limit)
        limit = stop.start() + 1 if stop else limit
        c = None
        for cm in _CLOSE_PAREN_RE.finditer(text, e, limit):
            if not _SUSPENDED_RE.match(text, cm.end()):
                c = cm.start()
                break
        if c is None:
            continue
        paren_close_used = c + 1
        rep_c = "—" if em else " –"
        cs, ce = c, c + 1
        if em:
            while ce < len(text) and text[ce] in " \t":
                ce += 1
        msg = "Hyphens used as parenthetical dashes (Spanish style); use a dash."
        yield Hit(s, e, msg, suggestions=(show_fix(text, s, e, dash),), fix=dash, source_lang="es")
        yield Hit(cs, ce, msg, suggestions=(show_fix(text, cs, ce, rep_c),), fix=rep_c, source_lang="es")
