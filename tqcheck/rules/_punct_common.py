"""Helpers shared by the TQ1xx passes (house style, how a fix is shown)."""
from __future__ import annotations


def house_marks(ctx) -> tuple[str, str, str]:
    style = ctx.house_style
    straight = style.get("quotes", "curly") == "straight"
    return ('"', '"', style.get("dash", "em")) if straight else ("“", "”", style.get("dash", "em"))


def show_fix(text: str, s: int, e: int, rep: str) -> str:
    """The replacement with a little context, for the report (`security,” Xi`)."""
    a = s
    while a > 0 and s - a < 15 and not text[a - 1].isspace():
        a -= 1
    b = e
    while b < len(text) and b - e < 15 and not text[b].isspace():
        b += 1
    return (text[a:s] + rep + text[e:b]).strip() or "(remove)"
