"""The pre-commit hook and the GitHub Action: they parse, and the action checks changed files."""
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT


def test_pre_commit_hook_definition():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "tqcheck" and hook["entry"] == "tqcheck check" and hook["language"] == "python"
    rx = re.compile(hook["files"])
    assert rx.search("news/a.md") and rx.search("b.html") and rx.search("c.txt") and not rx.search("d.py")


def test_action_definition_passes_every_input_to_the_script():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    env = steps[-1]["env"]
    script = (ROOT / "action" / "run.sh").read_text()
    for name in env:
        assert name in script
    used = {m.group(1) for m in re.finditer(r"inputs\.([a-z-]+)", (ROOT / "action.yml").read_text())}
    assert used == set(action["inputs"])


def _git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def _action(cwd, **env):
    full = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", **env)
    return subprocess.run(["bash", str(ROOT / "action" / "run.sh")], cwd=cwd, env=full,
                          capture_output=True, text=True)


def test_action_checks_only_changed_article_files(tmp_path):
    repo = tmp_path / "repo"
    (repo / "news").mkdir(parents=True)
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    (repo / "news" / "old.txt").write_text("The the old story.\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "one")
    before = _git(repo, "rev-parse", "HEAD")
    (repo / "news" / "new story.md").write_text("# Vote\n\nThe the new story.\n")
    (repo / "news" / "notes.py").write_text("x = 1\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "two")

    r = _action(repo, GITHUB_EVENT_NAME="push", TQ_BEFORE=before, TQ_ARGS="--fail-on warning")
    assert r.returncode == 1, r.stderr
    assert "::warning file=news/new story.md,line=3,col=1," in r.stdout
    assert "old.txt" not in r.stdout and "notes.py" not in r.stdout

    r = _action(repo, GITHUB_EVENT_NAME="push", TQ_BEFORE=before, TQ_SARIF="out.sarif")
    assert r.returncode == 0 and (repo / "out.sarif").read_text().count('"ruleId": "TQ605"') == 1

    r = _action(repo, GITHUB_EVENT_NAME="push", TQ_BEFORE="0" * 40, TQ_PATHS="news")
    assert "news/old.txt" in r.stdout and "news/new story.md" in r.stdout   # no base: everything

    (repo / "news" / "notes.py").write_text("y = 2\n")
    _git(repo, "commit", "-qam", "three")
    r = _action(repo, GITHUB_EVENT_NAME="push", TQ_BEFORE=_git(repo, "rev-parse", "HEAD~1"))
    assert r.returncode == 0 and "no changed article files" in r.stdout
