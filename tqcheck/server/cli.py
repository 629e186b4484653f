"""``tqcheck serve``'s options -> ``ServerSettings`` -> a running server."""
from __future__ import annotations

import os
import sys


def run(fail_usage, *, host: str, port: int, config_path: str | None, max_chars: int, timeout: float,
        workers: int, max_pending: int, cors_origins: tuple[str, ...], token_file: str | None) -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        fail_usage("tqcheck serve needs the server extra: pip install 'tqcheck[serve]'")
    from ..config_file import ConfigError
    from . import serve
    from .settings import ServerSettings
    from .worker import load_config

    if max_chars < 1 or timeout <= 0 or workers < 0 or max_pending < 1 or not 0 <= port <= 65535:
        fail_usage("--max-chars, --max-pending and --timeout must be positive, --workers >= 0, --port 0-65535")
    token = os.environ.get("TQCHECK_SERVE_TOKEN") or None
    if token_file:
        try:
            with open(token_file, encoding="utf-8") as fh:
                token = fh.read().strip()
        except OSError as exc:
            fail_usage(f"--token-file: {exc.strerror or exc}")
        if not token:
            fail_usage("--token-file is empty")
    if config_path and not os.path.isfile(config_path):
        fail_usage(f"--config: {config_path}: no such file")
    settings = ServerSettings(host=host, port=port, config_path=config_path, max_chars=max_chars,
                              timeout=timeout, workers=workers, max_pending=max_pending,
                              cors_origins=cors_origins, token=token)
    try:
        _, found = load_config(config_path, settings.config_start)
    except ConfigError as exc:
        fail_usage(str(exc))
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    print(f"tqcheck serve: http://{shown}:{port}/ (LanguageTool API at /v2/check; "
          f"{settings.worker_count} workers; config: {found or 'defaults'}"
          f"{'; bearer token required' if token else ''})", file=sys.stderr, flush=True)
    serve(settings)
