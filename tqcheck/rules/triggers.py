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

from .registry import _RULES

Position = tuple  # (sentence index, list[Token], token index)


def positions(doc, code: str) -> list[Position]:
    """Where the trigger words of rule ``code`` occur in ``doc``, in document order."""
    return doc.view("rule_triggers", _build).get(code, ())


@lru_cache(maxsize=8)
def _word_index(_registry_size: int) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code in sorted(_RULES):
        for word in _RULES[code].triggers:
            index.setdefault(word, []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}


def _build(doc) -> dict[str, list[Position]]:
    get = _word_index(len(_RULES)).get
    out: dict[str, list[Position]] = {}
    for si, (_, toks) in enumerate(doc.sentence_tokens()):
        for k, tok in enumerate(toks):
            codes = get(tok.lower)
            if codes:
                for code in codes:
                    out.setdefault(code, []).append((si, toks, k))
    return out
