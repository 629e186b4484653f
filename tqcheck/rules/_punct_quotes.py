"""TQ1xx quotation-mark pass: hits for TQ101-TQ106 from the pairing model in
``tqcheck.nlp.quotes`` (one pass per document, cached as a view)."""
from __future__ import annotations

import re

from ..findings import Hit
from ..nlp.quotes import CLOSE_GLYPHS, HSPACE, NEUTRAL_GLYPHS, document_marks
from ._punct_common import house_marks, show_fix

_SPEECH = frozenset("""said says say told tells added adds asked asks stated states noted notes
    explained explains stressed stresses insisted insists warned warns declared declares replied
    replies continued continues concluded concludes remarked commented comments wrote writes
    according emphasized emphasizes emphasised underlined recalled admitted argued argues
    acknowledged announced claimed claims pointed tweeted posted reported urged""".split())
_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*")
_CLAUSE_BREAK_RE = re.compile(r"[,.;:!?“”\"«»]")
_FOREIGN = frozenset("«»„‟")


def _attribution_follows(text: str, pos: int, limit: int) -> bool:
    """True when a speech verb (`said`, `told`...) comes within the next four words."""
    tail = text[pos:min(limit, pos + 80)]
    tail = tail.lstrip(HSPACE + "—–-")
    for k, m in enumerate(_WORD_RE.finditer(tail)):
        if k >= 4 or _CLAUSE_BREAK_RE.search(tail, 0, m.start()):
            return False
        if m.group().lower().rstrip(".") in _SPEECH:
            return not m.group()[0].isupper()  # `Asked why, ...` starts a new sentence
    return False


def quote_hits(doc, ctx) -> dict[str, list[Hit]]:
    h_open, h_close, _ = house_marks(ctx)
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
        sugg = (show_fix(text, start, end, rep),)
        if unsure:
            sugg = (show_fix(text, start, end, "." + rep), show_fix(text, start, end, "," + rep))
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
                           suggestions=(show_fix(text, s, b, rep),), fix=rep)
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
                         suggestions=(show_fix(text, s, d.end(), rep),), fix=fix, source_lang="ru"))
