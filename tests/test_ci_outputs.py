"""CI outputs: GitHub annotations within GitHub's limits plus a job summary that lists
every finding; several reports in one run; --statistics; GitLab Code Quality; SARIF
helpUri; FORCE_COLOR."""
import json
import re

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app

from conftest import ROOT, SEED

runner = CliRunner()
ANNOTATION = re.compile(r"^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),[^:]*title=(TQ\d+)::", re.M)
SUMMARY_ROW = re.compile(r"^\| ([^|]+) \| (\d+):(\d+) \| (TQ\d+) \|", re.M)


def _seed_json():
    r = runner.invoke(app, ["check", "-f", "json", "--fail-on", "never", str(SEED)])
    return json.loads(r.stdout)["files"][0]["findings"]


def test_seed_every_finding_reaches_the_github_user(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    r = runner.invoke(app, ["check", "-f", "github", "--fail-on", "never", "seeds/efe-2022-02-04.txt"])
    assert r.exit_code == 0
    annotations = ANNOTATION.findall(r.stdout)
    levels = [a[0] for a in annotations]
    assert all(levels.count(level) <= 10 for level in ("error", "warning", "notice")) and len(levels) <= 50
    findings = _seed_json()
    assert len(findings) == 23
    hidden = len(findings) - len(annotations)
    assert hidden == 6 and f"{hidden} findings not annotated" in r.stdout
    text = summary.read_text("utf-8")
    assert "**6 findings not shown as annotations**" in text
    assert "| seeds/efe-2022-02-04.txt | 519 | 94.9 | 3 | 16 | 4 |" in text
    rows = {(int(line), int(col), rule) for _, line, col, rule in SUMMARY_ROW.findall(text)}
    shown = {(int(a[2]), int(a[3]), a[4]) for a in annotations} | rows
    for f in findings:        # every finding: an annotation or a summary row (all are rows)
        assert (f["line"], f["column"], f["rule"]) in shown
        assert (f["line"], f["column"], f["rule"]) in rows


def test_github_without_summary_file_says_what_was_not_shown(monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    r = runner.invoke(app, ["check", "-f", "github", "--fail-on", "never", str(SEED)])
    assert "6 findings not annotated: not shown" in r.stdout and "1 file," in r.stdout


def test_summary_is_safe_markdown_and_bounded():
    import io

    from tqcheck.api import check_paths
    from tqcheck.report.summary import _cell, write_summary

    assert _cell("a | b\n<script>") == "a \\| b &lt;script&gt;"
    assert _cell("`x` and `y`") == "`x` and `y`" and _cell("odd ` tick") == "odd ' tick"
    run = check_paths([str(SEED)])
    out = io.StringIO()
    write_summary(run, out, max_bytes=2000)
    assert "more findings not listed" in out.getvalue() and len(out.getvalue().encode()) < 2600


def test_several_formats_in_one_run(tmp_path):
    sarif, junit, gitlab, main = (tmp_path / n for n in ("a.sarif", "b.xml", "c.json", "main.json"))
    r = runner.invoke(app, ["check", "--fail-on", "never", "-f", f"sarif={sarif}", "--format", f"junit={junit}",
                            "-f", f"gitlab={gitlab}", "-f", "json", "--output-file", str(main), str(SEED)])
    assert r.exit_code == 0 and r.stdout == ""
    assert len(json.loads(sarif.read_text())["runs"][0]["results"]) == 23
    assert junit.read_text().startswith("<?xml")
    assert len(json.loads(gitlab.read_text())) == 23
    assert json.loads(main.read_text())["summary"]["findings"] == 23
    # with no output file the main format goes to stdout, the others to their files
    r = runner.invoke(app, ["check", "--fail-on", "never", "-f", f"sarif={sarif}", "-q", str(SEED)])
    assert "TQ601" in r.stdout and sarif.exists()


@pytest.mark.parametrize("args, message", [
    (["-f", "nope"], "unknown --format 'nope'"),
    (["-f", "sarif="], "no file after '='"),
    (["-f", "json", "-f", "text"], "only one --format may go to standard output"),
])
def test_format_usage_errors(args, message):
    r = runner.invoke(app, ["check", *args, str(SEED)])
    assert r.exit_code == 2 and message in r.stderr


def test_statistics_counts_per_rule():
    r = runner.invoke(app, ["check", "--statistics", "--fail-on", "never", str(SEED)])
    lines = r.stdout.splitlines()
    counts = {line.split()[1]: int(line.split()[0]) for line in lines}
    assert sum(counts.values()) == 23 and counts["TQ301"] == 9
    assert lines[0].split()[1] == "TQ301"          # most frequent first


def test_gitlab_code_quality():
    r = runner.invoke(app, ["check", "-f", "gitlab", "--fail-on", "never", str(SEED)])
    issues = json.loads(r.stdout)
    assert len(issues) == 23 and len({i["fingerprint"] for i in issues}) == 23
    assert {i["severity"] for i in issues} == {"major", "minor", "info"}
    for i in issues:
        assert set(i) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert i["location"]["lines"]["begin"] >= 1
    empty = runner.invoke(app, ["check", "-f", "gitlab", "-"], input="A clean sentence.\n")
    assert json.loads(empty.stdout) == []


def test_sarif_help_uri_points_at_an_anchor_in_docs_rules():
    r = runner.invoke(app, ["check", "-f", "sarif", "--fail-on", "never", str(SEED)])
    rules = json.loads(r.stdout)["runs"][0]["tool"]["driver"]["rules"]
    headings = set(re.findall(r"^### (TQ\d+)\s*$", (ROOT / "docs" / "rules.md").read_text(), re.M))
    for rule in rules:
        uri = rule["helpUri"]
        assert uri.endswith("/docs/rules.md#" + rule["id"].lower()) and uri.startswith("https://")
        assert rule["id"] in headings


def test_force_color(monkeypatch):
    from tqcheck.cli import _use_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert _use_color("auto") and not _use_color("never")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not _use_color("auto")
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "0")
    assert not _use_color("auto")       # CliRunner's stdout is not a terminal


# Attributes Jenkins' JUnit schema (junit-10.xsd) allows, per element.
JENKINS_ATTRS = {
    "testsuites": {"name", "time", "tests", "failures", "disabled", "errors"},
    "testsuite": {"name", "tests", "failures", "errors", "group", "time", "disabled", "skipped",
                  "timestamp", "hostname", "id", "package", "file", "log", "url", "version"},
    "testcase": {"name", "assertions", "time", "classname", "status", "group"},
    "failure": {"message", "type"}, "error": {"message", "type"}, "skipped": {"message"},
    "system-out": set(), "system-err": set(), "properties": set(), "property": {"name", "value"},
}


@pytest.mark.parametrize("args, stdin", [
    ([str(SEED), "--fail-on", "warning", "--min-score", "99"], None),
    (["-", "/nonexistent/x.txt"], "Fine.\n"),
])
def test_junit_uses_only_what_jenkins_schema_allows(args, stdin):
    import xml.etree.ElementTree as ET

    r = runner.invoke(app, ["check", "-f", "junit", *args], input=stdin)
    root = ET.fromstring(r.stdout)
    assert root.tag == "testsuites"
    for el in root.iter():
        assert el.tag in JENKINS_ATTRS and set(el.attrib) <= JENKINS_ATTRS[el.tag], (el.tag, el.attrib)
    for suite in root:
        assert suite.tag == "testsuite" and {"name", "tests", "failures", "errors", "skipped", "time"} <= set(suite.attrib)
        assert int(suite.get("tests")) == len(suite)
        assert all(case.tag == "testcase" for case in suite)


SUPPRESSED = ("The the vote ended.\n<!-- tqcheck: disable-next-line=TQ999 -->\nThe the second.\n"
              "<!-- tqcheck: disable-next-line=TQ605 -->\nThe the third.\n"
              "<!-- tqcheck: disable-next-line=TQ301 -->\nA fine line.\n<!-- tqcheck: disable=calque -->\nAll good.\n")


def test_suppression_with_unknown_code_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SUPPRESSED)
    r = runner.invoke(app, ["check", "-q", "a.txt"])
    assert r.exit_code == 2
    assert "a.txt:2:1: unknown rule 'TQ999' in suppression comment" in r.stderr
    assert "unused" not in r.stderr
    (tmp_path / "a.txt").write_text(SUPPRESSED.replace("TQ999", "TQ605"))
    assert runner.invoke(app, ["check", "-q", "a.txt"]).exit_code == 0


def test_report_unused_suppressions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(SUPPRESSED.replace("TQ999", "TQ605"))
    r = runner.invoke(app, ["check", "-q", "--report-unused-suppressions", "a.txt"])
    assert r.exit_code == 1
    reported = [line.split(": ")[2] for line in r.stderr.splitlines() if "unused suppression" in line]
    assert reported == ["a.txt:6:1", "a.txt:8:1"]       # the TQ301 line and the calque region


def test_unused_directives_regions_and_next_line():
    from tqcheck.api import check_text
    from tqcheck.suppress import find_directives, unused_directives

    text = ("<!-- tqcheck: disable=TQ6 -->\nThe the one.\n<!-- tqcheck: enable -->\n"
            "<!-- tqcheck: disable=TQ1 -->\nPlain words.\n<!-- tqcheck: enable=TQ1 -->\n")
    directives = find_directives(text)
    findings = check_text(text.replace("<!--", "<!~~")).findings   # the same text, unsuppressed
    assert [d.selectors for d in unused_directives(findings, text, directives)] == [("TQ1",)]


def test_every_declared_dependency_is_imported():
    """No dependency is declared and never imported (tomli was)."""
    from tqcheck import tomlio

    deps = tomlio.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {re.split(r"[<>=;\[ ]", d, maxsplit=1)[0].lower() for d in deps}
    source = "\n".join(p.read_text("utf-8") for p in (ROOT / "tqcheck").rglob("*.py"))
    for name in names:
        module = name.replace("-", "_")
        assert re.search(rf"^\s*(import|from) {module}\b|import_module\(\"{module}\.", source, re.M), name


def test_stdin_filename_chooses_format_config_and_baseline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".tqcheck.toml").write_text('fail-on = "warning"\n')
    story = "# The the heading\n\nThe the vote ended on Friday.\n"
    plain = runner.invoke(app, ["check", "-f", "json", "-"], input=story)
    as_md = runner.invoke(app, ["check", "-f", "json", "--stdin-filename", "desk/story.md", "-"], input=story)
    assert plain.exit_code == 0 and as_md.exit_code == 1           # desk's fail-on = warning
    report = json.loads(as_md.stdout)
    assert report["files"][0]["path"] == "desk/story.md"
    assert json.loads(plain.stdout)["files"][0]["path"] == "-"
    # Markdown reader: the heading's '#' is markup, so offsets of the body differ
    lines = {f["line"] for f in report["files"][0]["findings"]}
    assert 3 in lines
    r = runner.invoke(app, ["check", "--stdin-filename", "desk/story.md", "--write-baseline", "base.json", "-"],
                      input=story)
    assert r.exit_code == 0 and "desk/story.md" in (tmp_path / "base.json").read_text()
    r = runner.invoke(app, ["check", "-f", "json", "--stdin-filename", "desk/story.md", "--baseline", "base.json", "-"],
                      input=story)
    data = json.loads(r.stdout)
    assert r.exit_code == 0 and data["summary"]["findings"] == 0 and data["summary"]["baselined"] >= 1
    bad = runner.invoke(app, ["check", "--stdin-filename", "x.md", "a.txt"])
    assert bad.exit_code == 2 and "--stdin-filename needs -" in bad.stderr


def _doc_commands(text):
    """The `tqcheck check ...` commands in a docs page (code blocks and YAML steps),
    continuation lines joined, anything after a pipe dropped."""
    text = text.replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        m = re.search(r"(?:^|run: |- |`|sh ')(tqcheck check [^`|']*)", line.strip())
        if m:
            out.append(m.group(1).strip())
    return out


def test_commands_in_docs_ci_run(tmp_path):
    import shlex
    import subprocess
    import sys
    from pathlib import Path

    commands = _doc_commands((ROOT / "docs" / "ci.md").read_text("utf-8"))
    assert len(commands) >= 6
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "story.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    exe = str(Path(sys.executable).parent / "tqcheck")
    for command in commands:
        args = shlex.split(command)
        r = subprocess.run([exe, *args[1:]], cwd=tmp_path, capture_output=True, text=True)
        assert r.returncode in (0, 1), (command, r.stderr)
        assert "error:" not in r.stderr, (command, r.stderr)
