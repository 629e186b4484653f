"""Reporters format a run's findings; they never change them."""
from __future__ import annotations

from typing import Callable

from .json_report import render_json
from .text import render_text

REPORTERS: dict[str, Callable] = {
    "text": render_text,
    "json": render_json,
}

__all__ = ["REPORTERS", "render_json", "render_text"]
