"""Punkt and the perceptron load without nltk/__init__ (and without the NLTK modules they
never call), give the same results as with real NLTK, and a later `import nltk` still works."""
import subprocess
import sys

import pytest

CODE = """
import sys
from tqcheck.api import check_text
r = check_text(open(sys.argv[1], encoding="utf-8").read())
assert any(f.rule.startswith("TQ4") for f in r.findings)      # the tagger ran
assert "nltk" not in sys.modules and "numpy" not in sys.modules
assert not any(m.startswith("nltk.") for m in sys.modules)      # no stand-in left behind
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


# Every sentence span and every tag of the seed, the dev corpus and tests/data, first
# with the light import (stand-ins for the unused modules), then with the same classes
# imported by a real `import nltk`: they must agree.
SAME_AS_REAL_NLTK = """
import sys
from tqcheck.document import Document
from tqcheck.nlp import sentences, tagger

def run(paths):
    out = []
    for path in paths:
        doc = Document(open(path, encoding="utf-8").read())
        out.append(doc.sentences)
        view = tagger.pos_view(doc)
        out.append([view.tags(i) for i in range(len(doc.sentence_tokens()))])
    return out

paths = sys.argv[1:]
light = run(paths)
assert "nltk" not in sys.modules
import nltk
sentences._punkt_tokenizer.cache_clear()
tagger.load_tagger.cache_clear()
real = run(paths)
assert type(tagger.load_tagger()).__module__ == "nltk.tag.perceptron"
assert sys.modules["nltk.tag.perceptron"].PerceptronTagger is type(tagger.load_tagger())
assert light == real
print(sum(len(s) for s in light[::2]), "sentences")
"""


def test_stand_ins_change_nothing_on_the_corpora():
    from conftest import ROOT, SEED

    paths = [SEED, *sorted((ROOT / "corpora" / "eval").rglob("*.txt")), *sorted((ROOT / "tests" / "data").glob("*.txt"))]
    out = subprocess.run([sys.executable, "-c", SAME_AS_REAL_NLTK, *map(str, paths)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[0]) > 1000


def test_unused_modules_are_inert_stand_ins():
    from tqcheck.nlp.nltk_light import UNUSED_MODULES, NotLoadedError, _stand_in

    for name in UNUSED_MODULES:
        module = _stand_in(name)
        with pytest.raises(NotLoadedError, match=name.replace(".", r"\.") + r"\.anything"):
            module.anything()
        with pytest.raises(AttributeError):
            module.__wrapped__  # noqa: B018 (dunder lookups are not stood in for)
    # The one attribute used at import time: nltk.tag.api decorates with `deprecated`.
    assert _stand_in("nltk.internals").deprecated("message")(len) is len


def test_what_tqcheck_never_calls_fails_loudly():
    code = """
from tqcheck.nlp.nltk_light import NotLoadedError
from tqcheck.nlp.sentences import _punkt_tokenizer
from tqcheck.nlp.tagger import load_tagger
for func in (type(_punkt_tokenizer()).__init__, type(load_tagger()).__init__):
    stand_in = func.__globals__["safe_print"]   # the class's module keeps its stand-ins
    try:
        stand_in("x")
    except NotLoadedError:
        print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ok", "ok"]


def test_an_nltk_that_calls_a_stand_in_at_import_gets_the_real_module():
    code = """
import sys
from tqcheck.nlp import nltk_light
# Pretend nltk.tag.api's `@deprecated(...)` were an unforeseen import-time call.
real_stand_in = nltk_light._stand_in
def stand_in_without_deprecated(name):
    module = real_stand_in(name)
    module.__dict__.pop("deprecated", None)
    return module
nltk_light._stand_in = stand_in_without_deprecated
perceptron = nltk_light.import_module("nltk.tag.perceptron")
deprecated = perceptron.TaggerI.tag.__globals__["deprecated"]   # as nltk.tag.api sees it
assert deprecated.__module__ == "nltk.internals", deprecated    # the real function
assert not any(m == "nltk" or m.startswith("nltk.") for m in sys.modules)
tagger = perceptron.PerceptronTagger(load=False)
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
