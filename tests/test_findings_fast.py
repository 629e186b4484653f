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
