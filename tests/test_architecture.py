"""The shape of the code: import contracts (`lint-imports`, see .importlinter), module
sizes, and the public API names other code builds on."""
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

MAX_LINES = 400


def test_import_contracts_are_kept():
    """Layers (cli > evaluation, report > api > run > engine > rules > ...), the run
    layer's own layers, and no import cycle (function-level imports count too)."""
    pytest.importorskip("importlinter", reason="import-linter is in the test extra")
    exe = Path(sys.executable).with_name("lint-imports")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"]
    p = subprocess.run(cmd + ["--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-2000:]
    assert "0 broken" in p.stdout


def test_no_module_over_400_lines_outside_rules():
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "tqcheck").rglob("*.py")
           if "rules" not in p.relative_to(ROOT / "tqcheck").parts[:1]
           and (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert not big, f"split these modules (over {MAX_LINES} lines): {big}"


def test_public_api_names():
    from tqcheck import api

    for name in ("check_text", "check_file", "check_paths", "RunResult", "FileResult", "fix_paths"):
        assert hasattr(api, name), name
    import tqcheck

    assert tqcheck.check_text is api.check_text


def test_one_text_renderer():
    defs = [str(p.relative_to(ROOT)) for p in (ROOT / "tqcheck").rglob("*.py")
            if "\ndef render_text(" in p.read_text("utf-8")]
    assert defs == ["tqcheck/report/text.py"], defs


def test_quality_signature_names_rules_weights_and_version():
    from tqcheck.api import quality_signature
    from tqcheck.config import Config
    from tqcheck.version import __version__

    full = quality_signature(Config())
    assert full.startswith("rules:") and full.endswith(f"|version:{__version__}")
    assert "|weights:error=5,warning=1,info=0,punctuation_minor=0.1,untranslated=25|" in full
    assert quality_signature(Config(select=("TQ6",))) != full
    assert quality_signature(Config(weights={**Config().weights, "error": 3.0})) != full
    assert quality_signature(Config()) == full
