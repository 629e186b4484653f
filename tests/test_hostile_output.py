"""Issue 17 item 6 (and SIGPIPE, item 8): reports stay well formed and safe whatever the
article or its file name holds, and whatever stdout can encode."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.dom.minidom

import pytest

from tqcheck.api import check_paths
from tqcheck.report import render_junit, render_text

HOSTILE = ("He said \x1b]0;PWNED\x07 in declarations to the press \x1b[2J that the "
           "\u202eevil\u202c plan\x0b is \x85 ready \U0001F600.\n")


@pytest.fixture
def hostile(tmp_path):
    name = tmp_path / "a\x1bb\x01.txt"
    name.write_text(HOSTILE, encoding="utf-8")
    return name


def test_junit_well_formed_with_controls_in_text_and_name(hostile):
    run = check_paths([str(hostile)], jobs=1)
    assert run.files[0].findings
    out = render_junit(run)
    xml.dom.minidom.parseString(out.encode("utf-8"))
    assert "\\x1b" in out


def test_text_report_never_passes_controls_or_bidi_overrides(hostile):
    out = render_text(check_paths([str(hostile)], jobs=1))
    for bad in ("\x1b", "\x07", "\x0b", "\x01", "\x85", "\u202e"):
        assert bad not in out
    assert "\\x1b]0;PWNED\\x07" in out and "\\u202e" in out


def test_caret_stays_under_the_span_after_escapes(hostile):
    lines = render_text(check_paths([str(hostile)], jobs=1), quiet=False).splitlines()
    i = next(i for i, line in enumerate(lines) if "TQ301" in line)
    excerpt, carets = lines[i + 1], lines[i + 2]
    col = carets.index("^")
    assert excerpt[col:col + carets.count("^")] == "in declarations to"


def _cli(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], capture_output=True,
                          env={**os.environ, **(env or {})}, **kw)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "html", "github", "diff"])
def test_ascii_stdout_does_not_crash(tmp_path, hostile, fmt):
    extra = tmp_path / "b.txt"
    extra.write_text("Caf\u00e9 \u201cquote\u201d in declarations to the press \u00a0 \U0001F600.\n",
                     encoding="utf-8")
    args = ["check", str(hostile), str(extra)] + (["--diff"] if fmt == "diff" else ["-f", fmt])
    res = _cli(*args, env={"PYTHONIOENCODING": "ascii"})
    assert b"Traceback" not in res.stderr, res.stderr.decode()
    assert res.returncode in (0, 1)
    res.stdout.decode("ascii")
    if fmt in ("json", "sarif"):
        json.loads(res.stdout)
    if fmt == "junit":
        xml.dom.minidom.parseString(res.stdout)


def test_sigpipe_exits_quietly(tmp_path):
    for n in range(30):
        (tmp_path / f"f{n}.txt").write_text("The minister said in declarations to the press that it is so.\n" * 200,
                                            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tqcheck", "check", str(tmp_path), "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert b"Traceback" not in err and b"Error" not in err, err.decode()
    assert proc.returncode == -13     # ended by SIGPIPE, as `cat` or `grep` would be (shell: 141)
