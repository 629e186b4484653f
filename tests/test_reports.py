"""Report formats: SARIF (validated against the 2.1.0 schema), GitHub, JUnit, HTML."""
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app

from conftest import ROOT, SEED

runner = CliRunner()
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

# A story with findings of three kinds, one with a safe fix, one on a line after a
# multi-byte character, and a finding in an HTML file (offsets into the markup).
STORY = ("date 2022-02-04 Sánchez met “Putin” today.\n\nThe the vote ended. .\n\n"
         "The talks continued on Friday in the capital of the country, while\n\nEFE\n")


@pytest.fixture
def story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a story.txt").write_text(STORY, "utf-8")
    (tmp_path / "news" / "b.html").write_text(
        "<html><body><p>Xi &amp; the the <b>talks</b> ended.</p></body></html>\n", "utf-8")
    return tmp_path


def _run(*args):
    return runner.invoke(app, ["check", "--fail-on", "never", *args])


def test_sarif_validates_against_the_2_1_0_schema(story):
    import jsonschema

    log = json.loads(_run("-f", "sarif", "news").stdout)
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"TQ601", "TQ603", "TQ605"} <= {r["id"] for r in rules}
    assert all(r["help"]["text"] and r["help"]["markdown"] for r in rules)
    by_rule = {}
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        by_rule.setdefault(res["ruleId"], []).append(res)
    loc = by_rule["TQ601"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/a%20story.txt"
    assert loc["region"] == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 16,
                             "charOffset": 0, "charLength": 15, "snippet": {"text": "date 2022-02-04"}}
    repeats = by_rule["TQ605"]
    fixed = [r for r in repeats if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a%20story.txt"][0]
    (change,) = fixed["fixes"][0]["artifactChanges"]
    (rep,) = change["replacements"]
    assert rep["deletedRegion"]["charOffset"] == STORY.index("The the")
    assert rep["insertedContent"]["text"] == "The"
    html_hit = [r for r in repeats if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/b.html"][0]
    region = html_hit["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] == len("<html><body><p>Xi &amp; ") + 1 and region["charLength"] == 7


def test_sarif_reports_unreadable_inputs_as_notifications(story):
    import jsonschema

    r = runner.invoke(app, ["check", "-f", "sarif", "news", "missing.txt"])
    log = json.loads(r.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(log)
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "missing.txt" in inv["toolExecutionNotifications"][0]["message"]["text"]


def test_github_workflow_commands(story):
    out = _run("-f", "github", "news").stdout.splitlines()
    assert out[0] == ("::error file=news/a story.txt,line=1,col=1,endLine=1,endColumn=16,title=TQ601::"
                      "Metadata leaked into the body: `date 2022-02-04`. Suggestion: (remove)")
    warn = [l for l in out if "title=TQ605" in l and "a story" in l][0]
    assert warn.startswith("::warning file=news/a story.txt,line=3,col=1,endLine=3,endColumn=8,")
    assert out[-1].startswith("tqcheck: 2 files,")
    # escaping: a comma in the path and a newline in a message
    from tqcheck.report.github import _data, _prop
    assert _prop("a,b:c%") == "a%2Cb%3Ac%25" and _data("x\ny") == "x%0Ay"


def test_junit_failures_follow_fail_on(story):
    xml = runner.invoke(app, ["check", "-f", "junit", "--fail-on", "error", "news"]).stdout
    root = ET.fromstring(xml)
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["news/a story.txt", "news/b.html"]
    a = suites[0]
    failed = [c.get("name").split()[0] for c in a if c.find("failure") is not None]
    passed = [c.get("name").split()[0] for c in a if c.find("failure") is None]
    assert set(failed) == {"TQ601", "TQ602"} and set(passed) == {"TQ603", "TQ605"}
    assert a.get("tests") == "4" and a.get("failures") == "2"
    assert root.get("failures") == "2"
    clean = ET.fromstring(runner.invoke(app, ["check", "-f", "junit", "-"], input="Fine.\n").stdout)
    assert clean.get("failures") == "0" and clean.find("testsuite/testcase").get("name") == "- has no findings"


def test_html_report_is_self_contained(story):
    page = _run("-f", "html", "news").stdout
    assert page.startswith("<!DOCTYPE html>")
    for external in ("http://", "https://", "<link", "src=", "@import", "url("):
        assert external not in page
    assert page.count('<section class="story"') == 2
    assert 'data-rules="TQ601"' in page and 'class="tq c-structure s-error"' in page
    assert "Sánchez met “Putin”" in page
    assert "&lt;b&gt;talks&lt;/b&gt;" not in page and "talks" in page  # HTML input: the reader's plain text


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


PROBE = """<script>
window.addEventListener('load', function () {
  var out = [];
  document.querySelectorAll('mark.tq').forEach(function (m) {
    var r = m.getBoundingClientRect(), tip = m.querySelector('.tip'), cs = getComputedStyle(m);
    var before = getComputedStyle(tip).display;
    m.focus();
    var focused = getComputedStyle(tip).display;
    m.blur();
    m.click();
    var clicked = getComputedStyle(tip).display;
    m.click();
    var text = m.firstChild && m.firstChild.nodeType === 3 ? m.firstChild.nodeValue : '';
    out.push({rules: m.dataset.rules, category: m.dataset.category, text: text, hasFocus: document.hasFocus(), w: r.width, h: r.height, border: cs.borderBottomColor,
              before: before, focused: focused, clicked: clicked, tip: tip.textContent});
  });
  var pre = document.createElement('pre'); pre.id = 'probe';
  pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
});
</script>"""


def test_html_report_renders_in_chromium_with_highlights(story, tmp_path):
    chromium = _chromium()
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
    page = _run("-f", "html", str(SEED), "news").stdout
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", PROBE + "</body>"), "utf-8")
    out = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--virtual-time-budget=5000", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert "<pre id=\"probe\">" in out.stdout, out.stderr[-2000:]
    dom = out.stdout
    data = json.loads(__import__("html").unescape(dom.split('<pre id="probe">')[1].split("</pre>")[0]))
    json_run = json.loads(_run("-f", "json", str(SEED), "news").stdout)
    findings = [f for file in json_run["files"] for f in file["findings"]]
    assert data and len(data) >= len(findings)
    # per rule, the highlighted text (marks in document order) is the findings' text
    for rule in {f["rule"] for f in findings}:
        marked = "".join(d["text"] for d in data if rule in d["rules"].split())
        assert marked == "".join(f["text"] for f in findings if f["rule"] == rule)
    from tqcheck.findings import Category
    from tqcheck.report.html import COLORS

    def rgb(hex_colour):
        return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))

    for d in data:
        assert d["w"] > 0 and d["h"] > 0                      # laid out and visible
        assert d["before"] == "none" and d["clicked"] == "block"       # hidden until clicked
        assert d["focused"] == "block" or not d["hasFocus"]          # (:focus needs a focused page)
        assert d["rules"].split()[0] in d["tip"]
        assert d["border"] == rgb(COLORS[Category(d["category"])])   # coloured by category


def test_html_highlights_overlapping_and_empty_spans_stay_well_formed():
    from html.parser import HTMLParser

    from tqcheck.findings import Category, Finding, Severity
    from tqcheck.report.html import _highlight

    def f(rule, start, end, cat=Category.CALQUE, sev=Severity.WARNING):
        return Finding(rule, cat, sev, start, end, 1, start + 1, "x", f"msg {rule}", ("fix <b>",))

    text = "abcdefghij <tag>"
    findings = [f("TQ301", 1, 5), f("TQ401", 3, 8, Category.WORD_ORDER, Severity.ERROR), f("TQ603", 9, 9)]
    body, anchors, _ = _highlight(text, findings, 1)

    class Check(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.marks, self.text = [], [], []

        def handle_starttag(self, tag, attrs):
            if tag in ("br", "hr"):
                return
            self.stack.append(tag)
            if tag == "mark":
                self.marks.append(dict(attrs))

        def handle_endtag(self, tag):
            assert self.stack.pop() == tag

        def handle_data(self, data):
            if "span" not in self.stack:
                self.text.append(data)

    c = Check()
    c.feed(body)
    assert c.stack == []
    assert "".join(c.text) == text                          # the story text is intact, escaped
    assert [m["data-rules"] for m in c.marks] == ["TQ301", "TQ301 TQ401", "TQ401", "TQ603"]
    assert "c-word-order s-error" in c.marks[1]["class"]    # the most severe finding colours the overlap
    assert "empty" in c.marks[3]["class"]
    assert anchors == [0, 1, 3] and "fix &lt;b&gt;" in body      # every finding links to a highlight



def test_html_highlight_segments_carry_exactly_the_findings_that_cover_them():
    import random
    import re

    from tqcheck.findings import Category, Finding, Severity
    from tqcheck.report.html import _highlight

    rnd = random.Random(7)
    text = "".join(rnd.choice("abc de") for _ in range(60))
    findings = []
    for k in range(40):
        start = rnd.randrange(0, 60)
        end = min(60, start + rnd.choice([0, 1, 3, 8, 25]))
        findings.append(Finding(f"TQ{100 + k}", Category.STYLE, Severity.INFO, start, end, 1, start + 1,
                                text[start:end], "m", ()))
    body, anchors, _ = _highlight(text, findings, 1)
    cuts = sorted({0, len(text)} | {f.start for f in findings} | {f.end for f in findings})
    expected = []
    for a, b in zip(cuts, cuts[1:]):
        rules = sorted({f.rule for f in findings if f.start <= a and b <= f.end and f.start < f.end})
        if rules:
            expected.append(" ".join(rules))
    marks = re.findall(r'<mark class="([^"]*)"[^>]*data-rules="([^"]*)"', body)
    assert [rules for cls, rules in marks if "empty" not in cls] == expected
    assert len(anchors) == len(findings) and all(a >= 0 for a in anchors)   # every finding links to a highlight


def test_json_report_is_indented_down_to_one_finding_per_line():
    from tqcheck.api import check_paths
    from tqcheck.report import REPORTERS

    run = check_paths([str(SEED)])
    out = REPORTERS["json"](run)
    assert json.loads(out) == run.to_json()
    lines = out.splitlines()
    assert lines[:3] == ["{", '  "version": 1,', '  "files": [']
    finding_lines = [line for line in lines if line.lstrip().startswith('{"rule": ')]
    expected = [f.to_json() for f in run.files[0].findings]
    assert len(expected) >= 20
    assert [json.loads(line.strip().rstrip(",")) for line in finding_lines] == expected
    assert all(line.startswith(" " * 8) for line in finding_lines)
