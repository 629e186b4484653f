"""Reporters format a run's findings; they never change them."""
from __future__ import annotations

from typing import Callable

from .github import render_github
from .html import render_html
from .json_report import render_json
from .junit import render_junit
from .sarif import render_sarif
from .text import render_text

REPORTERS: dict[str, Callable] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
    "html": render_html,
}

__all__ = ["REPORTERS", "render_github", "render_html", "render_json", "render_junit", "render_sarif",
           "render_text"]
