"""A quotation-mark model: pair the double quotation marks of each paragraph.

Every double mark (curly “ ”, straight ", guillemets « », low-9 „) gets a *role* —
``open``, ``close``, ``stray`` (belongs to no pair) or ``unclosed`` (opens a quotation
that the paragraph never closes). Roles come from a minimum-cost path through a
two-state machine (outside / inside a quotation), so one glaring error does not make
every later mark look wrong. Each mark has two pieces of evidence for its role:

* its glyph: “ « „ open, ” » close, " is neutral;
* its position: a mark after a space and glued to the next word is placed like an
  opening mark; glued to the previous word (or after punctuation) and followed by a
  space, punctuation or the end, like a closing mark; glued on both sides or spaced on
  both sides, either.

Disagreeing with a piece of evidence costs a little; leaving a mark unpaired costs
more. For every mark the model also records a *margin*: how much worse the best
reading is in which the mark has another role. Rules only offer a safe fix when the
margin is large, i.e. when the right reading is not in doubt.

Single marks (‘ ’ ') are left out of the pairing: in English they are mostly
apostrophes (``each other’s``, ``’90s``, ``rock ’n’ roll``), and ``apostrophe_like``
tells the two apart where a rule needs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = "“”„‟\"«»〝〞＂"
_MARK_RE = re.compile(f"[{DOUBLE_MARKS}]")
OPEN_GLYPHS = frozenset("“„‟«〝")
CLOSE_GLYPHS = frozenset("”»〞")
NEUTRAL_GLYPHS = frozenset("\"＂")

HSPACE = " \t\u00a0\u202f\u2009\u2007\u2002\u2003"
_OPENERS = set("([{<—–-/")
_SINGLE_QUOTES = set("‘’'‚‹›")
_PARA_OPENERS = "“„«\"〝＂"  # a paragraph starting with one of these opens (or reopens) a quotation

UNPAIRED = 3.0      # cost of leaving a mark out of every pair
UNCLOSED = 3.0      # cost of a paragraph that ends inside a quotation
CONTINUED = 1.0     # cost of ending inside a quotation that may run on into the next paragraph
BOTH_WRONG = 4.0    # extra cost when glyph and position both contradict a role
SAFE_MARGIN = 2.0   # margin from which a role is certain enough for a safe fix

# Position classes -> (cost as opening mark, cost as closing mark)
_POSITION_COST = {
    "open": (0.0, 2.0),        #  “word
    "close": (2.0, 0.0),       # word”   word”,   .”
    "glued": (1.0, 1.0),       # word“word
    "punct-glued": (1.0, 1.0), # ,”word   :“word
    "spaced": (1.0, 1.0),      #  ” 
    "spaced-punct": (2.0, 1.0),  #  ”,
}


@dataclass(frozen=True)
class QuoteMark:
    pos: int            # offset of the mark in the document text
    char: str
    role: str           # open | close | stray | unclosed
    margin: float       # how certain the role is (see module docs)
    position: str       # position class (keys of _POSITION_COST)
    space_before: int   # horizontal spaces right before the mark (same line)
    space_after: int    # horizontal spaces right after the mark (same line)
    para_start: int
    para_end: int

    @property
    def wrong_direction(self) -> bool:
        """An opening glyph used to close or a closing glyph used to open."""
        if self.role == "open":
            return self.char in CLOSE_GLYPHS
        if self.role == "close":
            return self.char in OPEN_GLYPHS and not (self.char == "“" and self.german_close)
        return False

    # German „…“ closes with “: set by the model when the paragraph opened with „.
    german_close: bool = False

    @property
    def certain(self) -> bool:
        return self.margin >= SAFE_MARGIN and self.role in ("open", "close")


def _kind_left(ch: str | None) -> str:
    if ch is None or ch.isspace():
        return "ws"
    if ch in _OPENERS:
        return "opener"
    if ch.isalnum() or ch in _SINGLE_QUOTES or ch in "%$€£":
        return "word"
    return "punct"


def _kind_right(ch: str | None) -> str:
    if ch is None or ch.isspace():
        return "ws"
    if ch.isalnum() or ch in "‘'$€£#@¿¡(":
        return "word"
    return "punct"


def _position(text: str, i: int, start: int, end: int) -> str:
    left = _kind_left(text[i - 1] if i > start else None)
    right = _kind_right(text[i + 1] if i + 1 < end else None)
    if left in ("ws", "opener"):
        if right == "word":
            return "open"
        if right == "ws":
            return "spaced"
        return "spaced-punct" if left == "ws" else "glued"
    if right in ("ws", "punct"):
        return "close"
    return "glued" if left == "word" else "punct-glued"


def _glyph_cost(ch: str, has_low9: bool) -> tuple[float, float]:
    if ch in NEUTRAL_GLYPHS:
        return 0.0, 0.0
    if ch in OPEN_GLYPHS:
        if ch == "“" and has_low9:
            return 0.0, 0.5  # „…“
        return 0.0, 2.0
    return 2.0, 0.0


def _count_space(text: str, i: int, step: int, lo: int, hi: int) -> int:
    n = 0
    j = i + step
    while lo <= j < hi and text[j] in HSPACE:
        n += 1
        j += step
    return n


_INCH_RE = re.compile(r"\d['′]\d{1,2}\Z")


def _is_inch(text: str, i: int) -> bool:
    # 5'10" — a straight double mark after feet and inches is not a quotation mark
    # (but the one closing "consensus of '92" is).
    return text[i] == '"' and _INCH_RE.search(text, max(0, i - 4), i) is not None


def paragraph_marks(text: str, start: int, end: int, continued: bool,
                    inside: bool = False) -> list[QuoteMark]:
    """The double marks of ``text[start:end]`` with their roles.

    ``continued``: the next paragraph opens with a quotation mark, so this one may end
    inside a quotation (news style for quotations running over several paragraphs).
    ``inside``: the paragraph starts inside a quotation (an excerpt that begins mid-quote).
    """
    found = [m.start() for m in _MARK_RE.finditer(text, start, end) if not _is_inch(text, m.start())]
    if not found:
        return []
    has_low9 = text.find("„", start, end) >= 0
    positions = [_position(text, i, start, end) for i in found]
    costs = []
    for i, p in zip(found, positions):
        go, gc = _glyph_cost(text[i], has_low9)
        po, pc = _POSITION_COST[p]
        # Glyph and position both against a role: that reading is all but impossible.
        costs.append((go + po + (BOTH_WRONG if go >= 2 and po >= 2 else 0.0),
                      gc + pc + (BOTH_WRONG if gc >= 2 and pc >= 2 else 0.0)))
    n = len(costs)
    end_cost = CONTINUED if continued else UNCLOSED
    inf = float("inf")
    # fwd[k][s]: cheapest cost of reaching mark k in state s (0 outside, 1 inside).
    fwd = [(inf, 0.0) if inside else (0.0, inf)]
    for co, cc in costs:
        f0, f1 = fwd[-1]
        fwd.append((min(f0 + UNPAIRED, f1 + cc), min(f0 + co, f1 + UNPAIRED)))
    bwd = [(0.0, end_cost)] * (n + 1)
    for k in range(n - 1, -1, -1):
        co, cc = costs[k]
        b0, b1 = bwd[k + 1]
        bwd[k] = (min(UNPAIRED + b0, co + b1), min(cc + b0, UNPAIRED + b1))
    out = []
    state = 1 if inside else 0
    last_open = None
    for k in range(n):
        co, cc = costs[k]
        f0, f1 = fwd[k]
        b0, b1 = bwd[k + 1]
        t_open, t_close = f0 + co + b1, f1 + cc + b0
        t_stray = min(f0 + UNPAIRED + b0, f1 + UNPAIRED + b1)
        # Follow one cheapest path; pairing roles win ties over "stray".
        if state == 0:
            if co + b1 <= UNPAIRED + b0:
                role, state, margin = "open", 1, min(t_close, t_stray) - t_open
            else:
                role, margin = "stray", min(t_open, t_close) - t_stray
        else:
            if cc + b0 <= UNPAIRED + b1:
                role, state, margin = "close", 0, min(t_open, t_stray) - t_close
            else:
                role, margin = "stray", min(t_open, t_close) - t_stray
        out.append([found[k], role, margin, positions[k]])
        if role == "open":
            last_open = k
    if state == 1 and not continued and last_open is not None:
        out[last_open][1] = "unclosed"
    marks = []
    opener = None
    for i, role, margin, p in out:
        german = role == "close" and opener == "„"
        if role == "open":
            opener = text[i]
        marks.append(_quote_mark(
            i, text[i], role, margin, p, _count_space(text, i, -1, start, end),
            _count_space(text, i, 1, start, end), start, end, german))
    return marks


_new_object = object.__new__
_set_attribute = object.__setattr__


def _quote_mark(pos: int, char: str, role: str, margin: float, position: str, space_before: int,
                space_after: int, para_start: int, para_end: int, german_close: bool) -> QuoteMark:
    """``QuoteMark(...)`` with every field given, built with one assignment of the instance
    dict instead of the frozen dataclass's ``__init__`` (one ``object.__setattr__`` per
    field): equal to the ordinary one (tests/test_findings_fast.py)."""
    mark = _new_object(QuoteMark)
    _set_attribute(mark, "__dict__", {
        "pos": pos, "char": char, "role": role, "margin": margin, "position": position,
        "space_before": space_before, "space_after": space_after, "para_start": para_start,
        "para_end": para_end, "german_close": german_close})
    return mark


def document_marks(doc) -> list[QuoteMark]:
    """All double marks of a document, paragraph by paragraph (cached on the document)."""
    return doc.view("quote_marks", _compute)


def _compute(doc) -> list[QuoteMark]:
    text = doc.text
    if not _MARK_RE.search(text):
        return []
    paras = doc.paragraphs
    out: list[QuoteMark] = []
    search = _MARK_RE.search
    for k, p in enumerate(paras):
        if search(text, p.start, p.end) is None:
            continue          # no double mark: ``paragraph_marks`` would find none
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if nxt is not None:
            continued = text[nxt.start] in _PARA_OPENERS
        else:
            # The last paragraph opens with a quotation mark and never closes it: the text may
            # be one paragraph of a quotation that runs on (a segment, an excerpt); don't guess.
            # (Only with an odd number of marks: an even number pairs up within the paragraph.)
            continued = text[p.start] in _PARA_OPENERS and len(_MARK_RE.findall(text, p.start, p.end)) % 2 == 1
        # A text whose very first character is a closing-placed mark starts mid-quotation.
        inside = k == 0 and text[p.start] in DOUBLE_MARKS and (
            p.end - p.start == 1 or _position(text, p.start, p.start, p.end) == "close")
        out.extend(paragraph_marks(text, p.start, p.end, continued, inside))
    return out


def apostrophe_like(text: str, i: int) -> bool:
    """True when the single mark at ``i`` reads as an apostrophe, not a quotation mark:
    between letters (``other’s``), before a decade (``’90s``), in ``’n’``, or a plural
    possessive (``farmers’ union``)."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isalpha() and nxt.isalpha():
        return True
    if nxt.isdigit() and text[i + 1:i + 4][2:3] == "s":
        return True
    if text[i - 1:i + 3] in (" ’n’", " 'n'") or text[i - 2:i + 2] in ("’n’ ", "'n' "):
        return True
    return prev in "sS" and (nxt == "" or nxt.isspace() or nxt in ",.;:")
