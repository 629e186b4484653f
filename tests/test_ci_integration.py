"""The pre-commit hook and the GitHub Action: they parse, and the action checks changed files."""
import json
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


def _repo(tmp_path):
    """A clone of an 'origin' with a main branch, and a topic branch that adds an article
    (name with a space), a non-article file, and leaves an old article unchanged."""
    origin, repo = tmp_path / "origin", tmp_path / "repo"
    (origin / "news").mkdir(parents=True)
    _git(origin, "init", "-q", "-b", "main")
    _git(origin, "config", "user.email", "ci@example.org")
    _git(origin, "config", "user.name", "CI")
    (origin / "news" / "old.txt").write_text("The the old story.\n")
    _git(origin, "add", "-A")
    _git(origin, "commit", "-qm", "one")
    _git(tmp_path, "clone", "-q", str(origin), str(repo))
    _git(repo, "config", "user.email", "ci@example.org")
    _git(repo, "config", "user.name", "CI")
    _git(repo, "checkout", "-qb", "topic")
    return repo


def _github_env(tmp_path, event_name, **extra):
    """A fake GitHub Actions environment: event file, summary and output files."""
    gh = tmp_path / "gh"
    gh.mkdir(exist_ok=True)
    event = gh / "event.json"
    event.write_text(json.dumps({"pull_request": {"base": {"ref": "main"}}} if event_name.startswith("pull")
                                else {"before": "0" * 40}))
    for name in ("summary.md", "output.txt"):
        (gh / name).write_text("")
    env = dict(GITHUB_ACTIONS="true", GITHUB_EVENT_NAME=event_name, GITHUB_EVENT_PATH=str(event),
               GITHUB_STEP_SUMMARY=str(gh / "summary.md"), GITHUB_OUTPUT=str(gh / "output.txt"),
               GITHUB_WORKSPACE=str(tmp_path / "repo"), RUNNER_TEMP=str(gh))
    if event_name.startswith("pull"):
        env["GITHUB_BASE_REF"] = "main"
    env.update(extra)
    return env, gh


def test_action_end_to_end_pull_request_with_and_without_changed_articles(tmp_path):
    repo = _repo(tmp_path)
    (repo / "news" / "notes.py").write_text("x = 1\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "code only")

    # no changed article: success, and the promised SARIF is still written (an empty run)
    env, gh = _github_env(tmp_path, "pull_request", TQ_SARIF="out dir/tq.sarif")
    (repo / "out dir").mkdir()
    r = _action(repo, **env)
    assert r.returncode == 0, r.stderr
    assert "no changed article files" in r.stdout
    sarif = json.loads((repo / "out dir" / "tq.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    assert "sarif-category=tqcheck-pr" in (gh / "output.txt").read_text()
    assert "no changed article files" in (gh / "summary.md").read_text()

    # a changed article whose name has a space; args one per line, one with a space
    (repo / "news" / "new story.md").write_text("# Vote\n\nThe the new story.\n")
    (repo / "house book.toml").write_text("")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "article")
    env, gh = _github_env(tmp_path, "pull_request", TQ_SARIF="tq.sarif",
                          TQ_ARGS="--fail-on\nwarning\n--accept-file\nhouse book.toml\n")
    (repo / "house book.toml").write_text("Vote\n")
    r = _action(repo, **env)
    assert r.returncode == 1, r.stderr
    assert "::warning file=news/new story.md,line=3,col=1," in r.stdout
    assert "old.txt" not in r.stdout and "notes.py" not in r.stdout
    results = json.loads((repo / "tq.sarif").read_text())["runs"][0]["results"]
    assert [x["ruleId"] for x in results] == ["TQ605"]          # one run wrote both outputs
    summary = (gh / "summary.md").read_text()
    assert "news/new story.md" in summary and "TQ605" in summary


def test_action_end_to_end_push_scans_everything(tmp_path):
    repo = _repo(tmp_path)
    (repo / "news" / "new story.md").write_text("# Vote\n\nThe the new story.\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "two")
    env, gh = _github_env(tmp_path, "push", TQ_PATHS="news\n", TQ_SARIF="tq.sarif")
    r = _action(repo, **env)
    assert r.returncode == 0, r.stderr
    assert "news/old.txt" in r.stdout and "news/new story.md" in r.stdout
    uris = {x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for x in json.loads((repo / "tq.sarif").read_text())["runs"][0]["results"]}
    assert uris == {"news/old.txt", "news/new%20story.md"}
    assert "sarif-category=tqcheck\n" in (gh / "output.txt").read_text()


def test_action_script_does_not_word_split_or_glob_args():
    script = (ROOT / "action" / "run.sh").read_text()
    assert "read -r -a" not in script and "mapfile -t -d ''" in script
    assert script.count("tqcheck check --format \"${TQ_FORMAT") == 1   # one run for every output
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    cache = next(s for s in action["runs"]["steps"] if s.get("uses", "").startswith("actions/cache@"))
    assert "pip-key" in cache["with"]["key"] and "pip-key" in cache["with"]["path"]
