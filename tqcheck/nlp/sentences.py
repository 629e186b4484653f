"""Sentence splitting with NLTK's Punkt and parameters shipped with tqcheck.

The parameters (abbreviations, collocations, sentence starters) live in
``data/punkt_en.json`` as plain JSON; nothing is downloaded or unpickled. Punkt is
imported on the first call, alone (``tqcheck.nlp.nltk_light``): about 20 ms, most of it
importing the ``regex`` module that NLTK matches with, where ``import nltk`` costs 0.6 s.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _punkt_tokenizer():
    import json
    from importlib import resources

    from .nltk_light import import_module

    punkt = import_module("nltk.tokenize.punkt")
    PunktParameters, PunktSentenceTokenizer = punkt.PunktParameters, punkt.PunktSentenceTokenizer

    raw = json.loads(
        resources.files("tqcheck.nlp").joinpath("data/punkt_en.json").read_text("utf-8")
    )
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in raw["abbreviations"]}
    params.collocations = {tuple(pair) for pair in raw.get("collocations", [])}
    params.sent_starters = set(raw.get("sentence_starters", []))
    for word, flags in raw.get("ortho_context", {}).items():
        params.ortho_context[word] = flags
    return PunktSentenceTokenizer(params)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as offsets into ``text``, trimmed of spaces."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    spans = []
    for s, e in _punkt_tokenizer().span_tokenize(chunk):
        # Punkt spans are already trimmed; guard against leading/trailing spaces anyway.
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((start + s, start + e))
    return spans
