"""Reporters format a run's findings; they never change them.

``REPORTERS`` return the report as a string; ``WRITERS`` write the same bytes to a
stream a piece at a time (what the CLI uses, so a report is never one big string).
"""
from __future__ import annotations

from typing import Callable

from .github import render_github, write_github
from .gitlab import render_gitlab, write_gitlab
from .html import render_html, write_html
from .json_report import render_json, write_json
from .junit import render_junit, write_junit
from .sarif import render_sarif, write_sarif
from .text import render_text, write_text

REPORTERS: dict[str, Callable] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "gitlab": render_gitlab,
    "junit": render_junit,
    "html": render_html,
}

WRITERS: dict[str, Callable] = {
    "text": write_text,
    "json": write_json,
    "sarif": write_sarif,
    "github": write_github,
    "gitlab": write_gitlab,
    "junit": write_junit,
    "html": write_html,
}

__all__ = ["REPORTERS", "WRITERS", "render_github", "render_gitlab", "render_html", "render_json", "render_junit", "render_sarif",
           "render_text", "write_github", "write_gitlab", "write_html", "write_json", "write_junit", "write_sarif", "write_text"]
