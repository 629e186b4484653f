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
