"""Helpers shared by the TQ1xx rules (house style, how a fix is shown)."""
from __future__ import annotations

import re


def house_marks(ctx) -> tuple[str, str, str]:
    style = ctx.house_style
    dash = style.get("dash", "em")
    return ('"', '"', dash) if style.get("quotes", "curly") == "straight" else ("“", "”", dash)


def word_around(text: str, s: int, e: int, reach: int) -> tuple[int, int]:
    """Extend ``s:e`` to the surrounding non-space run, at most ``reach`` characters each way."""
    a = s
    while a > 0 and s - a < reach and not text[a - 1].isspace():
        a -= 1
    b = e
    while b < len(text) and b - e < reach and not text[b].isspace():
        b += 1
    return a, b


def show_fix(text: str, s: int, e: int, rep: str) -> str:
    """The replacement with a little context, for the report (`security,” Xi`)."""
    a, b = word_around(text, s, e, 15)
    return (text[a:s] + rep + text[e:b]).strip() or "(remove)"


def house_dash(ctx) -> str:
    """The dash a fix writes between words: closed-up em dash, or spaced en dash."""
    return " – " if house_marks(ctx)[2] == "en" else "—"


_CAPS = r"[A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ]"
# A wire dateline before its separator: `LONDON (Reuters)`, `LIMA, Peru (AP)`, `(Bloomberg)`,
# `BEIJING, Feb. 11 (Xinhua)`, `BOGOTA`: a place in capitals (optionally a region and a date)
# and/or the agency in brackets, at the start of a line.
_DATELINE_RE = re.compile(
    rf"(?:{_CAPS}{{2,}}(?:[ .'’-]+{_CAPS}{{2,}})*\.?"
    rf"(?:,[ \t]+{_CAPS}[\w.'’]*(?:[ \t]+{_CAPS}[\w.'’]*)?)?"
    rf"(?:,[ \t]+(?:[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+[A-Z][a-z]{{2,8}}\.?))?[ \t]*)?"
    rf"(?:\([A-Z][\w.&'’/ -]{{0,30}}\))?[ \t]*")


def after_dateline(text: str, s: int) -> bool:
    """True when ``s`` (a separator such as ` - `, ` -- `, ` : `) closes a wire dateline at
    the start of its line: the wires' own house style (`LONDON (Reuters) - `)."""
    a = text.rfind("\n", max(0, s - 80), s) + 1
    if a == 0 and s > 80:
        return False
    prefix = text[a:s]
    return bool(prefix.strip()) and _DATELINE_RE.fullmatch(prefix) is not None
