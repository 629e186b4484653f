"""Relative links in the README and docs/ point at files and headings that exist; the README
stays short and its Python version is the one pyproject.toml requires."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^(`{3,}|~{3,})")


def doc_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", ROOT / "CHANGELOG.md"]
    return [f for f in files if f.is_file()] + sorted((ROOT / "docs").rglob("*.md"))


def _prose(text: str) -> list[str]:
    """The lines outside fenced code blocks."""
    out, fence = [], None
    for line in text.split("\n"):
        m = _FENCE.match(line)
        if fence is None and m:
            fence = m.group(1)
        elif fence is not None and line.startswith(fence):
            fence = None
        elif fence is None:
            out.append(line)
    return out


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces to `-`."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)       # link text only
    text = re.sub(r"<[^>]+>", "", text).lower()
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in " -_" or cat[0] in "LN":
            kept.append("-" if ch == " " else ch)
    return "".join(kept)


def anchors(path: Path) -> set[str]:
    seen: dict[str, int] = {}
    out = set()
    for line in _prose(path.read_text("utf-8")):
        m = _HEADING.match(line)
        if not m:
            continue
        s = slug(m.group(2))
        n = seen.get(s, 0)
        seen[s] = n + 1
        out.add(s if n == 0 else f"{s}-{n}")
    return out


def links(path: Path) -> list[str]:
    text = "\n".join(_prose(path.read_text("utf-8")))
    text = re.sub(r"`[^`\n]*`", "", text)                     # code spans are not links
    return _LINK.findall(text)


def test_slug_is_githubs():
    assert slug("TQ1xx — punctuation and typography") == "tq1xx--punctuation-and-typography"
    assert slug("`tqcheck check --show-rewrites`") == "tqcheck-check---show-rewrites"
    assert slug("Figures (2026-12-05, 2-core VM)") == "figures-2026-12-05-2-core-vm"


@pytest.mark.parametrize("path", doc_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(path):
    bad = []
    for target in links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):     # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        dest = (path.parent / file_part).resolve() if file_part else path
        if not dest.exists():
            bad.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            bad.append(f"{target}: no heading with anchor #{anchor} in {dest.relative_to(ROOT)}")
    assert not bad, f"{path.relative_to(ROOT)}: " + "; ".join(bad)


def test_readme_is_short():
    assert (ROOT / "README.md").stat().st_size <= 15 * 1024, "README.md over 15 KB: move detail to docs/"


def test_readme_python_version_is_pyprojects():
    """Every "Python 3.N or newer" in the README says what pyproject.toml requires."""
    required = re.search(r'^requires-python\s*=\s*">=\s*(3\.\d+)"', (ROOT / "pyproject.toml").read_text("utf-8"), re.M)
    said = re.findall(r"Python (3\.\d+) or newer", (ROOT / "README.md").read_text("utf-8"))
    assert required and said and set(said) == {required.group(1)}, (said, required)


def _pyproject_urls() -> dict[str, str]:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    table = text.split("[project.urls]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r'^"?([\w -]+?)"?\s*=\s*"([^"]+)"', table, re.M))


def test_sarif_help_uri_comes_from_pyproject_and_names_a_rule_section():
    """helpUri = [project.urls] Repository + the version's docs/rules.md + the rule's anchor."""
    import json

    from typer.testing import CliRunner

    from tqcheck.cli import app
    from tqcheck.report import common
    from tqcheck.version import __version__

    repo = _pyproject_urls()["Repository"]
    assert common.REPO_URL == repo, "the fallback in tqcheck/report/common.py must equal pyproject.toml's"
    assert common.repository_url() == repo
    r = CliRunner().invoke(app, ["check", "-f", "sarif", "--fail-on", "never", "-"], input="The the vote.\n")
    rules = json.loads(r.stdout)["runs"][0]["tool"]["driver"]["rules"]
    sections = anchors(ROOT / "docs" / "rules.md")
    assert rules
    for rule in rules:
        assert rule["helpUri"] == f"{repo}/blob/v{__version__}/docs/rules.md#{rule['id'].lower()}"
        assert rule["id"].lower() in sections


def test_repository_url_falls_back_without_metadata(monkeypatch):
    import importlib.metadata as md

    from tqcheck.report import common

    def missing(name):
        raise md.PackageNotFoundError(name)

    monkeypatch.setattr(md, "metadata", missing)
    monkeypatch.setattr(common, "_REPO", None)
    assert common.repository_url() == common.REPO_URL


def test_readme_keeps_the_blocks_other_tools_read():
    """.ci/run runs the two Quickstart commands; the lead refreshes the performance figures."""
    text = (ROOT / "README.md").read_text("utf-8")
    for name in ("quickstart-install", "quickstart-test"):
        block = re.search(rf"<!-- {name} -->\n```sh\n(.+)\n```\n<!-- /{name} -->", text)
        assert block and "\n" not in block.group(1), name
    assert "<!-- performance figures: from docs/performance.md -->" in text
