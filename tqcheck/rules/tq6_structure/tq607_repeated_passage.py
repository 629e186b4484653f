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
    bodies = [" ".join(text[p.start:p.end].split()) for p in paras]
    reported = set()
    for i in range(1, len(paras)):
        body = bodies[i]
        if body != bodies[i - 1] or len(body.split()) < 2:
            continue
        if (i >= 2 and bodies[i - 2] == body) or (i + 1 < len(paras) and bodies[i + 1] == body):
            continue  # a run of copies is a generated file or a fixture, not a doubled block
        reported.add(paras[i].start)
        yield Hit(paras[i].start, paras[i].end, "The same paragraph twice in a row.", suggestions=("(remove one)",))
    keys = []
    for s in doc.sentences:
        words = text[s.start:s.end].split()
        keys.append(" ".join(words) if len(words) >= _MIN_WORDS else None)
    counts = Counter(k for k in keys if k)
    seen = set()
    for s, key in zip(doc.sentences, keys):
        if key is None or counts[key] != 2:
            continue
        if key in seen:
            a = doc.paragraph_of(s.start)
            if a is None or a.start not in reported:   # (a doubled paragraph is reported above)
                yield Hit(s.start, s.end, "This sentence already appears earlier in the text.",
                          suggestions=("(remove the repeat)",))
        seen.add(key)
