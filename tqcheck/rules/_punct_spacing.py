"""TQ1xx dash and spacing pass: one scan of the text for TQ107 and TQ111-TQ127
(cached as a view). A cheap candidate pattern finds the places worth a closer look;
the full pattern, with its look-arounds, is only tried there."""
from __future__ import annotations

import re

from ..findings import Hit
from ..nlp.quotes import apostrophe_like
from ._punct_common import house_marks, show_fix, word_around

_SCAN_RE = re.compile(
    r"""
      (?P<paren>(?<=[^\W_])[ \t]+-(?=[^\W\d_]))              # trade -which
    | (?P<spaced>(?:(?<=[^\W_])|(?<=[)\]”"’]))[ \t]+--?[ \t]+(?=[^\W\d_]|[“"‘(]))  # plan - which
    | (?P<credit>(?<=[a-z][a-z])-(?=[A-Z][\w-]*\.(?:com|cn|net|org)\b))  # hard-Chinanews.com
    | (?P<dhy>(?<=[^\W_])--(?=[^\W_]))                       # plan--which
    | (?P<sp>[ \t\u00a0\u202f\u2009]+)(?P<spm>[,.;:?!])       # farmers , which
    | (?P<bro>[(\[][ \t]+(?=[^\s)\]]))                       # ( the
    | (?P<brc>(?<=[^\s(\[])[ \t]+[)\]])                      # the )
    | (?P<dbl>(?<=\S)\ {2,3}(?=\S))                          # vote  that
    | (?P<glue>[?!.,;](?=[^\W\d_]))                          # ?they  Lima.Asked
    | (?P<inv>[¿¡])
    | (?P<apo>[´`‘])
    | (?P<fw>[，。：；！？（）])
    """,
    re.VERBOSE,
)
# Cheap prefilter: every match of _SCAN_RE starts where this one does; the full pattern
# (with its lookarounds) is only tried at these candidates, which keeps the scan fast.
_CANDIDATE_RE = re.compile(r"[ \t\u00a0\u202f\u2009]+[-,.;:?!)\]]|  |--|[(\[][ \t]|[?!.,;][^\W\d_]|(?<=[a-z])-[A-Z]"
                           r"|[¿¡´`‘，。：；！？（）]")
_CLOSE_PAREN_RE = re.compile(r"(?<=[^\W_])-(?=[ \t]*[,.;:)]|[ \t]+|$)", re.MULTILINE)
_CREDIT_RE = re.compile(r"(?:[A-Z][\w.&'’-]*|[a-z]+\.(?:com|cn|net|org))(?:[ \t]+[\w.&'’-]+){0,9}\.?[ \t]*(?:\n|$)")
_SUSPENDED_RE = re.compile(r"[ \t]+(?:and|or|to|nor)\b")
_SENT_END_RE = re.compile(r"[.!?][ \t]|\n")
# A capitalised ordinary word (not `DataFrame`, not `os.Path.join`) after the full stop.
_NEXT_SENTENCE_RE = re.compile(r"[A-Z][a-z]+(?=[\s,;:!?)”\"’]|\.(?:\s|$)|$)")
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|gov|edu|io|co)\b", re.IGNORECASE)
_URLISH = ("/", "@", "=", "&", "\\", "www", "http", "://")
_FULLWIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
_SENT_FINAL = set(".!?:;")


def _chunk(text: str, i: int) -> str:
    a, b = word_around(text, i, i, 60)
    return text[a:b]


def scan_hits(doc, ctx) -> dict[str, list[Hit]]:
    h_open, h_close, dash = house_marks(ctx)
    return doc.view(f"tq1_scan:{h_open}{dash}", lambda d: _compute_scan(d.text, h_open, dash))


def _compute_scan(text: str, h_open: str, dash_style: str) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    add = lambda code, hit: out.setdefault(code, []).append(hit)  # noqa: E731
    em = dash_style != "en"
    dash = "—" if em else " – "  # the house dash between words
    apostrophe = "'" if h_open == '"' else "’"
    paren_close_used = -1
    pos = 0
    search, match = _CANDIDATE_RE.search, _SCAN_RE.match
    while True:
        cand = search(text, pos)
        if cand is None:
            break
        m = match(text, cand.start())
        if m is None:
            pos = cand.end()
            continue
        pos = max(cand.end(), m.end())
        g = "sp" if m.lastgroup == "spm" else m.lastgroup
        s, e = m.span()
        if g == "paren":
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
            add("TQ111", Hit(s, e, msg, suggestions=(show_fix(text, s, e, dash),), fix=dash,
                             source_lang="es"))
            add("TQ111", Hit(cs, ce, msg, suggestions=(show_fix(text, cs, ce, rep_c),), fix=rep_c,
                             source_lang="es"))
        elif g in ("spaced", "dhy"):
            if g == "spaced" and _title_dash(text, s, e):
                continue
            add("TQ112", Hit(s, e, f"`{text[s:e].strip()}` used as a dash between words; use a dash.",
                             suggestions=(show_fix(text, s, e, dash),), fix=dash))
        elif g == "credit":
            add("TQ112", Hit(s, e, "Hyphen glued between the text and its source credit.",
                             suggestions=(show_fix(text, s, e, " — "),)))
        elif g == "sp":
            _space_before(text, m, add)
        elif g == "bro":
            add("TQ125", Hit(s, e, "Space after an opening bracket.",
                             suggestions=(show_fix(text, s, e, text[s]),), fix=text[s]))
        elif g == "brc":
            add("TQ125", Hit(s, e, "Space before a closing bracket.",
                             suggestions=(show_fix(text, s, e, text[e - 1]),), fix=text[e - 1]))
        elif g == "dbl":
            k = s - 1
            while k > 0 and text[k] in "”\"’')]":
                k -= 1
            if text[k] in _SENT_FINAL:
                continue  # two spaces after a full stop: an old typing convention, not an artefact
            if _aligned(text, s):
                continue
            add("TQ124", Hit(s, e, "Doubled space between words.", suggestions=(show_fix(text, s, e, " "),), fix=" "))
        elif g == "glue":
            _missing_space(text, s, add)
        elif g == "inv":
            add("TQ126", Hit(s, e, f"Spanish inverted mark `{text[s]}` in English copy.",
                             suggestions=(show_fix(text, s, e, ""),), fix="", source_lang="es"))
        elif g == "apo":
            _apostrophe(text, s, apostrophe, add)
        elif g == "fw":
            if any(_is_cjk(text[j]) for j in (s - 1, s + 1) if 0 <= j < len(text)):
                continue
            rep = _FULLWIDTH[text[s]]
            if rep in ",.:;!?)" and e < len(text) and not text[e].isspace() and text[e] not in "”\"’)":
                rep += " "
            elif rep == "(" and s > 0 and not text[s - 1].isspace():
                rep = " " + rep
            add("TQ127", Hit(s, e, f"Full-width `{text[s]}` in English copy.",
                             suggestions=(show_fix(text, s, e, rep),), fix=rep))
    return out


def _title_dash(text: str, s: int, e: int) -> bool:
    """` - ` in a headline or title (`Information Disclosure - Margin Trading`, `Headline -
    China News Network`), or in a range (`February 1 - February 28`): not a clause dash."""
    if _CREDIT_RE.match(text, e):
        return True
    hi = min(len(text), e + 300)
    k = text.find("\n", e, hi)
    if k < 0 and hi == len(text):
        k = hi
    if k >= 0:  # (a line running on for more than 300 characters is no headline)
        while k > e and text[k - 1].isspace():
            k -= 1
        if text[k - 1:k] not in (".", "!", "?", "”", '"', "’", ")"):
            return True  # a headline: no sentence punctuation
    a = s
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    prev, nxt = text[a:s], text[e:e + 1]
    return prev[:1].isdigit() or (prev[:1].isupper() and nxt.isupper())


_BULLET_RE = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)]|[a-z][.)])$")


def _aligned(text: str, s: int) -> bool:
    """Spaces that align text: after a list bullet at the start of the line, or in a line
    that (or whose neighbour) has a wide gap, a tab or box-drawing characters (a table)."""
    lo = max(0, s - 200)
    a = text.rfind("\n", lo, s) + 1 or lo
    if _BULLET_RE.match(text, a, s):
        return True
    # this line and its neighbours (a table's rows), within 200 characters either side
    a = text.rfind("\n", lo, max(lo, a - 1)) + 1 or lo
    hi = min(len(text), s + 200)
    b = text.find("\n", s, hi)
    b = text.find("\n", b + 1, hi) if b >= 0 else -1
    lines = text[a:hi] if b < 0 else text[a:b]
    return "    " in lines or "\t" in lines or any(ch in lines for ch in "│|┃")


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"


def _space_before(text: str, m, add) -> None:
    s, e = m.span()
    mark = m.group("spm")
    p = text[s - 1] if s > 0 else ""
    n = text[e] if e < len(text) else ""
    closing_straight = p in "\"'" and s > 1 and not text[s - 2].isspace()  # `win" ,`
    if not p or (p in "\r\n([{<“‘\"'«—–-/.,;:!?…" and not closing_straight) or p.isspace():
        return  # line start, after an opening mark or other punctuation (`. . .`)
    if mark == "." and (n == "." or text[e:e + 2] == " ."):
        return  # ellipsis
    if mark in ",." and not (n == "" or n.isspace() or n in "”\"’)]"):
        return  # .5, .com, ,000
    if mark in ":;" and not (n == "" or n.isspace()):
        return  # 2 :1, :)
    if mark in "?!" and not (n == "" or n.isspace() or n in "”\"’)]?!"):
        return
    if mark == ":" and p.isdigit() and text[e:e + 2].strip()[:1].isdigit():
        return  # a ratio 2 : 1
    if any(u in _chunk(text, s - 1).lower() for u in _URLISH):
        return  # `https://example.com .`: the space keeps the mark out of the link
    if mark in ":;?!":
        add("TQ122", Hit(s, e, f"Space before `{mark}` (French typography); English closes it up.",
                         suggestions=(show_fix(text, s, e, mark),), fix=mark, source_lang="fr"))
    else:
        add("TQ121", Hit(s, e, f"Space before `{mark}`.", suggestions=(show_fix(text, s, e, mark),), fix=mark))


def _missing_space(text: str, s: int, add) -> None:
    mark = text[s]
    chunk = _chunk(text, s)
    if any(u in chunk.lower() for u in _URLISH):
        return
    prev2 = text[max(0, s - 2):s]
    nxt2 = text[s + 1:s + 3]
    if mark in "?!":
        ok = True
    elif mark == ".":
        # Lima.Asked — not U.S., e.g., a.m., Node.js or a domain name
        ok = len(prev2) == 2 and prev2.isalpha() and prev2.islower() and \
            _NEXT_SENTENCE_RE.match(text, s + 1) is not None
        if ok and _DOMAIN_RE.search(chunk):
            ok = False
    else:
        # farmers,which  — letters on both sides
        ok = len(prev2) == 2 and prev2.isalpha() and len(nxt2) == 2 and nxt2.isalpha()
    if not ok:
        return
    add("TQ123", Hit(s, s + 1, f"No space after `{mark}`.", suggestions=(show_fix(text, s, s + 1, mark + " "),),
                     fix=mark + " "))


def _apostrophe(text: str, s: int, apostrophe: str, add) -> None:
    # `Pérez´s`, `don`t`, `´90s`, `farmers´` — where an apostrophe belongs (but `‘` after
    # an `s` may open a quotation, so the plural possessive is only taken for `´`).
    if not apostrophe_like(text, s) or (text[s] != "´" and not text[s + 1:s + 2].isalnum()):
        return
    add("TQ107", Hit(s, s + 1, f"`{text[s]}` used as an apostrophe.",
                     suggestions=(show_fix(text, s, s + 1, apostrophe),), fix=apostrophe))
