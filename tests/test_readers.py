"""Input formats: Markdown, HTML, NITF; offsets point at the right characters of the file."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tqcheck.api import check_file
from tqcheck.cli import app
from tqcheck.readers import InputError, read_path
from tqcheck.readers.base import READERS

runner = CliRunner()

MD = """---
title: "the the headline in front matter"
date: 2022-02-04
---
# China and **Russia** deepen ties

date 2022-02-04 Xi met Putin in [the the Beijing](https://example.com/the-the "the the") talks.
The vote ended. . Then `the the` code &amp; the the vote.

```text
the the
```

    indented code the the

- first item ended. .
- second item

> quoted and the the quote
"""

HTML = """<!DOCTYPE html>
<html><head><title>the the title</title>
<style>p::before { content: "the the"; }</style></head>
<body>
<h1>China and Russia</h1>
<p class="the the">date 2022-02-04 Xi met Putin &amp; the the
   delegation. The vote ended. .</p>
<script>var s = "the the";</script>
<!-- the the comment -->
<p>Putin&rsquo;s the&nbsp;the visit <a href="/the-the">the the link</a>.</p>
</body></html>
"""

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf>
 <head><title>the the title</title></head>
 <body>
  <body.head>
   <hedline><hl1>Xi and Putin deepen “strategic” ties</hl1></hedline>
   <byline>the the byline</byline>
   <abstract><p>China &amp; Russia: the the abstract.</p></abstract>
  </body.head>
  <body.content>
   <p>date 2022-02-04 Xi said the
      talks ended. .</p>
   <media media-type="image"><media-caption>the the caption</media-caption></media>
   <p>Sánchez met the the delegation.</p>
  </body.content>
  <body.end><tagline>the the tagline</tagline></body.end>
 </body>
</nitf>
"""


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def _findings(path, **kw):
    result = check_file(str(path), **kw)
    text = path.read_text("utf-8")
    for f in result.findings:
        assert text[f.start:f.end] == f.text          # offsets point into the file
        line_start = sum(len(x) for x in text.splitlines(True)[:f.line - 1])
        assert line_start + f.column - 1 == f.start   # line/column agree with the offset
    return result, text


def test_markdown_skips_front_matter_code_urls_and_maps_offsets(tmp_path):
    p = _write(tmp_path, "story.md", MD)
    result, text = _findings(p)
    doc_text = read_path(str(p)).document.text
    assert "title" not in doc_text and "example.com" not in doc_text and "`" not in doc_text
    assert "indented code" not in doc_text and "Russia deepen" in doc_text
    rules = [(f.rule, f.text, f.line) for f in result.findings]
    assert ("TQ601", "date 2022-02-04", 7) in rules
    # the link text is checked (its URL and title are not), the code span and blocks are not
    repeats = [(f.line, f.column) for f in result.findings if f.rule == "TQ605"]
    assert (7, text.splitlines()[6].index("the the Beijing") + 1) in repeats
    assert (8, text.splitlines()[7].index("the the vote") + 1) in repeats
    assert (19, text.splitlines()[18].index("the the quote") + 1) in repeats
    assert len(repeats) == 3
    assert {f.line for f in result.findings if f.rule == "TQ603"} == {8, 16}
    # a safe fix survives where the span maps to identical text
    assert all(f.fix is not None for f in result.findings if f.rule == "TQ605")


def test_markdown_paragraphs_are_separated():
    from tqcheck.readers.markdown import read_markdown

    doc = read_markdown("# Title\nFirst line\nsecond line\n- item\n- item two\n", "x.md").document
    assert [doc.text[s:e] for s, e in doc.paragraphs] == [
        "Title", "First line\nsecond line", "item", "item two"]


def test_html_body_text_entities_and_offsets(tmp_path):
    p = _write(tmp_path, "story.html", HTML)
    result, text = _findings(p)
    doc_text = read_path(str(p)).document.text
    assert "title" not in doc_text and "content" not in doc_text and "var s" not in doc_text
    assert "comment" not in doc_text and "class" not in doc_text
    assert "Putin & the the delegation." in doc_text and "Putin’s the\u00a0the visit" in doc_text
    assert doc_text.startswith("China and Russia\n\ndate 2022-02-04")
    by_rule = {}
    for f in result.findings:
        by_rule.setdefault(f.rule, []).append(f)
    assert [f.text for f in by_rule["TQ601"]] == ["date 2022-02-04"]
    assert [(f.text, f.line) for f in by_rule["TQ605"]] == [
        ("the the", 6), ("the&nbsp;the", 10), ("the the", 10)]
    # a span that covers an entity maps to the whole entity, and its fix is dropped
    nbsp = by_rule["TQ605"][1]
    assert nbsp.fix is None and by_rule["TQ605"][0].fix is not None


def test_nitf_hedline_abstract_body_content(tmp_path):
    p = _write(tmp_path, "story.xml", NITF)
    result, text = _findings(p)
    doc_text = read_path(str(p)).document.text
    assert doc_text.split("\n\n") == [
        "Xi and Putin deepen “strategic” ties", "China & Russia: the the abstract.",
        "date 2022-02-04 Xi said the talks ended. .", "Sánchez met the the delegation."]
    assert [(f.rule, f.line) for f in result.findings if f.rule in ("TQ601", "TQ605")] == [
        ("TQ605", 9), ("TQ601", 12), ("TQ605", 15)]
    assert "the the" == result.findings[-1].text
    assert text[result.findings[-1].start - 12:result.findings[-1].start] == "Sánchez met "


@pytest.mark.parametrize("payload, reason", [
    ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
     '<nitf><body><body.content><p>&b;</p></body.content></body></nitf>', "refused unsafe XML"),
    ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<nitf><body><body.content><p>&x;</p></body.content></body></nitf>', "refused unsafe XML"),
    ("<nitf><body>", "not well-formed XML"),
    ("<rss><channel/></rss>", "not a NITF document"),
])
def test_nitf_unsafe_or_bad_xml_is_a_one_line_error(tmp_path, payload, reason):
    p = _write(tmp_path, "bad.xml", payload)
    good = _write(tmp_path, "good.txt", "The talks ended.\n")
    r = runner.invoke(app, ["check", "-f", "json", str(p), str(good)])
    assert r.exit_code == 2
    assert len(r.stderr.strip().splitlines()) == 1 and f"bad.xml: {reason}" in r.stderr
    assert "passwd" not in r.stdout and json.loads(r.stdout)["summary"]["files"] == 1


def test_input_format_option_and_stdin(tmp_path):
    r = runner.invoke(app, ["check", "-f", "json", "--input-format", "html", "-"],
                      input="<p>The&nbsp;vote the the end.</p>\n")
    f = json.loads(r.stdout)["files"][0]["findings"][0]
    assert f["rule"] == "TQ605" and f["text"] == "the the" and f["column"] == 18
    p = _write(tmp_path, "story.txt", "<p>the the</p>\n")
    r = runner.invoke(app, ["check", "-f", "json", "--input-format", "md", str(p)])
    assert json.loads(r.stdout)["files"][0]["findings"][0]["column"] == 4
    r = runner.invoke(app, ["check", "--input-format", "docx", str(p)])
    assert r.exit_code == 2 and "unknown --input-format" in r.stderr


def test_folder_globs_include_markup_but_not_xml(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.nitf", "f.xml"):
        (tmp_path / name).write_text("<nitf/>" if name.endswith(("xml", "nitf")) else "Fine.\n")
    r = runner.invoke(app, ["check", "-f", "json", str(tmp_path)])
    names = [f["path"].rsplit("/", 1)[1] for f in json.loads(r.stdout)["files"]]
    assert names == ["a.txt", "b.md", "c.html", "d.htm", "e.nitf"]


MARKUP = st.text(alphabet=st.sampled_from(list("ab the.,\n <>/&;#*_`[]()!-:\"'=pxm")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(MARKUP, st.sampled_from(["md", "html", "txt"]))
def test_offset_maps_stay_inside_the_file_and_verbatim_text_maps_exactly(text, fmt):
    source = READERS[fmt](text, "x")
    doc = source.document
    m = doc.offset_map
    if m is None:
        assert doc.text == text
        return
    for a in range(len(doc.text) + 1):
        for b in (a, min(a + 1, len(doc.text)), len(doc.text)):
            if b < a:
                continue
            s, e = m.span_to_source(a, b)
            assert 0 <= s <= e <= len(text)
    for t in doc.tokens:
        s, e = m.span_to_source(t.start, t.end)
        if text[s:e] != t.text:
            assert e - s != len(t.text) or any(c in text[s:e] for c in "&*_`[]<>\\\n")


def test_markdown_number_at_line_start_inside_a_paragraph_is_text():
    from tqcheck.readers.markdown import read_markdown

    assert read_markdown("The vote was in\n2022. The end.\n\n3. item\n", "x").document.text == (
        "The vote was in\n2022. The end.\n\nitem")


def test_nitf_declared_encoding_does_not_shift_offsets(tmp_path):
    src = ('<?xml version="1.0" encoding="ISO-8859-1"?><nitf><body><body.content>'
           "<p>Bogotá “the the” end.</p></body.content></body></nitf>")
    p = _write(tmp_path, "x.nitf", src)
    result, text = _findings(p)
    assert [(f.rule, f.text) for f in result.findings] == [("TQ605", "the the")]


@pytest.mark.parametrize("fmt, src", [
    ("html", "<html>\r\n<body>\r\n<p>Fine.</p>\r\n<p>The vote\r\nthe the end.</p>\r\n</body></html>\r\n"),
    ("md", "# Fine\r\n\r\nFine.\r\n\r\nThe vote\r\nthe the end.\r\n"),
    ("nitf", "<nitf><body><body.content>\r\n<p>Fine.</p>\r\n<p>The vote\r\nthe the end.</p>\r\n"
             "</body.content></body></nitf>\r\n"),
])
def test_crlf_files_map_to_the_right_line_and_column(tmp_path, fmt, src):
    p = tmp_path / f"x.{fmt}"
    p.write_bytes(src.encode("utf-8"))
    result = check_file(str(p))
    (f,) = result.findings
    assert src[f.start:f.end] == "the the" and f.column == 1
    assert f.line == src[:f.start].count("\r\n") + 1
    doc = read_path(str(p)).document
    assert doc.text.split("\n\n")[-1].strip() in ("The vote the the end.", "The vote\nthe the end.")
    assert "\r" not in doc.text


@pytest.mark.parametrize("fmt, wrap", [
    ("html", "<html><body><p>{}</p></body></html>"),
    ("nitf", "<nitf><body><body.content><p>{}</p></body.content></body></nitf>"),
    ("md", "{}"),
])
def test_large_single_line_inputs_stay_compact(fmt, wrap):
    body = ("The talks ended on Friday and the vote was held " * 20_000)
    source = READERS[fmt](wrap.format(body), "x")
    assert source.document.text.strip() == body.strip()
    assert len(source.document.offset_map.segments) <= 2     # contiguous text is one run, not one per word


def test_html_marked_section_without_a_keyword_is_a_bogus_comment_not_a_crash():
    # Python < 3.13's html.parser raised AssertionError on "<![:" and "<![x]>".
    from tqcheck.readers.html import read_html

    assert read_html("<![:", "x").document.text == "<![:"
    text = "<p>one <![x]> two</p>\n<p>three <![: four> five</p>"
    doc = read_html(text, "x").document
    assert doc.text == "one two\n\nthree five"
    for t in doc.tokens:
        s, e = doc.offset_map.span_to_source(t.start, t.end)
        assert text[s:e] == t.text
