"""TQ607 repeated-passage: A paragraph or a sentence printed twice.

Examples: cases/TQ607.toml."""
from __future__ import annotations

from collections import Counter

from ...findings import Category, Hit, Severity
from ..registry import rule

_MIN_WORDS = 8   # a repeated sentence this long is no refrain


@rule(
    "TQ607", name="repeated-passage", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="A paragraph or a sentence printed twice.",
    explanation="""Pipelines that translate a page block by block, or a caption and the
    picture's alt text, print the same paragraph twice in a row, or repeat a whole
    sentence further down. A paragraph identical to the one before it, or a sentence of
    eight words or more identical to an earlier one, is reported at its second occurrence.
    Only a passage printed exactly twice counts: many copies of one block are a generated
    file, not a translation slip.""",
    sources=("MQM: Accuracy > Addition",),
)
def repeated_passage(doc, ctx):
    text = doc.text
    paras = doc.paragraphs
    # Two passages with the same words (whitespace aside) have the same first and last
    # word: the words are split and joined only for passages whose ends match another's,
    # which few do (most articles have none), instead of for every paragraph and sentence.
    para_ends = [_ends(text, p.start, p.end) for p in paras]
    bodies: dict[int, str] = {}

    def body(k):
        if k not in bodies:
            bodies[k] = " ".join(text[paras[k].start:paras[k].end].split())
        return bodies[k]

    reported = set()
    for i in range(1, len(paras)):
        if para_ends[i] != para_ends[i - 1]:
            continue          # the bodies differ
        b = body(i)
        if b != body(i - 1) or len(b.split()) < 2:
            continue
        if (i >= 2 and body(i - 2) == b) or (i + 1 < len(paras) and body(i + 1) == b):
            continue  # a run of copies is a generated file or a fixture, not a doubled block
        reported.add(paras[i].start)
        yield Hit(paras[i].start, paras[i].end, "The same paragraph twice in a row.", suggestions=("(remove one)",))
    sentences = doc.sentences
    ends = [_ends(text, s.start, s.end) for s in sentences]
    twice = {e for e, n in Counter(ends).items() if n >= 2}
    keys = []
    for s, e in zip(sentences, ends):
        if e not in twice:
            keys.append(None)   # no other sentence has its words: its count would be 1
            continue
        words = text[s.start:s.end].split()
        keys.append(" ".join(words) if len(words) >= _MIN_WORDS else None)
    counts = Counter(k for k in keys if k)
    seen = set()
    for s, key in zip(sentences, keys):
        if key is None or counts[key] != 2:
            continue
        if key in seen:
            a = doc.paragraph_of(s.start)
            if a is None or a.start not in reported:   # (a doubled paragraph is reported above)
                yield Hit(s.start, s.end, "This sentence already appears earlier in the text.",
                          suggestions=("(remove the repeat)",))
        seen.add(key)


def _ends(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The first and last words of ``text[start:end]`` (``None`` if it has none)."""
    chunk = text[start:end]
    first = chunk.split(None, 1)
    if not first:
        return None
    return first[0], chunk.rsplit(None, 1)[-1]
