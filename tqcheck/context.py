"""The read-only context handed to every rule."""
from __future__ import annotations

from dataclasses import dataclass

from .config import Config


@dataclass(frozen=True)
class RuleContext:
    config: Config
    # The source language the user gave (es, fr...), or None for "auto".
    source_lang: str | None = None

    @property
    def house_style(self):
        return self.config.house_style
