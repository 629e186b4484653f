"""Shared by TQ121 and TQ122: is a space before `, . ; : ? !` an artefact?"""
from __future__ import annotations

from .scan import URLISH, chunk


def glued_sentence(text: str, e: int) -> bool:
    """`City .For the`: the mark is glued to the next sentence's first word (a capital and
    lower case, so not `.NET` or `.5`)."""
    return text[e:e + 1].isupper() and text[e + 1:e + 2].islower() and text[e - 1] == "."


def misplaced_space_mark(text: str, m) -> str | None:
    """The mark after the space of scan match ``m`` (group ``sp``) when the space is an
    artefact; None for line starts, ellipses, decimals, ratios, emoticons and links."""
    s, e = m.span()
    mark = m.group("spm")
    p = text[s - 1] if s > 0 else ""
    n = text[e] if e < len(text) else ""
    closing_straight = p in "\"'" and s > 1 and not text[s - 2].isspace()  # `win" ,`
    if not p or (p in "\r\n([{<“‘\"'«—–-/.,;:!?…" and not closing_straight) or p.isspace():
        return None  # line start, after an opening mark or other punctuation (`. . .`)
    if mark == "." and (n == "." or text[e:e + 2] == " ."):
        return None  # ellipsis
    if mark in ",." and not (n == "" or n.isspace() or n in "”\"’)]") and not glued_sentence(text, e):
        return None  # .5, .com, ,000
    if mark in ":;" and not (n == "" or n.isspace()):
        return None  # 2 :1, :)
    if mark in "?!" and not (n == "" or n.isspace() or n in "”\"’)]?!"):
        return None
    if mark == ":" and p.isdigit() and text[e:e + 2].strip()[:1].isdigit():
        return None  # a ratio 2 : 1
    if any(u in chunk(text, s - 1).lower() for u in URLISH):
        return None  # `https://example.com .`: the space keeps the mark out of the link
    return mark
