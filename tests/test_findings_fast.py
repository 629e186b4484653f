"""``findings.make_finding`` builds the same ``Finding`` as its dataclass constructor."""
from __future__ import annotations

import dataclasses

from tqcheck.findings import Category, Finding, Severity, make_finding


def test_make_finding_equals_the_dataclass_constructor():
    values = ("TQ101", Category.PUNCTUATION, Severity.WARNING, 3, 7, 1, 4, "“ab", "Quote.",
              ("ab",), "ab", "es")
    fast, plain = make_finding(*values), Finding(*values)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert vars(fast) == vars(plain)
    assert [f.name for f in dataclasses.fields(Finding)] == list(vars(fast))   # every field, in order
    assert dataclasses.replace(fast, start=4) == dataclasses.replace(plain, start=4)
    assert fast.to_json() == plain.to_json()


def test_quote_mark_and_mark_edit_equal_their_constructors():
    from tqcheck.document import Document
    from tqcheck.nlp.quotes import QuoteMark, document_marks
    from tqcheck.rules.tq1_punctuation.quote_pass import MarkEdit, _compute

    doc = Document('He said “ yes ”and left. „Ja“, she said. 5\'10" tall, "fine"\n\n“Go on')
    marks = document_marks(doc)
    assert len(marks) == 7
    for m in marks:
        plain = QuoteMark(**{f.name: getattr(m, f.name) for f in dataclasses.fields(QuoteMark)})
        assert m == plain and hash(m) == hash(plain) and vars(m) == vars(plain)
        assert [f.name for f in dataclasses.fields(QuoteMark)] == list(vars(m))
    for e in _compute(doc, "“", "”").edits:
        plain = MarkEdit(**{f.name: getattr(e, f.name) for f in dataclasses.fields(MarkEdit)})
        assert e == plain and hash(e) == hash(plain) and vars(e) == vars(plain)
        assert [f.name for f in dataclasses.fields(MarkEdit)] == list(vars(e))
