"""Release: the changelog lists the current version; the sdist and wheel build and pass
`twine check` (scripts/release_check.sh also installs the wheel in a clean venv)."""
import re
import subprocess
import sys

import pytest

from conftest import ROOT


def test_changelog_lists_this_version():
    from tqcheck.version import __version__

    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", text, re.M)
    assert versions and versions[0] == __version__


def test_sdist_and_wheel_build_and_pass_twine_check(tmp_path):
    pytest.importorskip("build")
    pytest.importorskip("twine")
    subprocess.run([sys.executable, "-m", "build", "--quiet", "--outdir", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    dists = sorted(p.name for p in tmp_path.iterdir())
    assert len(dists) == 2 and {d.rsplit(".", 1)[-1] for d in dists} == {"gz", "whl"}
    r = subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, tmp_path.iterdir())],
                       capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.count("PASSED") == 2, r.stdout + r.stderr
