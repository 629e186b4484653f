"""The TQ107, TQ111-TQ127 shared pass: one scan of the text for dashes, spacing and
odd characters, cached as a view. A cheap candidate pattern finds the places worth a
closer look; the full pattern, with its look-arounds, is only tried there. The scan
only says what kind of place each match is (its group); the rules judge them."""
from __future__ import annotations

import re

from .common import word_around

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
# A whitespace run is a candidate only at its start (the look-behinds): every match that
# involves a run starts there, and a run of n spaces is then scanned once, not from each of
# its n positions (which took quadratic time: 40,000 spaces, 10 s).
# One character class comes first, the union of the branches' first characters, and each
# branch then checks with a look-behind which character that was (`(?<=[(\[])[ \t]` for
# `[(\[][ \t]`): the same matches in the same order, but a pattern that starts with a
# character class lets the matcher skip straight to the next such character instead of
# trying every branch at every position (25 % faster on news copy).
_SPACE = r"[ \t\u00a0\u202f\u2009]"
_CANDIDATE_RE = re.compile(
    r"[ \t\u00a0\u202f\u2009\-(\[?!.,;¿¡´`‘，。：；！？（）]"
    rf"(?:(?<={_SPACE})(?<!{_SPACE}{_SPACE}){_SPACE}*+[-,.;:?!)\]]"   # spaces, then a mark
    r"|(?<= ) (?<=\S  )"                                        # two spaces after a word
    r"|(?<=-)-"                                                  # --
    r"|(?<=[(\[])[ \t]"                                          # ( the
    r"|(?<=[?!.,;])[^\W\d_]"                                      # Lima.Asked
    r"|(?<=[a-z]-)[A-Z]"                                         # hard-Chinanews
    r"|(?<=[¿¡´`‘，。：；！？（）]))"
)
URLISH = ("/", "@", "=", "&", "\\", "www", "http", "://")


def chunk(text: str, i: int) -> str:
    """The run of non-space characters around ``i`` (at most 60 either way)."""
    a, b = word_around(text, i, i, 60)
    return text[a:b]


def matches(doc, *groups: str):
    """The scan's matches of the given groups (``paren``, ``spaced``, ``credit``, ``dhy``,
    ``sp``, ``bro``, ``brc``, ``dbl``, ``glue``, ``inv``, ``apo``, ``fw``), in text order."""
    for g, m in doc.view("tq1_scan", _scan):
        if g in groups:
            yield g, m


# ``_CANDIDATE_RE`` is tried at every space of the text (a fifth of its characters), which
# made the scan cost as much as a rule. Its branches fall in two families, searched apart
# (the first candidate at or after ``pos`` is the nearest of their answers):
# - those starting at a mark (``-([?!.,;`` and the odd characters): the same branches in the
#   same order, in a pattern that starts with the marks alone, so the matcher skips the
#   spaces;
# - those starting at a space, found from what follows them: a run of spaces ending at one
#   of ``-,.;:?!)]`` (the candidate is the run's first space), and two spaces after a
#   non-space (a literal search). ``_CANDIDATE_RE.match`` at the place found gives the very
#   match ``_CANDIDATE_RE.search`` gave (tests/test_tq1_scan_reference.py checks them).
_MARK_CANDIDATE_RE = re.compile(
    r"[\-(\[?!.,;¿¡´`‘，。：；！？（）]"
    r"(?:(?<=-)-"                                                  # --
    r"|(?<=[(\[])[ \t]"                                          # ( the
    r"|(?<=[?!.,;])[^\W\d_]"                                      # Lima.Asked
    r"|(?<=[a-z]-)[A-Z]"                                         # hard-Chinanews
    r"|(?<=[¿¡´`‘，。：；！？（）]))"
)
_MARK_AFTER_SPACE_RE = re.compile(rf"[-,.;:?!)\]](?<={_SPACE}.)")
_TWO_SPACES_RE = re.compile(r"  (?<=\S  )")
_SPACES = frozenset(" \t\u00a0\u202f\u2009")


def _run_candidate(text: str, pos: int) -> int:
    """The first run of spaces starting at or after ``pos`` that ends at one of
    ``-,.;:?!)]``: its first space, or -1."""
    at = pos
    while True:
        mark = _MARK_AFTER_SPACE_RE.search(text, at)
        if mark is None:
            return -1
        q = mark.start() - 1             # back over the run of spaces before the mark
        while q > 0 and text[q - 1] in _SPACES:
            q -= 1
        if q >= pos:
            return q
        at = mark.end()


def _scan(doc) -> list[tuple[str, re.Match]]:
    text = doc.text
    out = []
    pos = 0
    match, candidate = _SCAN_RE.match, _CANDIDATE_RE.match
    # The next candidate of each family, (start, end), kept until ``pos`` passes it; None
    # once a family has no candidate left (``pos`` only grows).
    marks = runs = doubles = (-1, -1)
    while True:
        if marks is not None and marks[0] < pos:
            c = _MARK_CANDIDATE_RE.search(text, pos)
            marks = None if c is None else (c.start(), c.end())
        if runs is not None and runs[0] < pos:
            q = _run_candidate(text, pos)
            runs = None if q < 0 else (q, candidate(text, q).end())
        if doubles is not None and doubles[0] < pos:
            q = -1 if (c := _TWO_SPACES_RE.search(text, pos)) is None else c.start()
            doubles = None if q < 0 else (q, candidate(text, q).end())
        found = [x for x in (marks, runs, doubles) if x is not None]
        if not found:
            break
        start, end = min(found)
        m = match(text, start)
        if m is None:
            pos = end
            continue
        pos = max(end, m.end())
        out.append(("sp" if m.lastgroup == "spm" else m.lastgroup, m))
    return out
