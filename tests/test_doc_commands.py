"""Every command shown in the README and docs/ runs and prints what the page says.

A ```console block holds commands (lines starting with ``$ ``; a line ending in ``\\``
continues on the next) each followed by its expected output. Commands run with bash from
the repository root, with this checkout's ``tqcheck`` first on PATH and standard error
merged into standard output; the root's path in the output is dropped (``docs/x.toml``). ``# exit N`` at the end of a command: it must exit with N
(otherwise 0). An expected line holding only ``…`` stands for any number of lines.
``<!-- doc-test: skip REASON -->`` on the line before a block skips it (installs,
servers). ``sh``/``bash``, ``yaml``, ``toml`` and ``json`` blocks are parse-checked.

    python tests/test_doc_commands.py --update   # rewrite the expected outputs in place
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ELLIPSIS = "…"
_FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w+-]*)")
_SKIP = re.compile(r"<!--\s*doc-test:\s*skip\b(.*?)-->")
_EXIT = re.compile(r"#\s*exit\s+(\d+)\b")
TIMEOUT = 60


def doc_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
    files += sorted((ROOT / "docs").rglob("*.md"))
    return [f for f in files if f.is_file()]


@dataclass
class Command:
    cmd: str
    expected: list[str]
    status: int


@dataclass
class Block:
    path: Path
    line: int                     # 1-based line of the opening fence
    lang: str
    body: list[str]               # the lines between the fences
    body_start: int               # 0-based index of the first body line in the file
    skip: str | None = None
    commands: list[Command] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> list[Block]:
    lines = path.read_text("utf-8").split("\n")
    out, i = [], 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang = m.group(1), m.group(2).lower()
        j = i + 1
        while j < len(lines) and not lines[j].startswith(fence[0] * len(fence)):
            j += 1
        prev = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        skip = _SKIP.search(prev)
        b = Block(path, i + 1, lang, lines[i + 1:j], i + 1, skip.group(1).strip() if skip else None)
        if lang == "console":
            b.commands = parse_console(b)
        out.append(b)
        i = j + 1
    return out


def parse_console(b: Block) -> list[Command]:
    cmds: list[Command] = []
    lines, k = b.body, 0
    while k < len(lines):
        line = lines[k]
        if not line.startswith("$ "):
            if cmds:
                cmds[-1].expected.append(line)
            elif line.strip():
                raise ValueError(f"{b.name}: output before the first `$ ` command: {line!r}")
            k += 1
            continue
        cmd = line[2:]
        while cmd.endswith("\\") and k + 1 < len(lines):
            k += 1
            cmd = cmd + "\n" + lines[k]
        m = _EXIT.search(cmd.rsplit("\n", 1)[-1])
        cmds.append(Command(cmd, [], int(m.group(1)) if m else 0))
        k += 1
    return cmds


def _normal(lines: list[str]) -> list[str]:
    out = [line.rstrip() for line in lines]
    while out and not out[-1]:
        out.pop()
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line after trailing spaces are dropped; a line ``…`` matches any run of lines."""
    exp, act = _normal(expected), _normal(actual)
    memo: dict[tuple[int, int], bool] = {}

    def go(i: int, j: int) -> bool:
        if (i, j) not in memo:
            if i == len(exp):
                r = j == len(act)
            elif exp[i].strip() == ELLIPSIS:
                r = any(go(i + 1, jj) for jj in range(j, len(act) + 1))
            else:
                r = j < len(act) and exp[i] == act[j] and go(i + 1, j + 1)
            memo[i, j] = r
        return memo[i, j]

    return go(0, 0)


def _env(bindir: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("GITHUB_STEP_SUMMARY", "FORCE_COLOR", "TERM", "COLUMNS") and not k.startswith("PYTEST")}
    env.update(PATH=bindir + os.pathsep + env.get("PATH", ""), NO_COLOR="1", LC_ALL="C.UTF-8",
               PYTHONHASHSEED="0", TZ="UTC", PYTHONIOENCODING="utf-8")
    return env


def _shim() -> str:
    """A folder whose ``tqcheck`` and ``python`` run this interpreter (the checkout under test)."""
    d = tempfile.mkdtemp(prefix="tqcheck-doc-")
    py = shlex.quote(sys.executable)
    for name, line in (("tqcheck", f'exec {py} -m tqcheck "$@"'), ("python", f'exec {py} "$@"'),
                       ("python3", f'exec {py} "$@"')):
        exe = os.path.join(d, name)
        with open(exe, "w", encoding="utf-8") as fh:
            fh.write(f"#!/bin/sh\n{line}\n")
        os.chmod(exe, 0o755)
    return d


def run_block(b: Block, env: dict[str, str]) -> list[tuple[Command, list[str], int]]:
    results = []
    for c in b.commands:
        p = subprocess.run(["bash", "-c", c.cmd], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=TIMEOUT)
        out = p.stdout.decode("utf-8", "replace").replace(str(ROOT) + os.sep, "")   # paths as in the repo
        results.append((c, out.split("\n"), p.returncode))
    return results


def run_all(todo: list[Block]) -> dict[str, list[tuple[Command, list[str], int]]]:
    bindir = _shim()
    try:
        env = _env(bindir)
        with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
            done = pool.map(lambda b: (b.name, run_block(b, env)), todo)
            return dict(done)
    finally:
        shutil.rmtree(bindir, ignore_errors=True)


def all_blocks() -> list[Block]:
    return [b for f in doc_files() for b in blocks(f)]


def console_blocks() -> list[Block]:
    return [b for b in all_blocks() if b.lang == "console" and b.skip is None]


# ---- updating -------------------------------------------------------------------------

def _updated(expected: list[str], actual: list[str]) -> list[str]:
    """New expected lines: the actual output, shortened the way the old text was (head … tail)."""
    if matches(expected, actual):
        return expected
    act = _normal(actual)
    exp = _normal(expected)
    cuts = [i for i, line in enumerate(exp) if line.strip() == ELLIPSIS]
    if not cuts:
        return act
    head, tail = cuts[0], len(exp) - cuts[-1] - 1
    if head + tail >= len(act):
        return act
    indent = exp[cuts[0]][: len(exp[cuts[0]]) - len(exp[cuts[0]].lstrip())]
    return act[:head] + [indent + ELLIPSIS] + (act[len(act) - tail:] if tail else [])


def update() -> int:
    todo = console_blocks()
    results = run_all(todo)
    changed = 0
    for path in doc_files():
        mine = [b for b in todo if b.path == path]
        if not mine:
            continue
        lines = path.read_text("utf-8").split("\n")
        for b in sorted(mine, key=lambda b: -b.body_start):
            body = []
            for c, out, status in results[b.name]:
                body += ["$ " + c.cmd.split("\n")[0]] + c.cmd.split("\n")[1:]
                body += _updated(c.expected, out)
                if status != c.status:
                    print(f"{b.name}: `{c.cmd}` exits {status}, the page says {c.status}: fix `# exit N` by hand")
            if body != b.body:
                lines[b.body_start:b.body_start + len(b.body)] = body
                changed += 1
        path.write_text("\n".join(lines), "utf-8")
    print(f"updated {changed} block(s)")
    return 0


# ---- tests ----------------------------------------------------------------------------

try:
    import pytest
except ImportError:          # python tests/test_doc_commands.py --update without pytest
    pytest = None

if pytest is not None:
    _CACHE: dict = {}
    _BLOCKS = console_blocks()          # parsed once: the tests and the run see the same blocks

    def _results():
        if "r" not in _CACHE:
            _CACHE["r"] = run_all(_BLOCKS)
        return _CACHE["r"]

    @pytest.mark.parametrize("block", _BLOCKS, ids=lambda b: b.name)
    def test_console_block_output(block):
        assert block.commands, f"{block.name}: a console block with no `$ ` command"
        for c, out, status in _results()[block.name]:
            assert status == c.status, f"{block.name}: `{c.cmd}` exited {status}, expected {c.status}:\n" + "\n".join(out)
            assert matches(c.expected, out), (
                f"{block.name}: `{c.cmd}` printed something else (python tests/test_doc_commands.py --update):\n"
                + "\n".join(_normal(out)))

    def test_console_blocks_exist_and_skips_give_a_reason():
        bs = all_blocks()
        assert any(b.lang == "console" for b in bs if b.path.name == "README.md")
        for b in bs:
            if b.skip is not None:
                assert b.skip, f"{b.name}: doc-test: skip needs a reason"

    def test_commands_only_in_console_blocks():
        """A `$ ` line in another block would escape testing."""
        for b in all_blocks():
            if b.lang != "console":
                assert not any(line.startswith("$ ") for line in b.body), f"{b.name}: use ```console for commands"

    def _parse(b: Block) -> None:
        text = "\n".join(b.body)
        if b.lang in ("sh", "bash", "shell"):
            shlex.split(text, comments=True)
            subprocess.run(["bash", "-n", "-c", text], check=True, capture_output=True)
        elif b.lang in ("yaml", "yml"):
            import yaml

            yaml.safe_load(text)
        elif b.lang == "toml":
            import tomllib

            tomllib.loads(text)
        elif b.lang == "json":
            json.loads(text)

    @pytest.mark.parametrize("block", [b for b in all_blocks() if b.lang in ("sh", "bash", "shell", "yaml", "yml", "toml", "json")],
                             ids=lambda b: b.name)
    def test_code_block_parses(block):
        if block.skip is not None:
            pytest.skip(block.skip)
        _parse(block)

    def test_block_parsing(tmp_path):
        page = tmp_path / "p.md"
        page.write_text("<!-- doc-test: skip starts a server -->\n\n```console\n$ tqcheck serve\n```\n\n"
                        "```console\n$ tqcheck check x \\\n  --quiet   # exit 2\nout\n\n$ true\n```\n", "utf-8")
        first, second = blocks(page)
        assert first.skip == "starts a server" and second.skip is None
        assert [(c.cmd, c.expected, c.status) for c in second.commands] == [
            ("tqcheck check x \\\n  --quiet   # exit 2", ["out", ""], 2), ("true", [], 0)]

    def test_ellipsis_matching():
        assert matches(["a", "…", "d"], ["a", "b", "c", "d  "])
        assert matches(["a", "  …"], ["a"]) and not matches(["a", "d"], ["a", "b", "d"])
        assert _updated(["a", "…", "z"], ["b", "x", "y", "q"]) == ["b", "…", "q"]


if __name__ == "__main__":
    if "--update" in sys.argv:
        raise SystemExit(update())
    print(__doc__)
