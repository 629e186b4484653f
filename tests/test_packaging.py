"""Packaging: every code package is listed in pyproject, and data ships with the package."""
import tomllib
from importlib import resources
from pathlib import Path

from conftest import ROOT


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "tqcheck").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_shipped_data_is_readable_from_the_installed_package():
    assert resources.files("tqcheck.nlp").joinpath("data/punkt_en.json").is_file()
    assert resources.files("tqcheck.corpora").is_dir()


def test_built_wheel_ships_code_and_data_but_not_the_evaluation_gold(tmp_path):
    """`pip wheel` of this checkout: the version comes from tqcheck/version.py, every rule case
    file and the precompiled lexicons ship, the evaluation sets (corpora/eval) do not."""
    import subprocess
    import sys
    import zipfile

    from tqcheck.version import __version__

    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("tqcheck-*.whl"))
    assert wheel.name.startswith(f"tqcheck-{__version__}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not [n for n in names if n.startswith("tqcheck/corpora/eval/")]
    assert "tqcheck/corpora/lexicons.jsonl" in names
    cases = {str(p.relative_to(ROOT)) for p in (ROOT / "tqcheck" / "rules").glob("*/cases/*.toml")}
    assert cases and cases <= names
