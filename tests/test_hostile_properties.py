"""Issue 17: properties on random Unicode (controls, bidi marks, ZWJ, lone CRs, quotes,
numbers): offsets are valid, ``--fix`` is idempotent and byte-exact outside its spans,
and the JSON, SARIF, JUnit and text reports are well formed. Example counts come from
the Hypothesis profile in conftest.py (2,000 per test by default)."""
from __future__ import annotations

import io
import json
import xml.dom.minidom

from hypothesis import given
from hypothesis import strategies as st

from tqcheck.api import RunResult, check_text
from tqcheck.config import Config
from tqcheck.document import LineIndex
from tqcheck.fix import apply_fixes
from tqcheck.readers.base import READERS
from tqcheck.report import write_json, write_junit, write_sarif, write_text
from tqcheck.run.fix import fix_source

WORDS = ["the", "the", "plan", "said", "in", "declarations", "to", "press", "they", "which", "2", "3,5",
         "1.500", "%", "dollars", "Mr", "U.S.", "el", "de", "la", "und", "citizens", "and"]
ODD = [" ", " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t", "\u00a0", "\u200b", "\u200d", "\u200e", "\u200f",
       "\u202a", "\u202e", "\u2066", "\u2069", "\x1b[2J", "\x1b]0;t\x07", "\x00", "\x0b", "\x0c", "\x85",
       "\x7f", "\ufeff", "\U0001F469\u200d\U0001F4BB", "e\u0301", "“", "”", '"', "'", "«", "»", ",", ".", "?",
       "!", ":", ";", "-", "—", "(", ")", "…", "#", "*", "`", "<", ">", "&"]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                           st.text(max_size=3)), max_size=40).map("".join)
ALL = Config()


@given(texts)
def test_offsets_are_valid(text):
    result = check_text(text, ALL)
    index = LineIndex(text)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert (f.line, f.column) == index.line_col(f.start)


@given(texts)
def test_fix_is_idempotent_and_exact_outside_its_spans(text):
    first = fix_source(READERS["txt"](text, "t.txt"), ALL)
    second = fix_source(READERS["txt"](first.fixed, "t.txt"), ALL)
    assert second.fixed == first.fixed and not second.applied
    step = apply_fixes(text, first.before.findings)
    pos = out = 0
    for f in sorted(step.applied, key=lambda f: (f.start, f.end)):
        gap = text[pos:f.start]
        assert step.text[out:out + len(gap)] == gap
        out += len(gap) + len(f.fix)
        pos = f.end
    assert step.text[out:] == text[pos:]


@given(texts, st.sampled_from(["a.txt", "b\x1b[31m.txt", "c\x01\u202e.md", "d é.txt"]))
def test_reports_are_well_formed(text, name):
    result = check_text(text, ALL, path=name)
    run = RunResult()
    run.add(result, ALL)
    for writer, parse in ((write_json, json.loads), (write_sarif, json.loads),
                          (write_junit, lambda s: xml.dom.minidom.parseString(s.encode("utf-8")))):
        out = io.StringIO()
        writer(run, out)
        parse(out.getvalue())
    out = io.StringIO()
    write_text(run, out)
    shown = out.getvalue()
    assert not any(c in shown for c in "\x00\x1b\x07\x0b\x0c\x85\x7f\u202a\u202e\u2066\u2069")


MARKUP = {"md": ["`", "``", "```\n", "*", "_", "[", "](", ")", "# ", "> ", "- ", "<!--", "-->", "<b>", "\\", "|"],
          "html": ["<p>", "</p>", "<b>", "</b>", "<!--", "-->", "<script>", "</script>", "&amp;", "&#x1b;",
                   "<br>", "<a href='x'>", "</a>", "<", ">"]}


@given(st.sampled_from(["md", "html"]).flatmap(
    lambda fmt: st.tuples(st.just(fmt), st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(ODD),
                                                           st.sampled_from(MARKUP[fmt])), max_size=40).map("".join))))
def test_markup_offsets_valid_and_fix_idempotent(case):
    fmt, text = case
    first = fix_source(READERS[fmt](text, "t." + fmt), ALL)
    index = LineIndex(text)
    for f in first.before.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert (f.line, f.column) == index.line_col(f.start)
    second = fix_source(READERS[fmt](first.fixed, "t." + fmt), ALL)
    assert second.fixed == first.fixed and not second.applied
