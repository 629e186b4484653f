"""Inputs that must not hang, exhaust memory or pass silently: FIFOs, devices, unreadable
folders, UTF-16, stdin given twice (issue 17)."""
import os
import stat
import sys

import pytest

from tqcheck.readers import base
from tqcheck.readers.base import InputError, collect_paths, read_path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file \\(a FIFO\\)"):
        read_path(str(fifo))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_character_device_is_refused():
    with pytest.raises(InputError, match="character device"):
        read_path("/dev/zero")


def test_file_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_INPUT_BYTES", 10)
    p = tmp_path / "big.txt"
    p.write_text("x" * 11)
    with pytest.raises(InputError, match="too large"):
        read_path(str(p))
    p.write_text("x" * 10)
    assert read_path(str(p)).text == "x" * 10


@pytest.mark.parametrize("data,kind", [
    ("The minister spoke.".encode("utf-16"), "UTF-16"),
    ("The minister spoke.".encode("utf-16-le"), "UTF-16"),
    ("The minister spoke.".encode("utf-16-be"), "UTF-16"),
    ("The minister spoke.".encode("utf-32"), "UTF-32"),
])
def test_utf16_and_utf32_are_named(tmp_path, data, kind):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=f"{kind} text; tqcheck reads UTF-8"):
        read_path(str(p))


def test_binary_is_still_binary(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x01\x02\x03")
    with pytest.raises(InputError, match="binary file"):
        read_path(str(p))


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root can list any folder")
def test_unreadable_subfolder_is_an_error_not_a_silent_gap(tmp_path):
    (tmp_path / "ok.txt").write_text("Fine.")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "story.txt").write_text("Hidden.")
    locked.chmod(0)
    try:
        paths, errors = collect_paths([str(tmp_path)])
    finally:
        locked.chmod(stat.S_IRWXU)
    assert paths == [str(tmp_path / "ok.txt")]
    assert errors and "folder not checked" in errors[0].reason


def test_unreadable_subfolder_reported_through_walk_errors(tmp_path, monkeypatch):
    """The same as above, for root (who can list anything): os.walk's error hook reports."""
    (tmp_path / "ok.txt").write_text("Fine.")
    real_walk = os.walk

    def walk(top, onerror=None, **kw):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(base.os, "walk", walk)
    paths, errors = collect_paths([str(tmp_path)])
    assert paths == [str(tmp_path / "ok.txt")]
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "locked"), "folder not checked: Permission denied")]


def test_stdin_given_twice_is_read_once():
    paths, errors = collect_paths(["-", "-"])
    assert paths == ["-"]
    assert errors[0].reason == "standard input given more than once"


def test_closed_stdin_is_an_input_error(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="standard input is closed"):
        base.read_stdin()


# --- Markdown structure that line patterns missed, and markup that went quadratic -------------
from tqcheck.readers.html import read_html  # noqa: E402
from tqcheck.readers.markdown import read_markdown  # noqa: E402


@pytest.mark.parametrize("source,prose", [
    ("Run `tqcheck ,\ncheck` now.", "Run \n now."),                 # code span across a line break
    ("One `a` two `b\nc` three", "One two \n three"),
    ("Para one.\r```\nx , y\n```\rAfter it.", "Para one.\n\nAfter it."),  # fence after a lone CR
    ("A `b\n\nc` d", "A `b\n\nc` d"),                                # a blank line ends the paragraph
])
def test_markdown_code_is_never_prose(source, prose):
    assert read_markdown(source, "x.md").document.text == prose


def test_fix_never_edits_inside_a_multiline_code_span(tmp_path):
    from tqcheck.api import check_file

    text = "The minister spoke on Monday.\nRun `tqcheck  --fix\nfarmers , which` here.\n"
    p = tmp_path / "a.md"
    p.write_text(text)
    code_start, code_end = text.index("`"), text.rindex("`") + 1
    assert check_text_md(text).count("farmers") == 0
    assert all(f.end <= code_start or f.start >= code_end for f in check_file(str(p)).findings)


def check_text_md(text):
    return read_markdown(text, "a.md").document.text
