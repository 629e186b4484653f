"""Start-up cost (issue 20): what a `tqcheck check` run loads, and that the shortcuts taken
for it change nothing a user sees."""
from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tqcheck.cli import _check_only_app, app

TEXT = "The minister said in declarations to the press that the plan is ready.\n"


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "tqcheck", *args], input=stdin, capture_output=True, text=True)


@pytest.mark.parametrize("args", [["check", "--help"], ["check"], ["check", "--no-such-option"],
                                  ["check", "-", "--fail-on", "maybe"], ["check", "-", "-q", "--fail-on", "never"]])
def test_check_only_tree_answers_as_the_full_tree(args):
    runner = CliRunner()
    full = runner.invoke(app, args, input=TEXT, prog_name="tqcheck", terminal_width=100)
    one = runner.invoke(_check_only_app(), args, input=TEXT, prog_name="tqcheck", terminal_width=100)
    assert (one.exit_code, one.stdout, one.stderr) == (full.exit_code, full.stdout, full.stderr)


def test_check_runs_and_other_commands_still_work():
    out = _cli("check", "-", "--fail-on", "never", "-q", "--select", "TQ3", stdin=TEXT)
    assert out.returncode == 0 and "TQ3" in out.stdout
    assert _cli("check", "--no-such-option").returncode == 2
    assert "TQ301" in _cli("rules").stdout
    assert _cli("--version").stdout.startswith("tqcheck ")
    top = _cli("--help").stdout
    assert all(name in top for name in ("check", "rules", "explain", "serve", "bitext"))


def test_a_check_run_imports_no_babel_and_no_other_commands():
    code = ("import sys, runpy; sys.argv = ['tqcheck', 'check', '-', '-q', '--fail-on', 'never']; "
            "sys.stdin = __import__('io').StringIO(" + repr(TEXT) + ")\n"
            "try:\n    runpy.run_module('tqcheck', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('babel' in sys.modules, 'tqcheck.server' in sys.modules, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "False False"


def test_family_modules_are_what_pkgutil_lists():
    import importlib
    import pkgutil

    from tqcheck.rules import __path__ as rules_path
    from tqcheck.rules import registry

    expected = []
    for m in pkgutil.iter_modules(rules_path):
        if m.name in registry._NOT_FAMILIES or m.name.startswith("_"):
            continue
        if not m.ispkg:
            expected.append(f"tqcheck.rules.{m.name}")
            continue
        package = importlib.import_module(f"tqcheck.rules.{m.name}")
        expected.extend(f"{package.__name__}.{r.name}" for r in pkgutil.iter_modules(package.__path__)
                        if r.name.startswith("tq") and not r.ispkg)
    assert registry.family_modules() == sorted(expected)
    assert len(expected) == len({r.check.__module__ for r in registry.all_rules()})


def test_family_modules_reads_module_files_and_packages(tmp_path):
    from tqcheck.rules.registry import _entries

    (tmp_path / "tq1_fam").mkdir()
    (tmp_path / "tq1_fam" / "__init__.py").write_text("")
    (tmp_path / "tq2_not_a_package").mkdir()
    (tmp_path / "__pycache__").mkdir()
    for name in ("tq901_one.py", "helpers.py", "notes.txt", "bad-name.py", "__init__.py"):
        (tmp_path / name).write_text("")
    assert sorted(_entries(str(tmp_path), packages=True)) == [
        ("helpers", False, str(tmp_path / "helpers.py")), ("tq1_fam", True, str(tmp_path / "tq1_fam")),
        ("tq901_one", False, str(tmp_path / "tq901_one.py"))]
    assert [e[0] for e in sorted(_entries(str(tmp_path), packages=False))] == ["helpers", "tq901_one"]
    assert _entries(str(tmp_path / "missing"), packages=True) == []


def test_a_check_run_leaves_the_collector_on_and_imports_no_pkgutil_or_tempfile():
    code = ("import sys, runpy, gc; sys.argv = ['tqcheck', 'check', '-', '-q', '--fail-on', 'never']; "
            "sys.stdin = __import__('io').StringIO(" + repr(TEXT) + ")\n"
            "try:\n    runpy.run_module('tqcheck', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(gc.isenabled(), [m for m in ('pkgutil', 'tempfile', 'random') if m in sys.modules], "
            "file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "True []"


def test_gc_hold_and_release():
    import gc

    from tqcheck.nlp import gcpause

    assert gc.isenabled()
    gcpause.hold()
    try:
        assert not gc.isenabled()
        with gcpause.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gcpause.release()
    assert gc.isenabled()
    gcpause.release()          # a second release changes nothing
    assert gc.isenabled()


def test_fork_map_with_the_parent_at_work_answers_every_index_once():
    from tqcheck.run.pool import OK, RAISED, can_fork, fork_map

    if not can_fork():
        pytest.skip("no fork")

    def func(i):
        if i == 7:
            raise ValueError("seven")
        return i * i

    got = {i: (status, value) for i, status, value in fork_map(func, range(30), 1, depth=3, local=True)}
    assert sorted(got) == list(range(30))
    assert got[7][0] == RAISED and "seven" in got[7][1]
    assert all(got[i] == (OK, i * i) for i in range(30) if i != 7)


def test_parallel_run_equals_serial_run(tmp_path):
    from tqcheck.api import check_paths
    from tqcheck.report import REPORTERS

    for n in range(9):
        (tmp_path / f"a{n}.txt").write_text(TEXT.replace("plan", f"plan {n}") * (n + 1), encoding="utf-8")
    one, two = check_paths([str(tmp_path)], jobs=1), check_paths([str(tmp_path)], jobs=2)
    assert REPORTERS["json"](one) == REPORTERS["json"](two)


def _same_code(a, b):
    assert a == b
    for name in ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_linetable",
                 "co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars"):
        assert getattr(a, name) == getattr(b, name), name
    inner_a = [c for c in a.co_consts if hasattr(c, "co_code")]
    inner_b = [c for c in b.co_consts if hasattr(c, "co_code")]
    assert len(inner_a) == len(inner_b)
    for x, y in zip(inner_a, inner_b):
        _same_code(x, y)


def test_shipped_dataclass_code_is_what_exec_compiles():
    from tqcheck.nlp import dataclass_code, dataclass_code_gen

    assert dataclass_code_gen.FACTORIES
    for source, function in dataclass_code_gen.FACTORIES:
        compiled = compile(source, "<string>", "exec", dont_inherit=True)   # as dataclasses does
        expected = next(c for c in compiled.co_consts if hasattr(c, "co_code"))
        _same_code(dataclass_code.as_if_executed(function.__code__), expected)


def test_shipped_dataclass_code_is_up_to_date():
    """When this fails after adding or editing a dataclass: python scripts/build_dataclass_code.py"""
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = subprocess.run([sys.executable, os.path.join(root, "scripts", "build_dataclass_code.py"), "--check"],
                         capture_output=True, text=True, cwd=root,
                         env={**os.environ, "PYTHONPATH": os.path.join(root, "scripts")})
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_dataclass_made_with_shipped_code_behaves_as_usual():
    import dataclasses

    from tqcheck.nlp import dataclass_code

    dataclass_code.install()
    assert dataclasses.exec is not exec       # routed (the CLI and this test install it)
    from tqcheck.nlp.dataclass_code_gen import FACTORIES

    # a class whose sources are shipped (findings.Hit) and one whose are not: same behaviour
    from tqcheck.findings import Hit

    assert any(s.startswith("def __create_fn__(") and "self.start" in s for s, _ in FACTORIES)
    hit = Hit(1, 4, "m")
    assert hit == Hit(1, 4, "m") and hit != Hit(1, 5, "m") and repr(hit).startswith("Hit(start=1, end=4")
    assert Hit.__init__.__code__.co_filename == "<string>"
    assert Hit.__init__.__qualname__ == "Hit.__init__"

    @dataclasses.dataclass(frozen=True)
    class Local:            # not shipped: compiled by exec as usual
        a: int
        b: str = "x"

    assert Local(1) == Local(1, "x") and hash(Local(1)) == hash(Local(1, "x"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        Local(1).a = 2
