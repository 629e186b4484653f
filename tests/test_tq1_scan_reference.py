"""The TQ1 scan (``scan._scan``: marks and spaces searched apart) finds what the plain
loop over ``_CANDIDATE_RE.search`` found: same groups, same matches, same order."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.tq1_punctuation import scan


class _Doc:
    def __init__(self, text: str):
        self.text = text


def reference(text: str) -> list:
    out, pos = [], 0
    while True:
        cand = scan._CANDIDATE_RE.search(text, pos)
        if cand is None:
            break
        m = scan._SCAN_RE.match(text, cand.start())
        if m is None:
            pos = cand.end()
            continue
        pos = max(cand.end(), m.end())
        out.append(("sp" if m.lastgroup == "spm" else m.lastgroup, m))
    return out


def _key(found):
    return [(g, m.span(), m.group(), m.pos) for g, m in found]


PIECES = [" ", "  ", "   ", "\t", "\u00a0", "\u202f", "\u2009", "\n", "-", "--", "—", "(", ")", "[", "]",
          ",", ".", ";", ":", "?", "!", "¿", "¡", "´", "`", "‘", "’", "“", "”", '"', "，", "。", "（",
          "a", "ab", "Lima", "trade", "hard", "Chinanews.com", "x", "A", "2", "_", "é", "word"]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=2)), max_size=40).map("".join)


@settings(max_examples=4000, deadline=None)
@given(TEXTS)
def test_scan_matches_the_plain_candidate_loop(text):
    assert _key(scan._scan(_Doc(text))) == _key(reference(text))


def test_examples():
    for text in ("trade -which plan - which  ( the ) farmers , a  b?they hard-Chinanews.com x--y",
                 "a" + " " * 50 + "," + "  " * 20 + "b", " , ,  ,\t; (\t) ¿Qué?", "¡Hola!  ´x` ‘y’ ，（"):
        assert _key(scan._scan(_Doc(text))) == _key(reference(text))
