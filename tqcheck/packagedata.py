"""Files shipped inside the package (``tqcheck/nlp/data/*``, ``tqcheck.corpora``): their paths.

``importlib.resources.files()`` costs ~44 M instructions on first use (it imports
``zipfile`` and the resource readers: about 5 % of a one-file check) for a generality
tqcheck does not use: it is installed as files (a wheel, an sdist or an editable
install), never imported from a zip archive. ``package_file`` asks the imported
package where it lives, through the same ``__path__`` the import system used, so an
editable install's mapping of ``tqcheck.corpora`` to the top-level ``corpora/`` folder
is followed too.
"""
from __future__ import annotations

import sys
from importlib import import_module
from pathlib import Path


def package_dir(package: str) -> Path:
    """The folder of ``package`` (imported if needed), e.g. ``tqcheck.corpora``."""
    module = sys.modules.get(package) or import_module(package)
    locations = getattr(module, "__path__", None)
    if not locations:
        raise ValueError(f"{package} is a module, not a package")
    return Path(next(iter(locations)))


def package_file(package: str, name: str) -> Path:
    """The path of ``name`` (``"data/cldr.json"``, may contain ``/``) inside ``package``."""
    return package_dir(package).joinpath(*name.split("/"))
