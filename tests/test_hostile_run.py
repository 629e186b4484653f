"""Issue 17: no file can stop a run. A worker killed while checking a file (kill -9, the
OOM killer) and an exception inside the checker become that file's error; the other
files are still checked and reported, and the CLI exits 2 ("could not check")."""
from __future__ import annotations

import os
import signal

import pytest
from typer.testing import CliRunner

from tqcheck.api import check_paths
from tqcheck.cli import app
from tqcheck.run import parallel, single

TEXT = "The minister said in declarations to the press that the plan is ready. File {n}.\n"


@pytest.fixture
def folder(tmp_path):
    for n in range(12):
        (tmp_path / f"f{n:02d}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    return tmp_path


def _dies_on(name, how):
    real = parallel._check
    parent = os.getpid()

    def check(task, *args, **kwargs):
        if os.path.basename(task[0]) == name:
            if how == "kill" and os.getpid() != parent:
                os.kill(os.getpid(), signal.SIGKILL)
            if how == "raise":
                raise ZeroDivisionError("boom")
        return real(task, *args, **kwargs)

    return check


def test_killed_worker_loses_only_its_file(folder, monkeypatch):
    # f03: the worker is sent f00-f03 before the parent checks files itself (run.parallel)
    monkeypatch.setattr(parallel, "_check", _dies_on("f03.txt", "kill"))
    run = check_paths([str(folder)], jobs=2)
    assert [os.path.basename(e.path) for e in run.errors] == ["f03.txt"]
    assert "killed by SIGKILL" in run.errors[0].reason
    assert sorted(os.path.basename(r.path) for r in run.files) == [f"f{n:02d}.txt" for n in range(12) if n != 3]
    assert all(r.findings for r in run.files)


def test_killed_worker_exits_2_and_reports_the_others(folder, monkeypatch):
    # f01: the worker is sent f00-f03 before the parent checks files itself (run.parallel)
    monkeypatch.setattr(parallel, "_check", _dies_on("f01.txt", "kill"))
    res = CliRunner().invoke(app, ["check", str(folder), "-j", "2", "-f", "json"])
    assert res.exit_code == 2
    assert "f01.txt: could not check: the worker process checking it was killed by SIGKILL" in res.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_exception_in_one_file_is_that_files_error(folder, monkeypatch, jobs):
    real = single.check_path

    def check_path(path, *args, **kwargs):
        if path.endswith("f03.txt"):
            raise ZeroDivisionError("boom")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(single, "check_path", check_path)
    res = CliRunner().invoke(app, ["check", str(folder), "-j", str(jobs), "-q"])
    assert res.exit_code == 2, res.output
    assert "f03.txt: could not check: internal error ZeroDivisionError" in res.stderr
    assert "Traceback" not in res.output + res.stderr
    assert "Checked 11 files" in res.stdout


def test_exception_while_fixing_is_that_files_error(folder, monkeypatch):
    from tqcheck.run import fix as runfix

    real = runfix.fix_source

    def fix_source(source, *args, **kwargs):
        if source.path.endswith("f02.txt"):
            raise KeyError("boom")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(runfix, "fix_source", fix_source)
    res = CliRunner().invoke(app, ["check", "--fix", str(folder)])
    assert res.exit_code == 2
    assert "f02.txt: could not check: internal error KeyError" in res.stderr
    assert (folder / "f02.txt").read_text(encoding="utf-8") == TEXT.format(n=2)


def test_pool_from_a_thread(folder):
    import threading

    out = {}
    t = threading.Thread(target=lambda: out.setdefault("run", check_paths([str(folder)], jobs=2)))
    t.start()
    t.join(120)
    assert len(out["run"].files) == 12 and not out["run"].errors


def test_fork_map_survives_workers_dying_between_tasks():
    from tqcheck.run.pool import LOST, OK, fork_map

    def work(i):
        if i in (3, 7):
            os.kill(os.getpid(), signal.SIGKILL)
        return i * i

    got = {i: (status, value) for i, status, value in fork_map(work, range(20), 2, depth=3)}
    assert sorted(got) == list(range(20))
    assert {i for i, (status, _) in got.items() if status == LOST} == {3, 7}
    assert all(got[i] == (OK, i * i) for i in got if i not in (3, 7))
