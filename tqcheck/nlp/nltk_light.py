"""Import single NLTK modules without running ``nltk/__init__.py``.

``import nltk`` imports most of the toolkit (numpy, the metrics, the corpus readers)
and costs about 0.6 s; tqcheck needs two modules, Punkt and the averaged perceptron,
which cost under 0.1 s on their own. When NLTK is not imported yet, this module puts
bare placeholder packages for ``nltk`` and the sub-packages on the way in
``sys.modules``, imports the wanted module, then removes every ``nltk`` entry it added
from ``sys.modules`` again (the classes keep working through their own module
globals), so a later ``import nltk`` anywhere in the process imports NLTK afresh.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

_LOCK = threading.Lock()


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


def import_module(name: str) -> types.ModuleType:
    """``importlib.import_module(name)`` for an ``nltk.*`` module, without nltk/__init__."""
    with _LOCK:
        if "nltk" in sys.modules:  # NLTK already imported for real (or in progress)
            return importlib.import_module(name)
        before = set(sys.modules)
        # nltk.tag.perceptron imports numpy if it can, only for a softmax that tqcheck
        # never asks for; numpy costs 0.1 s to import, so it is hidden meanwhile.
        hide_numpy = "numpy" not in sys.modules
        if hide_numpy:
            sys.modules["numpy"] = None  # type: ignore[assignment]
        try:
            for pkg in ("nltk", "nltk.tokenize", "nltk.tag", "nltk.metrics"):
                sys.modules[pkg] = _placeholder(pkg)
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
