"""Punkt and the perceptron load without nltk/__init__, and a later `import nltk` still works."""
import subprocess
import sys

CODE = """
import sys
from tqcheck.api import check_text
r = check_text(open(sys.argv[1], encoding="utf-8").read())
assert any(f.rule.startswith("TQ4") for f in r.findings)      # the tagger ran
assert "nltk" not in sys.modules and "numpy" not in sys.modules
import nltk                                                     # the real package, afresh
from nltk.tokenize import TreebankWordTokenizer
assert hasattr(nltk, "data") and TreebankWordTokenizer().tokenize("It works.") == ["It", "works", "."]
print("ok")
"""


def test_light_import_leaves_nltk_importable():
    from conftest import SEED

    out = subprocess.run([sys.executable, "-c", CODE, str(SEED)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
