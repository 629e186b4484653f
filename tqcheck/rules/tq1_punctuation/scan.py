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


def _scan(doc) -> list[tuple[str, re.Match]]:
    text = doc.text
    out = []
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
        out.append(("sp" if m.lastgroup == "spm" else m.lastgroup, m))
    return out
