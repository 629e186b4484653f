"""The shared trigger index: where each rule's declared trigger words occur.

A rule declares the lower-cased words it needs to see (``@rule(..., triggers=...)``, the
way sqlfluff rules declare their crawl behaviour). One pass over a document's tokens looks
each token up once in the union of every registered rule's triggers and records, per rule
code, ``(sentence index, sentence tokens, token index)``; each rule then visits only its
own candidates. The index is built from the declarations, never by reaching into rule
modules, and once per document whichever rules ask for it.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .registry import _RULES

Position = tuple  # (sentence index, list[Token], token index)


def positions(doc, code: str) -> list[Position]:
    """Where the trigger words of rule ``code`` occur in ``doc``, in document order."""
    return doc.view("rule_triggers", _build).get(code, ())


@lru_cache(maxsize=8)
def _word_index(_registry_size: int) -> dict[str, tuple[str, ...]]:
    """Trigger word -> the codes of the rules declaring it, in code order. Built with set
    operations: one rule (TQ305) declares most of the ~6,000 words, few are shared."""
    index: dict[str, tuple[str, ...]] = {}
    for code in sorted(_RULES):
        words = _RULES[code].triggers
        shared = words & index.keys()
        index.update(dict.fromkeys(words - shared if shared else words, (code,)))
        for word in shared:
            index[word] += (code,)
    return index


_LOWER = itemgetter(4)   # Token.lower


def _build(doc) -> dict[str, list[Position]]:
    index = _word_index(len(_RULES))
    get = index.get
    out: dict[str, list[Position]] = {code: [] for code in _codes(len(_RULES))}
    for si, (_, toks) in enumerate(doc.sentence_tokens()):
        # Every token looked up at C level; the Python loop visits only the ~quarter of
        # tokens that are some rule's trigger.
        found = list(map(get, map(_LOWER, toks)))
        for k in compress(range(len(found)), found):
            where = (si, toks, k)
            for code in found[k]:
                out[code].append(where)
    return {code: at for code, at in out.items() if at}


@lru_cache(maxsize=8)
def _codes(_registry_size: int) -> tuple[str, ...]:
    """The codes of the rules that declare trigger words."""
    return tuple(sorted({code for codes in _word_index(_registry_size).values() for code in codes}))
