"""Helpers shared by the TQ1xx rules (house style, how a fix is shown)."""
from __future__ import annotations


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
