"""``tqcheck serve``: a LanguageTool-compatible HTTP API, a native JSON API and a web page.

Nothing here is imported by ``tqcheck check``: the CLI imports this package only inside
the ``serve`` command, and this module imports Starlette and uvicorn only in ``serve``.

Layout: ``settings`` (limits and options), ``params`` (request parsing, no I/O),
``languagetool`` / ``native`` (response bodies, built in the worker processes),
``worker`` (the worker process), ``pool`` (worker processes driven from the event loop),
``app`` (the Starlette application), ``page`` (the web page, no external assets).
"""
from __future__ import annotations

from .settings import ServerSettings

__all__ = ["ServerSettings", "serve"]


def serve(settings: ServerSettings) -> None:
    """Run the server until interrupted (blocks)."""
    import uvicorn

    from .app import create_app

    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        # Connections and requests beyond this get uvicorn's own 503; the pool answers
        # 429 well before that (``max_pending``).
        limit_concurrency=settings.max_connections,
        timeout_keep_alive=5,
        server_header=False,
    )
