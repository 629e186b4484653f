"""The TQ101-TQ106 shared pass: what is wrong with each double quotation mark.

The pairing model (``tqcheck.nlp.quotes.document_marks``) gives every mark a role and a
certainty; this pass works out, once per document and house style, the edit each mark
needs (the glyph a fix writes, a space to move, a comma before an attribution) and the
problems that edit repairs. The rules pick the marks they are about: wrong direction
(TQ101), unpaired (TQ102), spacing (TQ103), mixed styles (TQ104), foreign glyphs (TQ105).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...nlp.quotes import HSPACE, NEUTRAL_GLYPHS, QuoteMark, document_marks
from .common import house_marks, show_fix

_SPEECH = frozenset("""said says say told tells added adds asked asks stated states noted notes
    explained explains stressed stresses insisted insists warned warns declared declares replied
    replies continued continues concluded concludes remarked commented comments wrote writes
    according emphasized emphasizes emphasised underlined recalled admitted argued argues
    acknowledged announced claimed claims pointed tweeted posted reported urged quoted quotes
    cited cites""".split())
# After the quotation, these start a new clause of the same sentence (`“...” and said`,
# `“...” but added`): the words after them are no attribution, so no comma goes in.
_CLAUSE_WORDS = frozenset("and but or nor yet while whereas before after because which who that".split())
_WORD_RE = re.compile(r"[^\W\d_][\w’'.-]*")
_CLAUSE_BREAK_RE = re.compile(r"[,.;:!?“”\"«»]")
FOREIGN = frozenset("«»„‟")


def attribution_follows(text: str, pos: int, limit: int) -> bool:
    """True when a speech verb (`said`, `told`...) comes within the next four words."""
    tail = text[pos:min(limit, pos + 80)]
    tail = tail.lstrip(HSPACE + "—–-")
    for k, m in enumerate(_WORD_RE.finditer(tail)):
        if k >= 4 or _CLAUSE_BREAK_RE.search(tail, 0, m.start()):
            return False
        if m.group().lower() in _CLAUSE_WORDS:
            return False
        if m.group().lower().rstrip(".") in _SPEECH:
            return not m.group()[0].isupper()  # `Asked why, ...` starts a new sentence
    return False


@dataclass(frozen=True)
class MarkEdit:
    """One quotation mark and the edit that would put it right."""
    index: int                  # its place in ``QuotePass.marks``
    mark: QuoteMark
    start: int                  # the span to replace (the mark, with a misplaced space)
    end: int
    rep: str                    # the replacement
    problems: tuple[str, ...]   # what the replacement repairs (`no space before it`, ...)
    fix: str | None             # ``rep`` when the mark's role is certain, else None
    foreign: bool               # a guillemet or German low-9 mark
    off_house: bool             # straight among curly marks (or the reverse), not the house's
    unsure: bool                # a full stop or a comma may be missing too: two suggestions
    text: str = field(repr=False, compare=False)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The fix shown in context; worked out only for the marks a rule reports."""
        if self.unsure:
            return (show_fix(self.text, self.start, self.end, "." + self.rep),
                    show_fix(self.text, self.start, self.end, "," + self.rep))
        return (show_fix(self.text, self.start, self.end, self.rep),)


@dataclass(frozen=True)
class QuotePass:
    text: str
    marks: list[QuoteMark]
    edits: list[MarkEdit]
    house_open: str
    house_close: str


def quote_pass(doc, ctx) -> QuotePass:
    h_open, h_close, _ = house_marks(ctx)
    return doc.view(f"tq1_quotes:{h_open}", lambda d: _compute(d, h_open, h_close))


def _compute(doc, h_open: str, h_close: str) -> QuotePass:
    marks = document_marks(doc)
    text = doc.text
    edits: list[MarkEdit] = []
    n_straight = sum(1 for m in marks if m.char in NEUTRAL_GLYPHS)
    n_curly = sum(1 for m in marks if m.char in "“”")
    mixed = n_straight > 0 and n_curly > 0
    house_straight = h_open == '"'
    for k, m in enumerate(marks):
        foreign = m.char in FOREIGN or (m.char in "“" and m.german_close)
        off_house = mixed and ((m.char in NEUTRAL_GLYPHS) != house_straight) and not foreign
        edits.append(_edit(text, k, m, foreign, off_house, h_open, h_close))
    return QuotePass(text, marks, edits, h_open, h_close)


def _edit(text: str, k: int, m: QuoteMark, foreign: bool, off_house: bool, h_open: str,
          h_close: str) -> MarkEdit:
    i = m.pos
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
            if attribution_follows(text, i + 1, m.para_end):
                rep = "," + rep
                problems.append("no comma before the attribution")
            elif nxt.isupper():
                unsure = True  # `slowly“Asked why`: a full stop or a comma is missing too
    fix = rep if m.certain and not unsure else None
    # ``MarkEdit(...)`` built with one assignment of the instance dict instead of the frozen
    # dataclass's ``__init__`` (one ``object.__setattr__`` per field; tests/test_findings_fast.py).
    edit = _new_object(MarkEdit)
    _set_attribute(edit, "__dict__", {
        "index": k, "mark": m, "start": start, "end": end, "rep": rep, "problems": tuple(problems),
        "fix": fix, "foreign": foreign, "off_house": off_house, "unsure": unsure, "text": text})
    return edit


_new_object = object.__new__
_set_attribute = object.__setattr__


def paired_edits(doc, ctx):
    """The edits of marks that are paired (not stray or unclosed) and not foreign glyphs:
    the marks TQ101, TQ103 and TQ104 judge, each taking the first problem that applies."""
    for e in quote_pass(doc, ctx).edits:
        if e.mark.role not in ("stray", "unclosed") and not e.foreign:
            yield e
