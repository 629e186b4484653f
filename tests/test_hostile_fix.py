"""Issue 17 item 5: what `--fix` refuses and what it keeps."""
from __future__ import annotations

import os
import signal
import stat

import pytest
from typer.testing import CliRunner

from tqcheck.cli import app
from tqcheck.run import atomic
from tqcheck.run import fix as runfix

BAD = "The the vote ended, and and the count began.\n"


def _fix(*args):
    return CliRunner().invoke(app, ["check", "--fix", *map(str, args)])


def _leftovers(folder):
    return [p for p in os.listdir(folder) if p.endswith(".tqfix")]


def test_fix_writes_and_keeps_mode_owner_group(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(BAD, encoding="utf-8")
    os.chmod(story, 0o640)
    st = os.stat(story)
    res = _fix(story)
    assert res.exit_code == 0, res.output
    new = os.stat(story)
    assert story.read_text(encoding="utf-8") != BAD
    assert stat.S_IMODE(new.st_mode) == 0o640
    assert (new.st_uid, new.st_gid) == (st.st_uid, st.st_gid)


def test_file_changed_while_checked_is_not_overwritten(tmp_path, monkeypatch):
    story = tmp_path / "a.txt"
    story.write_text(BAD, encoding="utf-8")
    real = runfix.fix_source

    def edit_meanwhile(source, *args, **kwargs):
        out = real(source, *args, **kwargs)
        story.write_text(BAD + "An editor's new line.\n", encoding="utf-8")
        return out

    monkeypatch.setattr(runfix, "fix_source", edit_meanwhile)
    res = _fix(story)
    assert res.exit_code == 2
    assert "changed while it was checked" in res.stderr
    assert story.read_text(encoding="utf-8") == BAD + "An editor's new line.\n"
    assert not _leftovers(tmp_path)


def test_same_size_same_mtime_edit_is_caught_by_content(tmp_path, monkeypatch):
    story = tmp_path / "a.txt"
    story.write_text(BAD, encoding="utf-8")
    real = runfix.fix_source

    def edit_in_place(source, *args, **kwargs):
        out = real(source, *args, **kwargs)
        st = os.stat(story)
        with open(story, "r+b") as fh:           # same inode, same size
            fh.write(b"X")
        os.utime(story, ns=(st.st_atime_ns, st.st_mtime_ns))   # and the old mtime
        return out

    monkeypatch.setattr(runfix, "fix_source", edit_in_place)
    res = _fix(story)
    assert res.exit_code == 2
    assert story.read_bytes().startswith(b"Xhe the")


def test_symlink_out_of_the_tree_is_refused_unless_allowed(tmp_path):
    tree, outside = tmp_path / "tree", tmp_path / "elsewhere"
    tree.mkdir()
    outside.mkdir()
    target = outside / "b.txt"
    target.write_text(BAD, encoding="utf-8")
    (tree / "link.txt").symlink_to(target)
    (tree / "own.txt").write_text(BAD, encoding="utf-8")
    res = _fix(tree)
    assert res.exit_code == 2
    assert "outside the checked tree" in res.stderr and "--fix-follow-symlinks" in res.stderr
    assert target.read_text(encoding="utf-8") == BAD
    assert (tree / "own.txt").read_text(encoding="utf-8") != BAD      # the other file is fixed
    res = CliRunner().invoke(app, ["check", "--fix", "--fix-follow-symlinks", str(tree)])
    assert target.read_text(encoding="utf-8") != BAD
    assert (tree / "link.txt").is_symlink()


def test_symlink_inside_the_tree_is_fixed_through(tmp_path):
    (tmp_path / "real.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "alias.txt").symlink_to(tmp_path / "real.md")
    res = _fix(tmp_path / "sub" / "alias.txt", )
    assert "outside the checked tree" in res.stderr          # given by name: its folder is the tree
    res = _fix(tmp_path)
    assert res.exit_code == 0, res.stderr
    assert (tmp_path / "sub" / "alias.txt").is_symlink()
    assert (tmp_path / "real.md").read_text(encoding="utf-8") != BAD


def test_hard_links_are_refused_not_split(tmp_path):
    story = tmp_path / "a.txt"
    story.write_text(BAD, encoding="utf-8")
    os.link(story, tmp_path / "b.data")
    res = _fix(story)
    assert res.exit_code == 2 and "hard links" in res.stderr
    assert story.read_text(encoding="utf-8") == BAD
    assert os.stat(story).st_nlink == 2


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_signal_during_write_leaves_no_temp_file(tmp_path, monkeypatch, sig):
    story = tmp_path / "a.txt"
    story.write_text(BAD, encoding="utf-8")
    real_fsync = os.fsync

    def fsync_then_signal(fd):
        real_fsync(fd)
        os.kill(os.getpid(), sig)

    monkeypatch.setattr(atomic.os, "fsync", fsync_then_signal)
    with pytest.raises((SystemExit, KeyboardInterrupt)):
        atomic.write_atomic(str(story), b"partial", expect=(os.stat(story), BAD.encode()))
    assert story.read_text(encoding="utf-8") == BAD
    assert not _leftovers(tmp_path)


def test_tree_given_with_dot_slash_and_trailing_slash(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "real.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "a" / "link.txt").symlink_to("../b/real.txt")
    monkeypatch.chdir(tmp_path.parent)
    res = _fix(f"./{tmp_path.name}/")
    assert res.exit_code == 0, res.stderr
    assert (tmp_path / "b" / "real.txt").read_text(encoding="utf-8") != BAD
