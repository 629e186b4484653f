"""The matcher's start filter (``_Starts.find``) against walking from every token: the
filter may only skip tokens where no match of the built-in lexicons begins."""
from functools import lru_cache

from hypothesis import given, settings, strategies as st

from tqcheck.lexicon import get_matcher
from tqcheck.lexicon.matcher import _class_ok
from tqcheck.lexicon.stream import stream
from tqcheck.nlp.tokens import tokenize


@lru_cache(maxsize=1)
def _vocabulary() -> list[str]:
    trie = get_matcher(()).trie
    root = trie.root
    trie.node(root)
    words = sorted(trie.words[root])[:400:3]
    for w in list(words)[:60]:     # second and third words of patterns too
        child = trie.words[root][w]
        trie.node(child)
        words += sorted(trie.words[child])[:8]
    return sorted(set(words)) + ["indicated", "expressed", "underlined", "Madrid", "Ana", "Lopez", "12", "1,500", "“", "”", '"', ",", "."]


def _everywhere(m, s):
    """Every token with the states a walk from it starts in (no filtering)."""
    trie = m.trie
    root = trie.root
    out = []
    for i, (tok, low) in enumerate(zip(s.tokens, s.lows)):
        states = []
        child = trie.words[root].get(low)
        if child is not None:
            states.append((child, 0))
        for cls, c in trie.classes[root]:
            if _class_ok(cls, tok, low):
                states.append((c, 1 if cls == "NAME" else 0))
        if states:
            out.append((i, states))
    return out


def _scan_with(m, s, text, starts):
    found = {}
    for i, states in starts:
        m._walk(s, i, states, len(s.tokens), found)
    return m._finish(found, s, text) if found else []


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_start_filter_loses_no_match(data):
    words = data.draw(st.lists(st.sampled_from(_vocabulary()), min_size=1, max_size=30))
    text = " ".join(words)
    m = get_matcher(())
    s = stream(tokenize(text), text)
    assert _scan_with(m, s, text, m._starts.find(s)) == _scan_with(m, s, text, _everywhere(m, s))
