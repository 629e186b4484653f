"""HTML report: severity marks and legend, the reader's plain text for Markdown and HTML
inputs, backticks as code, plurals, a table of contents and a working rule/severity
filter (checked in headless Chromium when Debian's chromium and Playwright are present)."""
import os
import re
import shutil

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app

from conftest import SEED

runner = CliRunner()
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def _page(tmp_path, monkeypatch, *files):
    monkeypatch.chdir(tmp_path)
    for name, text in files:
        (tmp_path / name).write_text(text, "utf-8")
    r = runner.invoke(app, ["check", "-f", "html", "--fail-on", "never", *(n for n, _ in files)])
    assert r.exit_code == 0, r.stderr
    return r.stdout


def _text_blocks(page):
    blocks = re.findall(r'<div class="text">(.*?)</div>', page, re.S)
    return [re.sub(r"<[^>]+>", "", re.sub(r'<span class="tip".*?</span></mark>', "", b, flags=re.S)) for b in blocks]


def test_markdown_and_html_inputs_show_the_plain_text(tmp_path, monkeypatch):
    page = _page(tmp_path, monkeypatch,
                 ("a.md", "# The the vote\n\nThe talks ended **on Friday** and the the minister left.\n"),
                 ("b.html", "<html><body><h1>Vote</h1><p>The the minister <b>left</b> early.</p></body></html>\n"))
    md, html = _text_blocks(page)
    assert "#" not in md and "**" not in md and "on Friday and" in md
    assert "<p>" not in html and "&lt;" not in html and "The the minister left early." in html
    marks = re.findall(r'<mark class="tq[^"]*"[^>]*>([^<]*)<span class="tip"', page)
    assert marks == ["The the", "the the", "The the"]          # highlights on the plain text
    assert "markup removed" in page


def test_severity_legend_marks_backticks_plurals_and_toc(monkeypatch):
    page = runner.invoke(app, ["check", "-f", "html", "--fail-on", "never", str(SEED)]).stdout
    for sev in ("error", "warning", "info"):
        assert f'class="sevkey s-{sev}"' in page and f'<span class="sev s-{sev}">{sev}</span>' in page
        assert f"mark.tq.s-{sev}::before" in page
    assert "1 file, 23 findings" in page and "1 files" not in page
    assert '<code class="msg">date 2022-02-04</code>' in page
    assert not re.search(r"<td>[^<]*`", page)                     # no literal backticks in messages
    assert '<nav class="toc">' in page and 'href="#file-1"' in page
    assert '<select id="f-rule">' in page and 'value="TQ301"' in page


def test_filter_in_headless_chromium(tmp_path):
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if path is None:
        pytest.skip("Debian's chromium is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    html = tmp_path / "r.html"
    html.write_text(runner.invoke(app, ["check", "-f", "html", "--fail-on", "never", str(SEED)]).stdout, "utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, headless=True)
        try:
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html.as_uri())
            visible_rows = "document.querySelectorAll('tr[data-rule]:not(.off)').length"
            lit = "document.querySelectorAll('mark.tq:not(.off)').length"
            assert page.evaluate(visible_rows) == 23
            page.select_option("#f-rule", "TQ301")
            assert page.evaluate(visible_rows) == 9
            assert 0 < page.evaluate(lit) < 23
            page.select_option("#f-rule", "")
            page.uncheck('.filter input[data-sev="warning"]')
            assert page.evaluate(visible_rows) == 7                # 3 errors + 4 info
            assert errors == []
        finally:
            browser.close()
