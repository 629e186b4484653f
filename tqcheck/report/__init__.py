"""Reporters format a run's findings; they never change them.

``REPORTERS`` return the report as a string; ``WRITERS`` write the same bytes to a
stream a piece at a time (what the CLI uses, so a report is never one big string).

Both are read-only mappings that import a format's module only when its function is
looked up, so a run pays for the one report it writes (importing all six costs ~8 ms on
every start). ``render_x`` / ``write_x`` are importable from here as before.
"""
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Callable

# format -> module of tqcheck.report that defines render_<format> and write_<format>
_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "html": "html",
}

FORMATS: tuple[str, ...] = tuple(_MODULES)


def _function(kind: str, fmt: str) -> Callable:
    module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
    return getattr(module, f"{kind}_{fmt}")


class _Lazy(Mapping):
    """format -> function, imported on first lookup; iterates in FORMATS order."""

    def __init__(self, kind: str):
        self._kind = kind

    def __getitem__(self, fmt: str) -> Callable:
        if fmt not in _MODULES:
            raise KeyError(fmt)
        return _function(self._kind, fmt)

    def __iter__(self):
        return iter(FORMATS)

    def __len__(self) -> int:
        return len(FORMATS)

    def __contains__(self, fmt) -> bool:
        return fmt in _MODULES


REPORTERS: Mapping[str, Callable] = _Lazy("render")
WRITERS: Mapping[str, Callable] = _Lazy("write")

__all__ = ["FORMATS", "REPORTERS", "WRITERS", "render_github", "render_html", "render_json", "render_junit",
           "render_sarif", "render_text", "write_github", "write_html", "write_json", "write_junit", "write_sarif",
           "write_text"]


def __getattr__(name: str):   # render_json, write_text...: as before, imported on use
    kind, _, fmt = name.partition("_")
    if kind in ("render", "write") and fmt in _MODULES:
        return _function(kind, fmt)
    raise AttributeError(name)
