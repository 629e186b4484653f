"""The worker process: loads the project configuration once, warms the rules, then answers
jobs from the server over a pipe with ``(status, JSON body bytes)``.

Checks run here, not in the server's event loop, so a long check never stalls other
requests, and a check that overruns the timeout is ended by killing its process.
"""
from __future__ import annotations

import json
import os
import signal

WARM_TEXT = ("The minister assured that the plan, which costs 150,000 million dollars, "
             "will be approved the past Tuesday. “We are ready“ he said.\n")


def load_config(config_path: str | None, config_start: str):
    """The project Config: the given file, or the one found by walking up from
    ``config_start``, as ``tqcheck check`` finds it. Raises ``ConfigError``."""
    from ..config_file import load, make_config, settings_for

    settings = load(config_path) if config_path else settings_for(config_start)
    return make_config(settings, {}), settings.path


def dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def error_body(status: int, message: str) -> bytes:
    return dumps({"error": {"status": status, "message": message}})


class Handler:
    def __init__(self, init: dict):
        from .. import __version__
        from ..api import check_text
        from ..rules import all_rules

        self.config, _ = load_config(init["config_path"], init["config_start"])
        self.version = __version__
        all_rules()
        check_text(WARM_TEXT, self.config)       # load lexicons, tagger and caches now

    def __call__(self, job: dict) -> tuple[int, bytes]:
        from . import languagetool, native

        try:
            if job["kind"] == "languagetool":
                return 200, dumps(languagetool.check(job, self.config, job.get("base_url", "/"), self.version))
            if job["kind"] == "native":
                return 200, dumps(native.check(job, self.config))
        except ValueError as exc:        # a bad rule selector in the request
            return 400, error_body(400, str(exc))
        return 400, error_body(400, f"unknown job kind {job.get('kind')!r}")


def main(conn, init: dict) -> None:
    """Worker process entry point."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # the server stops its workers itself
    try:
        handler = Handler(init)
    except Exception as exc:                          # noqa: BLE001 - reported to the server
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            answer = handler(job)
        except Exception as exc:                      # noqa: BLE001 - a bug must not kill the worker
            answer = (500, error_body(500, f"internal error: {type(exc).__name__}: {exc}"))
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return
