"""tqcheck serve as a real server (uvicorn in a subprocess): a third-party LanguageTool
client (language-tool-python with remote_server), a slow client, and the web page driven
in headless Chromium (skipped when Debian's chromium or Playwright is missing)."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import types
import urllib.request

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from conftest import ROOT  # noqa: E402
from tqcheck.api import check_text  # noqa: E402
from tqcheck.config import Config  # noqa: E402

SEED = (ROOT / "seeds" / "efe-2022-02-04.txt").read_text("utf-8")
TIMEOUT = 4.0
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    cwd = tmp_path_factory.mktemp("serve")           # no project configuration up from here
    log = open(cwd / "server.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "tqcheck", "serve", "--port", str(port), "--workers", "1",
                             "--timeout", str(TIMEOUT)], cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"server exited: {log.read()}")
            try:
                with urllib.request.urlopen(url + "healthz", timeout=1) as r:
                    if json.load(r)["status"] == "ok":
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _expected(text, picky=False):
    return [f for f in check_text(text, Config()).findings if picky or f.severity.value != "info"]


@pytest.fixture
def lt(server, monkeypatch):
    ltp = pytest.importorskip("language_tool_python")
    import language_tool_python.server as lts

    class NoLocalLanguageTool:            # remote_server must never download LanguageTool or run Java
        def __init__(self, *a, **k):
            raise AssertionError("language-tool-python tried to set up a local LanguageTool")

    def no_java(*a, **k):
        raise AssertionError("language-tool-python tried to start a process (Java)")

    monkeypatch.setattr(lts, "LocalLanguageTool", NoLocalLanguageTool)
    monkeypatch.setattr(lts, "subprocess", types.SimpleNamespace(
        Popen=no_java, PIPE=subprocess.PIPE, DEVNULL=subprocess.DEVNULL, TimeoutExpired=subprocess.TimeoutExpired))
    tool = ltp.LanguageTool("en-US", remote_server=server)
    yield tool
    tool.close()


def test_language_tool_python_gets_the_seed_findings(lt):
    matches = lt.check(SEED)
    expected = _expected(SEED)
    assert len(expected) >= 15
    assert [(m.rule_id, m.offset, m.error_length) for m in matches] == \
        [(f.rule, f.start, f.end - f.start) for f in expected]
    for m, f in zip(matches, expected):
        assert SEED[m.offset:m.offset + m.error_length] == f.text
        assert m.message == __import__("unicodedata").normalize("NFKC", f.message)
    lt.picky = True
    assert len(lt.check(SEED)) == len(_expected(SEED, picky=True))


def test_language_tool_python_offsets_after_astral_characters(lt):
    text = "🎉 Fiesta 🎉 in town. The economy grew 4,7 percent, the minister assured that it works."
    matches = lt.check(text)
    expected = _expected(text)
    # language-tool-python turns LanguageTool's UTF-16 offsets into code-point offsets.
    assert [(m.rule_id, m.offset) for m in matches] == [(f.rule, f.start) for f in expected]
    assert {"TQ203", "TQ301"} <= {m.rule_id for m in matches}


def test_language_tool_python_rule_selection_and_correct(lt):
    text = "The economy grew 4,7 percent, the minister assured that it works."
    lt.disabled_rules = {"TQ301"}
    assert "TQ301" not in {m.rule_id for m in lt.check(text)}
    lt.disabled_rules = set()
    lt.enabled_categories = {"NUMBER_FORMAT"}
    lt.enabled_rules_only = True
    assert {m.rule_id for m in lt.check(text)} == {"TQ203"}
    lt.enabled_categories = set()
    lt.enabled_rules_only = False
    corrected = lt.correct(text)
    assert "4.7 percent" in corrected and "said that" in corrected


def test_a_slow_request_body_gets_408(server):
    host, port = server.split("//")[1].strip("/").split(":")
    with socket.create_connection((host, int(port)), timeout=TIMEOUT + 20) as s:
        s.sendall(b"POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  b"Content-Length: 100\r\n\r\ntext=abc")
        data = b""
        while True:
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep and b"content-length:" in head.lower():
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                if len(body) >= length:
                    break
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    assert head.split(b"\r\n")[0].split()[1] == b"408"
    assert json.loads(body)["error"]["status"] == 408


def _chromium():
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if path is None:
        pytest.skip("Debian's chromium is not installed")
    return path


@pytest.fixture(scope="module")
def browser():
    path = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.requests, pg.problems = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("console", lambda m: pg.problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.goto(server)
    yield pg
    assert all(u.startswith(server) or u.startswith("data:") for u in pg.requests), pg.requests
    assert pg.problems == []
    context.close()


# Waits use Playwright's locator assertions: wait_for_function would evaluate a string,
# which the page's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
def _expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def _settled(pg):
    _expect(pg.locator("#status")).to_have_text(re.compile("finding"), timeout=20_000)


def test_page_highlights_explains_and_applies_a_fix(page):
    page.click("#text")
    page.keyboard.type("The economy grew 4,7 percent, the minister assured that the reform works.", delay=10)
    page.wait_for_selector("#backdrop mark.cat-number-format", timeout=20_000)
    _settled(page)
    assert page.inner_text("#backdrop mark.cat-number-format") == "4,7"
    assert page.locator("#backdrop mark.cat-calque").inner_text() == "assured that"
    assert page.inner_text("#source").startswith("es")
    assert float(page.inner_text("#score")) < 100

    # Click on the highlighted words in the editor: the explanation and suggestions show.
    box = page.locator("#backdrop mark.cat-calque").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#detail:not([hidden]) .code:text('TQ301')")
    assert "said that" in page.inner_text("#detail")

    # Choose the number finding in the list and apply its safe fix.
    page.click("#findings li:has(.code:text('TQ203'))")
    page.click("#detail button.apply-fix")
    _expect(page.locator("#text")).to_have_value(re.compile(r"4\.7 percent"))
    page.wait_for_selector("#backdrop mark.cat-number-format", state="detached", timeout=20_000)
    _settled(page)

    # Use a suggestion for the calque; the text is checked again and comes back clean.
    page.click("#findings li:has(.code:text('TQ301'))")
    page.click("#detail button.apply-suggestion:has-text('said that')")
    _expect(page.locator("#status")).to_have_text("no findings", timeout=20_000)
    assert page.input_value("#text") == "The economy grew 4.7 percent, the minister said that the reform works."
    assert page.locator("#backdrop mark").count() == 0
    assert page.inner_text("#score") == "100.0"


def test_page_with_the_seed_loaded(page, tmp_path):
    page.fill("#text", SEED)
    page.wait_for_selector("#backdrop mark", timeout=20_000)
    _settled(page)
    findings = check_text(SEED, Config()).findings
    assert page.locator("#findings li").count() == len(findings)
    page.click("#findings li:has(.code:text('TQ403'))")
    page.evaluate("document.getElementById('text').scrollTop = 0")
    page.wait_for_timeout(200)
    shot = tmp_path / "serve-page.png"
    page.screenshot(path=str(shot))
    if os.environ.get("TQCHECK_UPDATE_SCREENSHOT"):
        shutil.copy(shot, ROOT / "docs" / "serve-page.png")
