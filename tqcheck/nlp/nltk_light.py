"""Import single NLTK modules without running ``nltk/__init__.py``.

``import nltk`` imports most of the toolkit (numpy, the metrics, the corpus readers)
and costs about 0.6 s; tqcheck needs two modules, Punkt and the averaged perceptron.
When NLTK is not imported yet, this module puts bare placeholder packages for ``nltk``
and the sub-packages on the way in ``sys.modules``, imports the wanted module, then
removes every ``nltk`` entry it added from ``sys.modules`` again (the classes keep
working through their own module globals), so a later ``import nltk`` anywhere in the
process imports NLTK afresh.

Even alone, ``nltk.tokenize.punkt`` and ``nltk.tag.perceptron`` import modules that only
serve training, model files, pickles, downloads, evaluation and printing
(``nltk.data`` pulls in the grammar and semantics packages, ``nltk.pathsec`` urllib,
http and ssl, ``nltk.tokenize.util`` xml.sax, which pulls urllib again). tqcheck never
takes those paths: it builds ``PunktSentenceTokenizer`` from parameters in memory and
calls ``span_tokenize``, and builds ``PerceptronTagger(load=False)`` and calls ``tag``.
While importing, each module in ``UNUSED_MODULES`` is therefore an inert stand-in whose
every attribute is a function raising ``NotLoadedError``: a use nobody foresaw fails
loudly instead of behaving differently (tests/test_nltk_light.py checks both classes on
whole corpora with these stand-ins). The stand-ins leave ``sys.modules`` with the rest.
Should an NLTK version call one of them while being imported, the import is retried
with the real modules (slower, same behaviour).
"""
from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
import types

_LOCK = threading.Lock()

# Imported by Punkt / the perceptron (or the API base classes they derive from) but never
# called on tqcheck's paths; what each one serves is noted alongside.
UNUSED_MODULES = (
    "nltk.data",            # perceptron: finding, loading and saving model files
    "nltk.internals",       # TaggerI.tag/TokenizerI.tokenize defaults; `deprecated` (see below)
    "nltk.metrics",         # TaggerI.accuracy / confusion
    "nltk.pathsec",         # reading and writing model and parameter files
    "nltk.picklesec",       # Punkt: loading pickled parameters
    "nltk.probability",     # Punkt: FreqDist, for training only
    "nltk.tabdata",         # Punkt: saving parameters as tab files
    "nltk.termsec",         # safe_print, for training and debugging output
    "nltk.tokenize.util",   # TokenizerI.span_tokenize default (Punkt overrides it)
)


class NotLoadedError(RuntimeError):
    """An NLTK function was used that tqcheck's light import leaves out."""


def _placeholder(name: str) -> types.ModuleType:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError(f"cannot find package {name}")
    module = types.ModuleType(name)
    module.__path__ = list(spec.submodule_search_locations)
    module.__spec__ = spec
    module.__file__ = spec.origin
    module.__package__ = name
    return module


def _not_loaded(module: str, attr: str):
    def not_loaded(*args, **kwargs):
        raise NotLoadedError(f"{module}.{attr} is not loaded by tqcheck.nlp.nltk_light")

    not_loaded.__qualname__ = not_loaded.__name__ = attr
    return not_loaded


def _keep_function(message):
    """Stand-in for ``nltk.internals.deprecated``, which ``nltk.tag.api`` applies at
    import time to ``TaggerI.evaluate`` (never called here): leaves the function as is."""
    return lambda func: func


def _stand_in(name: str) -> types.ModuleType:
    """An inert module: every public attribute is a function raising NotLoadedError."""
    module = types.ModuleType(name, "Stand-in from tqcheck.nlp.nltk_light (not loaded).")

    def __getattr__(attr: str):  # PEP 562 module attribute hook
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _not_loaded(name, attr)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    if name == "nltk.internals":
        module.deprecated = _keep_function  # type: ignore[attr-defined]
    return module


def stdlib_redos() -> types.ModuleType:
    """A stand-in for ``nltk.redos`` that compiles with the standard ``re`` module.

    ``nltk.redos.compile`` compiles with the third-party ``regex`` engine (importing it is
    most of Punkt's import time) and wraps each pattern in a Python-level timeout guard
    (a call per match). For a text whose every character both engines classify alike
    (``\\s``, ``\\d``, ``\\w``), Punkt's patterns match the same with ``re``: see
    ``nlp.sentences``, which decides per piece of text, and tests/test_sentences_engines.py.
    ``re`` has no timeout, so these patterns never raise ``TimeoutError``."""
    module = _stand_in("nltk.redos")

    def compile(pattern, flags=0, timeout=None):  # noqa: A001 (the name redos gives it)
        return re.compile(getattr(pattern, "pattern", pattern), flags)

    module.compile = compile  # type: ignore[attr-defined]
    return module


def import_module(name: str, substitutes: dict[str, types.ModuleType] | None = None) -> types.ModuleType:
    """``importlib.import_module(name)`` for an ``nltk.*`` module, without nltk/__init__.

    ``substitutes`` maps ``nltk.*`` module names to modules the import sees instead (for
    this import only); they are ignored once NLTK is imported for real."""
    with _LOCK:
        if "nltk" in sys.modules:  # NLTK already imported for real (or in progress)
            return importlib.import_module(name)
        try:
            return _import_alone(name, UNUSED_MODULES, substitutes)
        except NotLoadedError:
            # An NLTK version that calls one of them (or a substitute's missing part) at
            # import time: import the real modules (the real ones always behave the same).
            return _import_alone(name, ())


def _import_alone(name: str, stand_ins: tuple[str, ...],
                  substitutes: dict[str, types.ModuleType] | None = None) -> types.ModuleType:
    """Import ``name`` under placeholder packages, ``stand_ins`` and ``substitutes``, then
    forget them all."""
    before = set(sys.modules)
    # nltk.tag.perceptron imports numpy if it can, only for a softmax that tqcheck
    # never asks for; numpy costs 0.1 s to import, so it is hidden meanwhile.
    hide_numpy = "numpy" not in sys.modules
    if hide_numpy:
        sys.modules["numpy"] = None  # type: ignore[assignment]
    try:
        for pkg in ("nltk", "nltk.tokenize", "nltk.tag", "nltk.metrics"):
            sys.modules[pkg] = _placeholder(pkg)
        for unused in stand_ins:
            sys.modules[unused] = _stand_in(unused)
        sys.modules.update(substitutes or {})
        if "nltk.metrics" not in stand_ins:
            # nltk.tag.api does `from nltk.metrics import ConfusionMatrix, accuracy`.
            metrics = sys.modules["nltk.metrics"]
            metrics.ConfusionMatrix = importlib.import_module("nltk.metrics.confusionmatrix").ConfusionMatrix
            metrics.accuracy = importlib.import_module("nltk.metrics.scores").accuracy
        return importlib.import_module(name)
    finally:
        if hide_numpy:
            sys.modules.pop("numpy", None)
        for key in set(sys.modules) - before:
            if key == "nltk" or key.startswith("nltk."):
                del sys.modules[key]
