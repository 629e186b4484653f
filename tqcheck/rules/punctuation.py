"""TQ1xx: punctuation and typography — quotation marks, dashes and spacing left by
machine translation and by copy from Spanish, French, Russian or German sources.

Two passes over the document, shared by all rules of the family through cached views:
the quotation-mark model (``tqcheck.nlp.quotes``: every double mark gets a role and a
certainty) and one regular-expression scan for dashes and spacing. Each rule only
picks its own hits. Fixes are offered only where the edit is certain; house style
(``quotes`` curly|straight, ``dash`` em|en) decides which marks a fix writes.
"""
from __future__ import annotations

import re

from ..findings import Category, Hit, Severity
from ..nlp.quotes import CLOSE_GLYPHS, HSPACE, NEUTRAL_GLYPHS, apostrophe_like, document_marks
from .registry import rule

_SPEECH = frozenset("""said says say told tells added adds asked asks stated states noted notes
    explained explains stressed stresses insisted insists warned warns declared declares replied
    replies continued continues concluded concludes remarked commented comments wrote writes
    according emphasized emphasizes emphasised underlined recalled admitted argued argues
    acknowledged announced claimed claims pointed tweeted posted reported added urged""".split())
_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*")
_FOREIGN = frozenset("«»„‟")


def _house(ctx) -> tuple[str, str, str]:
    style = ctx.house_style
    straight = style.get("quotes", "curly") == "straight"
    return ('"', '"', style.get("dash", "em")) if straight else ("“", "”", style.get("dash", "em"))


def _show(text: str, s: int, e: int, rep: str) -> str:
    """The replacement with a little context, for the report (`security,” Xi`)."""
    a = s
    while a > 0 and s - a < 15 and not text[a - 1].isspace():
        a -= 1
    b = e
    while b < len(text) and b - e < 15 and not text[b].isspace():
        b += 1
    return (text[a:s] + rep + text[e:b]).strip() or "(remove)"


def _attribution_follows(text: str, pos: int, limit: int) -> bool:
    """True when a speech verb (`said`, `told`...) comes within the next four words."""
    tail = text[pos:min(limit, pos + 80)]
    tail = tail.lstrip(HSPACE + "—–-")
    for k, m in enumerate(_WORD_RE.finditer(tail)):
        if k >= 4 or re.search(r"[,.;:!?“”\"«»]", tail[:m.start()]):
            return False
        if m.group().lower().rstrip(".") in _SPEECH:
            return not m.group()[0].isupper()  # `Asked why, ...` starts a new sentence
    return False


# --- the quotation-mark pass ---------------------------------------------------------

def _quote_hits(doc, ctx) -> dict[str, list[Hit]]:
    h_open, h_close, _ = _house(ctx)
    return doc.view(f"tq1_quotes:{h_open}", lambda d: _compute_quote_hits(d, h_open, h_close))


def _compute_quote_hits(doc, h_open: str, h_close: str) -> dict[str, list[Hit]]:
    marks = document_marks(doc)
    out: dict[str, list[Hit]] = {}
    if not marks:
        return out
    text = doc.text
    add = lambda code, hit: out.setdefault(code, []).append(hit)  # noqa: E731
    n_straight = sum(1 for m in marks if m.char in NEUTRAL_GLYPHS)
    n_curly = sum(1 for m in marks if m.char in "“”")
    mixed = n_straight > 0 and n_curly > 0
    house_straight = h_open == '"'
    for k, m in enumerate(marks):
        i = m.pos
        foreign = m.char in _FOREIGN or (m.char in "“" and m.german_close)
        off_house = mixed and ((m.char in NEUTRAL_GLYPHS) != house_straight) and not foreign
        # The glyph a fix writes: house style for foreign or mixed marks, else the mark's own family.
        if foreign or off_house:
            glyph = h_open if m.role == "open" else h_close
        elif m.char in NEUTRAL_GLYPHS:
            glyph = m.char
        else:
            glyph = "“" if m.role == "open" else "”"
        prev = text[i - 1] if i > m.para_start else ""
        nxt = text[i + 1] if i + 1 < m.para_end else ""
        start, end, rep, problems, unsure = i, i + 1, glyph, [], False
        if m.role == "open":
            if prev and not prev.isspace() and prev not in "([{<—–-/‘'":
                rep = " " + rep
                problems.append("no space before it")
            after = i + 1 + m.space_after
            if m.space_after and after < m.para_end and text[after] not in "\r\n":
                end = after
                problems.append("a space after it")
        elif m.role == "close":
            before = i - m.space_before
            if m.space_before and before > m.para_start and text[before - 1] not in "\r\n":
                start = before
                problems.append("a space before it")
            if nxt and (nxt.isalnum() or nxt in "“‘(¿¡"):
                rep = rep + " "
                problems.append("no space after it")
            lead = text[start - 1] if start > m.para_start else ""
            if (problems or m.wrong_direction) and lead.isalnum():
                if _attribution_follows(text, i + 1, m.para_end):
                    rep = "," + rep
                    problems.append("no comma before the attribution")
                elif nxt.isupper():
                    unsure = True  # `slowly“Asked why`: a full stop or a comma is missing too
        fix = rep if m.certain and not unsure else None
        sugg = (_show(text, start, end, rep),)
        if unsure:
            sugg = (_show(text, start, end, "." + rep), _show(text, start, end, "," + rep))
        if foreign:
            if m.char == "„" or (m.char in "“" and m.german_close) or (m.char == "»" and m.role == "open") \
                    or (m.char == "«" and m.role == "close"):
                lang, kind = "de", "German quotation mark"
            elif (m.role == "open" and m.space_after) or (m.role == "close" and m.space_before):
                lang, kind = "fr", "French guillemet (with French spacing)"
            else:
                lang, kind = None, "guillemet"
            add("TQ105", Hit(start, end, f"{kind[0].upper()}{kind[1:]} `{m.char}` in English copy; "
                                         f"English uses `{h_open}…{h_close}`.",
                             suggestions=sugg, fix=fix if m.role in ("open", "close") else None,
                             source_lang=lang))
        if m.role in ("stray", "unclosed"):
            add("TQ102", _unpaired_hit(text, marks, k))
            continue
        if foreign:
            continue
        if m.wrong_direction:
            what = "closing" if m.role == "open" else "opening"
            used = "open" if m.role == "open" else "close"
            extra = f" ({', '.join(problems)})" if problems else ""
            article = "An" if what == "opening" else "A"
            add("TQ101", Hit(start, end, f"{article} {what} quotation mark `{m.char}` is used to {used} "
                                         f"a quotation{extra}.", suggestions=sugg, fix=fix))
        elif problems:
            add("TQ103", Hit(start, end, f"Quotation mark `{m.char}` with {' and '.join(problems)}.",
                             suggestions=sugg, fix=fix))
        elif off_house:
            add("TQ104", Hit(start, end, "Straight and curly quotation marks mixed in one story.",
                             suggestions=sugg, fix=fix))
    _dash_before_attribution(text, marks, add)
    return out


def _unpaired_hit(text, marks, k) -> Hit:
    m = marks[k]
    same = lambda j: 0 <= j < len(marks) and marks[j].para_start == m.para_start  # noqa: E731
    if m.role == "unclosed":
        return Hit(m.pos, m.pos + 1, f"Quotation opened with `{m.char}` is never closed in this paragraph.",
                   suggestions=("(add the closing mark or remove this one)",))
    closing_like = m.char in CLOSE_GLYPHS or (m.char in NEUTRAL_GLYPHS and m.position == "close")
    if closing_like and same(k - 1) and marks[k - 1].role == "close":
        first = marks[k - 1]
        a, b = first.pos, m.pos + 1
        # `justice.” and international fairness,” Xi said`: the sentence runs on in lower
        # case after the first mark, so the first mark (and its full stop) is the stray one.
        cont = re.match(r"[ \t]+[a-z]", text[first.pos + 1:first.pos + 4])
        if cont and first.char == m.char:
            s = first.pos
            if text[s - 1] == "." and not _abbreviation_before(text, s - 1):
                s -= 1
            elif not text[s - 1].isalnum():
                s = None
            if s is not None:
                rep = text[first.pos + 1:b]
                return Hit(s, b, "Stray closing quotation mark: the quotation runs on after it.",
                           suggestions=(_show(text, s, b, rep),), fix=rep)
        return Hit(a, b, "Two closing quotation marks for one opening mark: one of them is stray.",
                   suggestions=("(remove the stray closing mark)",))
    if closing_like and same(k + 1) and marks[k + 1].role == "close":
        a, b = m.pos, marks[k + 1].pos + 1
        return Hit(a, b, "Two closing quotation marks for one opening mark: one of them is stray.",
                   suggestions=("(remove the stray closing mark)",))
    what = "closing" if closing_like else "opening"
    return Hit(m.pos, m.pos + 1, f"Unpaired {what} quotation mark `{m.char}`.",
               suggestions=("(remove it or add the missing mark)",))


_ABBREVIATIONS = frozenset("inc jr sr ltd co corp st dr mr mrs ms gen col sgt prof no vs etc".split())


def _abbreviation_before(text: str, dot: int) -> bool:
    a = dot
    while a > 0 and not text[a - 1].isspace() and dot - a < 20:
        a -= 1
    word = text[a:dot]
    return "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS


_RU_DASH_RE = re.compile(r"(,?)[ \t]*(?:—|–|―|--?)[ \t]+")


def _dash_before_attribution(text, marks, add) -> None:
    for m in marks:
        if m.role != "close":
            continue
        i = m.pos
        d = _RU_DASH_RE.match(text, i + 1, m.para_end)
        if not d or not _attribution_follows(text, d.end(), m.para_end):
            continue
        lead = text[i - 1] if i > m.para_start else ""
        fix = None
        if lead in ",?!" and not d.group(1):
            s, rep = i + 1, " "
            fix = rep
        elif lead.isalnum():
            s, rep = i, "," + m.char + " "
            fix = rep
        else:
            s, rep = i + 1, " "
        add("TQ106", Hit(s, d.end(), "Dash between a quotation and its attribution (Russian style); English "
                                     "ends the quotation with a comma inside the marks.",
                         suggestions=(_show(text, s, d.end(), rep),), fix=fix, source_lang="ru"))


# --- the dash and spacing pass --------------------------------------------------------

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
_URLISH = ("/", "@", "=", "&", "\\", "www", "http", "://")
_FULLWIDTH = {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
_SENT_FINAL = set(".!?:;")


def _chunk(text: str, i: int) -> str:
    a = i
    while a > 0 and i - a < 60 and not text[a - 1].isspace():
        a -= 1
    b = i
    while b < len(text) and b - i < 60 and not text[b].isspace():
        b += 1
    return text[a:b]


def _scan_hits(doc, ctx) -> dict[str, list[Hit]]:
    h_open, h_close, dash = _house(ctx)
    return doc.view(f"tq1_scan:{h_open}{dash}", lambda d: _compute_scan(d.text, h_open, dash))


def _compute_scan(text: str, h_open: str, dash_style: str) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = {}
    add = lambda code, hit: out.setdefault(code, []).append(hit)  # noqa: E731
    em = dash_style != "en"
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
            h = e - 1
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
            rep_o = "—" if em else " – "
            rep_c = "—" if em else " –"
            cs, ce = c, c + 1
            if em:
                while ce < len(text) and text[ce] in " \t":
                    ce += 1
            msg = "Hyphens used as parenthetical dashes (Spanish style); use a dash."
            add("TQ111", Hit(s, h + 1, msg, suggestions=(_show(text, s, h + 1, rep_o),), fix=rep_o,
                             source_lang="es"))
            add("TQ111", Hit(cs, ce, msg, suggestions=(_show(text, cs, ce, rep_c),), fix=rep_c,
                             source_lang="es"))
        elif g in ("spaced", "dhy"):
            if g == "spaced" and _title_dash(text, s, e):
                continue
            rep = "—" if em else " – "
            add("TQ112", Hit(s, e, f"`{text[s:e].strip()}` used as a dash between words; use a dash.",
                             suggestions=(_show(text, s, e, rep),), fix=rep))
        elif g == "credit":
            add("TQ112", Hit(s, e, "Hyphen glued between the text and its source credit.",
                             suggestions=(_show(text, s, e, " — "),)))
        elif g == "sp":
            _space_before(text, m, add)
        elif g == "bro":
            add("TQ125", Hit(s, e, "Space after an opening bracket.",
                             suggestions=(_show(text, s, e, text[s]),), fix=text[s]))
        elif g == "brc":
            add("TQ125", Hit(s, e, "Space before a closing bracket.",
                             suggestions=(_show(text, s, e, text[e - 1]),), fix=text[e - 1]))
        elif g == "dbl":
            k = s - 1
            while k > 0 and text[k] in "”\"’')]":
                k -= 1
            if text[k] in _SENT_FINAL:
                continue  # two spaces after a full stop: an old typing convention, not an artefact
            if _aligned(text, s):
                continue
            add("TQ124", Hit(s, e, "Doubled space between words.", suggestions=(_show(text, s, e, " "),), fix=" "))
        elif g == "glue":
            _missing_space(text, s, add)
        elif g == "inv":
            add("TQ126", Hit(s, e, f"Spanish inverted mark `{text[s]}` in English copy.",
                             suggestions=(_show(text, s, e, ""),), fix="", source_lang="es"))
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
                             suggestions=(_show(text, s, e, rep),), fix=rep))
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
                         suggestions=(_show(text, s, e, mark),), fix=mark, source_lang="fr"))
    else:
        add("TQ121", Hit(s, e, f"Space before `{mark}`.", suggestions=(_show(text, s, e, mark),), fix=mark))


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
        if ok and re.search(r"\.(?:com|org|net|gov|edu|io|co)\b", chunk, re.IGNORECASE):
            ok = False
    else:
        # farmers,which  — letters on both sides
        ok = len(prev2) == 2 and prev2.isalpha() and len(nxt2) == 2 and nxt2.isalpha()
    if not ok:
        return
    add("TQ123", Hit(s, s + 1, f"No space after `{mark}`.", suggestions=(_show(text, s, s + 1, mark + " "),),
                     fix=mark + " "))


def _apostrophe(text: str, s: int, apostrophe: str, add) -> None:
    # `Pérez´s`, `don`t`, `´90s`, `farmers´` — where an apostrophe belongs (but `‘` after
    # an `s` may open a quotation, so the plural possessive is only taken for `´`).
    if not apostrophe_like(text, s) or (text[s] != "´" and not text[s + 1:s + 2].isalnum()):
        return
    add("TQ107", Hit(s, s + 1, f"`{text[s]}` used as an apostrophe.",
                     suggestions=(_show(text, s, s + 1, apostrophe),), fix=apostrophe))


# --- the rules ---------------------------------------------------------------------------

def _quotes(code):
    return lambda doc, ctx: _quote_hits(doc, ctx).get(code, ())


def _scan(code):
    return lambda doc, ctx: _scan_hits(doc, ctx).get(code, ())


_P, _W = Category.PUNCTUATION, Severity.WARNING

rule("TQ101", name="quote-direction", category=_P, severity=_W,
     summary="Opening quotation mark used to close a quotation, or closing mark used to open one.",
     explanation="""MT and copy-paste from sources with other quotation conventions leave
     `security“Xi said` (an opening mark that closes) or `are ” a model` (a closing mark that
     opens). The marks of each paragraph are paired, so the mark's role is known from its
     neighbours; the fix turns it round and puts the space on the right side (and adds the
     comma before an attribution such as `Xi said`).""",
     bad=["“We will confront outside interference and threats to region security“Xi said.",
          "Putin said the ties are ” a model of what international relations should be”.",
          "“We back the Reform“, the minister said.",
          "”Chile’s economy will recover,” the minister said."],
     good=["“We will confront interference,” Xi said.",
           "He called the ties “a model” for the region.",
           "They face “external interference” and “threats”."],
     fixable=True)(_quotes("TQ101"))

rule("TQ102", name="unpaired-quote", category=_P, severity=_W,
     summary="A quotation mark with no partner in its paragraph (stray close, quotation never closed).",
     explanation="""Segment-by-segment translation drops or duplicates quotation marks:
     `justice.” and international fairness,” Xi said` has two closing marks for one opening
     mark. Quotations running over several paragraphs (the paragraph ends open and the next
     one reopens) are fine. Which mark is wrong usually needs a human; the one safe fix is
     a closing mark after which the sentence runs on in lower case up to a second closing
     mark (`justice.” and ... fairness,”`): that first mark and its full stop go.""",
     bad=["“We safeguard justice.” and international fairness,” Xi said.",
          "The minister promised “a new era for the region.",
          "The plan was approved” by the cabinet on Friday."],
     good=["“We will win,” she said. “Then we rest.”",
           "“The first paragraph of a long quotation.\n\n“The second paragraph,” he said.",
           "He is 6'2\" tall."],
     fixable=True)(_quotes("TQ102"))

rule("TQ103", name="quote-spacing", category=_P, severity=_W,
     summary="Space on the wrong side of a quotation mark, or a mark glued to the next word.",
     explanation="""`the plan, ”she said` and `decline ”.` put the space inside the quotation;
     `said,“We` glues the opening mark to the previous word. The fix moves the space.""",
     bad=["“We will go ahead with the plan, ”she said.",
          "“Prices will continue to decline ”.",
          "“We thank the voters ”, the mayor said.",
          "He said:“We will win.”"],
     good=["“We will go ahead with the plan,” she said.",
           "He said: “We will win.”",
           "They want “peace” (and quiet)."],
     fixable=True)(_quotes("TQ103"))

rule("TQ104", name="mixed-quotes", category=_P, severity=_W,
     summary="Straight and curly double quotation marks mixed in one story.",
     explanation="""Copy assembled from several sources mixes `"` and `“ ”`. The marks that
     are not in the house style (curly by default) are flagged and converted.""",
     bad=["\"We agree on the terms,” the spokesman said.",
          "“We agree,” he said. The minister called it \"a success\"."],
     good=["\"We agree on the terms,\" the spokesman said.",
           "“We agree on the terms,” the spokesman said."],
     fixable=True)(_quotes("TQ104"))

rule("TQ105", name="foreign-quotes", category=_P, severity=_W,
     summary="Guillemets « » or German low-9 marks „ “ left in English copy.",
     explanation="""French, Spanish, Italian, Portuguese and Russian copy quotes with
     guillemets, German with „…“. English uses “…”. French spacing inside guillemets
     (`« non »`) points to a French source and `„` to a German one.""",
     bad=["The minister called it « a historic day » on Friday.",
          "The minister called it „a historic day“ on Friday.",
          "The minister called it «a historic day» on Friday."],
     good=["The minister called it “a historic day” on Friday.",
           "He wrote ≪ and ≫ on the board."],
     fixable=True)(_quotes("TQ105"))

rule("TQ106", name="dash-before-attribution", category=_P, severity=_W,
     summary="Dash between a quotation and its attribution (`terms,” – the spokesman said`).",
     explanation="""Russian punctuation puts a dash between a quotation and the words that
     attribute it (`«…», — сказал он`). English ends the quotation with a comma inside the
     marks and no dash: `“We agree,” the spokesman said.`""",
     bad=["\"We agree on the terms,” – the spokesman said.",
          "“We agree on the terms”, — said the spokesman."],
     good=["“We agree on the terms,” the spokesman said.",
           "“We agree” — and so did everyone else in the room."],
     fixable=True)(_quotes("TQ106"))

rule("TQ107", name="accent-as-apostrophe", category=_P, severity=_W,
     summary="Acute accent, backtick or opening single quote used as an apostrophe (`Pérez´s`).",
     explanation="""Spanish and Portuguese keyboards put `´` next to the apostrophe key, and
     word processors turn `'` into `‘` after a space. `Pérez´s`, `don`t` and `‘90s` should
     use the apostrophe `’`.""",
     bad=["Pérez´s government fell.", "They don`t agree.", "It was a hit in the ´90s."],
     good=["Pérez’s government fell.", "It was a hit in the ’90s.", "He said ‘no’ twice."],
     fixable=True)(_scan("TQ107"))

rule("TQ111", name="hyphen-as-parenthetical-dash", category=_P, severity=_W,
     summary="Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.",
     explanation="""Spanish sets off an aside with rayas glued to its words and often follows
     the closing one with a comma (`—que el año pasado ...—,`); MT turns them into hyphens:
     `trade -which last year reached a record-, as well as`. The fix writes the house dash
     (closed-up em dash, or spaced en dash).""",
     bad=["They agreed to expand trade -which last year reached a record figure-, as well as cooperation.",
          "The minister -who arrived on Friday- met the president."],
     good=["The two- and three-year bonds rose.", "It was -5 degrees in Moscow.",
           "The long-term plan, which is well-known, was approved."],
     fixable=True)(_scan("TQ111"))

rule("TQ112", name="spaced-hyphen", category=_P, severity=_W,
     summary="A spaced hyphen or a double hyphen used as a dash between words.",
     explanation="""` - ` and `--` are typewriter substitutes for a dash. The fix writes the
     house dash (closed-up em dash or spaced en dash). Number ranges (`10 - 20`), list
     bullets and a web title's source credit (`Headline - China News Network`) are left alone.""",
     bad=["The pressure has shown signs of escalating - first, the Netherlands joined.",
          "The plan--which was approved--failed.",
          "BEIJING, Feb. 11 (Xinhua) -- According to the report, exports rose.",
          "The chip war hits the global semiconductor industry hard-Chinanews.com"],
     good=["The economy started the year poorly - China News Network",
           "Scores ranged from 10 - 20 points.", "- first item\n- second item",
           "The plan – which was approved – failed.", "Visit the e-commerce site cross-border.com today."],
     fixable=True)(_scan("TQ112"))

rule("TQ121", name="space-before-punctuation", category=_P, severity=_W,
     summary="A space before a comma or full stop (`farmers , which`, `session .`).",
     explanation="""Detokenised MT output and copy-paste leave a space before `,` and `.`.
     Ellipses (`wait ...`), decimals (`.5`) and domain names (`.com`) are not flagged.""",
     bad=["The farmers , which protested, left.", "The talks ended in the session ."],
     good=["He paused ... then spoke.", "The rate is .5 percent.", "Wait . . . what?",
           "Visit the site at example .com later."],
     fixable=True)(_scan("TQ121"))

rule("TQ122", name="french-spacing", category=_P, severity=_W,
     summary="A space before `: ; ? !` (French typography) in English copy.",
     explanation="""French sets a (thin) space before `: ; ? !`; English closes them up:
     `He said : “No.”`, `Why ?` The hit is evidence of a French source.""",
     bad=["The minister said : the talks will resume.", "Why is the plan late ?",
          "Two goals ; one victory."],
     good=["The minister said: the talks will resume.", "The vote was 2 : 1 in favour.",
           "It was 10:30 when he left.", "Smile :) please."],
     fixable=True)(_scan("TQ122"))

rule("TQ123", name="missing-space-after-punctuation", category=_P, severity=_W,
     summary="No space after sentence punctuation (`?they`, `Lima.Asked`, `farmers,which`).",
     explanation="""Segment joins drop the space after a full stop, question mark or comma.
     URLs, e-mail addresses, abbreviations (`U.S.`, `a.m.`), decimals and times are not
     flagged.""",
     bad=["Who will pay?they asked.", "He arrived in Lima.Asked why, he smiled.",
          "The farmers,which protested, left."],
     good=["See www.example.com/page?id=3 for details.", "Write to info@efe.com today.",
           "The U.S. and the E.U. agreed at 10 a.m. on Friday.", "It rose 3.5 percent to 1,200.",
           "He uses Node.js daily."],
     fixable=True)(_scan("TQ123"))

rule("TQ124", name="doubled-space", category=_P, severity=_W,
     summary="Two or three spaces between words (`vote  that`).",
     explanation="""Deleted words and segment joins leave doubled spaces inside a sentence.
     Two spaces after a full stop (an old typing convention) and wide alignment gaps are
     not flagged.""",
     bad=["They will vote  that day.", "The  plan failed."],
     good=["They will vote that day.", "It ended.  Then the count began.",
           "Name        Age"],
     fixable=True)(_scan("TQ124"))

rule("TQ125", name="space-inside-brackets", category=_P, severity=_W,
     summary="A space after an opening bracket or before a closing one (`( the`, `SCO )`).",
     explanation="""English closes brackets up against their contents.""",
     bad=["The Shanghai Cooperation Organization ( SCO ) met.", "The group (SCO ) met."],
     good=["The Shanghai Cooperation Organization (SCO) met.", "Tick the box [ ] below.", "Use ( ) here."],
     fixable=True)(_scan("TQ125"))

rule("TQ126", name="inverted-marks", category=_P, severity=_W,
     summary="Spanish inverted `¿` or `¡` left in English copy.",
     explanation="""Spanish opens questions and exclamations with `¿` and `¡`; English does not.
     The hit is evidence of a Spanish source; the fix deletes the mark.""",
     bad=["¿Why did the talks fail? he asked.", "¡Enough! the crowd shouted."],
     good=["Why did the talks fail? he asked.", "Enough! the crowd shouted."],
     fixable=True)(_scan("TQ126"))

rule("TQ127", name="full-width-punctuation", category=_P, severity=_W,
     summary="Full-width (CJK) punctuation `，。：（）` in English copy.",
     explanation="""Translations from Chinese or Japanese keep full-width commas, stops and
     brackets, which set wide and look broken in English text. Inside CJK text they are fine.""",
     bad=["The plan was approved，the minister said.", "Prices rose（slightly）."],
     good=["The plan was approved, the minister said.", "The sign read 北京，上海。"],
     fixable=True)(_scan("TQ127"))
