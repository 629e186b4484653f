"""Server options: where to listen, limits, and what the project configuration is."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MAX_CHARS = 20_000      # LanguageTool's default maximum text length


@dataclass(frozen=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8081
    # Project configuration file (pyproject.toml / .tqcheck.toml); None: found by walking
    # up from ``config_start`` as ``tqcheck check`` does. Loaded once, at start.
    config_path: str | None = None
    config_start: str = field(default_factory=os.getcwd)
    max_chars: int = DEFAULT_MAX_CHARS          # characters (code points) of checked text
    timeout: float = 10.0                       # seconds, from arrival to response
    workers: int = 0                            # worker processes; 0: the number of cores
    max_pending: int = 64                       # requests checking or waiting; more: 429
    cors_origins: tuple[str, ...] = ()          # empty: no CORS headers at all
    token: str | None = None                    # bearer token required on the API
    log_level: str = "warning"

    @property
    def worker_count(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)

    @property
    def max_body_bytes(self) -> int:
        """A request body cap derived from ``max_chars``: UTF-8 (4 bytes a character) that is
        percent-encoded (3 bytes a byte), plus room for the other parameters and markup."""
        return max(1 << 20, self.max_chars * 12 + (64 << 10))

    @property
    def max_connections(self) -> int:
        return max(100, 2 * self.max_pending)
