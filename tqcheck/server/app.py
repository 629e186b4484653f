"""The Starlette application: routes, limits, authentication, CORS and JSON errors."""
from __future__ import annotations

import asyncio
import contextlib
import hmac
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import page
from .params import ENGLISH, RequestError, languagetool_job, native_job
from .pool import Busy, Unavailable, WorkerPool
from .settings import ServerSettings
from .worker import load_config

JSON = "application/json; charset=utf-8"
FORM = "application/x-www-form-urlencoded"
OPEN_PATHS = ("/", "/static/page.js", "/static/page.css", "/healthz")


def error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status, headers=headers)


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (before reading it when the
    client declares its length)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise RequestError(413, f"request body over {limit} bytes")
        except ValueError:
            raise RequestError(400, "bad Content-Length header") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _form(request: Request, body: bytes) -> dict[str, str]:
    """LanguageTool's parameters: the query string, then the form body on top (urlencoded
    or multipart)."""
    params = dict(request.query_params)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not body:
        return params
    if ctype in (FORM, ""):
        try:
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict"))
        except UnicodeDecodeError:
            raise RequestError(400, "the form body is not valid UTF-8") from None
    elif ctype == "multipart/form-data":
        async def replay():
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            form = await Request(request.scope, replay).form(max_files=0, max_fields=64)
        except Exception as exc:          # noqa: BLE001 - python-multipart's parse errors vary
            raise RequestError(400, f"malformed multipart form: {exc}") from None
        for k, v in form.multi_items():
            if not isinstance(v, str):
                raise RequestError(400, "file uploads are not accepted; send the text as a field")
            params[k] = v
    else:
        raise RequestError(400, f"unsupported Content-Type {ctype!r}: send {FORM}")
    return params


def create_app(settings: ServerSettings) -> Starlette:
    # Fail at start on a bad configuration file, not in the workers.
    config, config_file = load_config(settings.config_path, settings.config_start)
    init = {"config_path": config_file, "config_start": settings.config_start}
    pool = WorkerPool(settings.worker_count, settings.max_pending, init)

    async def run_job(request: Request, make_job) -> Response:
        timeout = request.app.state.settings.timeout     # read per request (tests change it)
        deadline = asyncio.get_running_loop().time() + timeout
        try:
            try:
                body = await asyncio.wait_for(_read_body(request, settings.max_body_bytes), timeout)
            except asyncio.TimeoutError:
                return error(408, "the request body did not arrive within the request timeout")
            job = await make_job(request, body)
            job["base_url"] = str(request.base_url)
            status, payload = await pool.run(job, deadline)
        except RequestError as exc:
            return error(exc.status, exc.message)
        except Busy as exc:
            return error(429, f"too many requests: {exc}; retry shortly", {"Retry-After": "1"})
        except Unavailable as exc:
            return error(503, str(exc), {"Retry-After": "1"})
        return Response(payload, status, media_type=JSON)

    async def lt_job(request: Request, body: bytes) -> dict:
        return languagetool_job(await _form(request, body), settings.max_chars)

    async def native(request: Request, body: bytes) -> dict:
        return native_job(body, settings.max_chars)

    async def v2_check(request: Request) -> Response:
        return await run_job(request, lt_job)

    async def api_check(request: Request) -> Response:
        return await run_job(request, native)

    async def v2_languages(request: Request) -> Response:
        return JSONResponse([{"name": name, "code": "en", "longCode": code} for code, name in ENGLISH])

    async def rules(request: Request) -> Response:
        from ..rules import all_rules

        return JSONResponse([_rule_json(r) for r in all_rules()])

    async def rule(request: Request) -> Response:
        from ..rules import get_rule

        r = get_rule(request.path_params["code"])
        if r is None:
            return error(404, f"no rule {request.path_params['code']!r}")
        return JSONResponse(_rule_json(r))

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": len(pool.workers), "pending": pool.pending,
                             "max_pending": pool.max_pending, "max_chars": settings.max_chars,
                             "config": config_file, "auth": settings.token is not None})

    async def index(request: Request) -> Response:
        return Response(page.HTML, media_type="text/html; charset=utf-8", headers=page.HEADERS)

    async def script(request: Request) -> Response:
        return Response(page.JS, media_type="text/javascript; charset=utf-8", headers=page.HEADERS)

    async def style(request: Request) -> Response:
        return Response(page.CSS, media_type="text/css; charset=utf-8", headers=page.HEADERS)

    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error(exc.status_code, exc.detail or "error", getattr(exc, "headers", None))

    async def server_error(request: Request, exc: Exception) -> Response:
        return error(500, f"internal error: {type(exc).__name__}")

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    middleware = []
    if settings.token is not None:
        middleware.append(Middleware(BearerAuth, token=settings.token))
    if settings.cors_origins:
        # Outermost, so preflight requests and error answers carry the CORS headers too.
        from starlette.middleware.cors import CORSMiddleware

        middleware.insert(0, Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                        allow_methods=["GET", "POST"],
                                        allow_headers=["Authorization", "Content-Type"], max_age=600))
    app = Starlette(
        routes=[
            Route("/", index),
            Route("/static/page.js", script),
            Route("/static/page.css", style),
            Route("/healthz", health),
            Route("/v2/check", v2_check, methods=["GET", "POST"]),
            Route("/v2/languages", v2_languages),
            Route("/api/v1/check", api_check, methods=["POST"]),
            Route("/api/v1/rules", rules),
            Route("/api/v1/rules/{code}", rule),
        ],
        middleware=middleware,
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = settings
    return app


def _rule_json(r) -> dict:
    return {"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.value,
            "summary": r.summary, "explanation": r.explanation, "fixable": r.fixable,
            "examples": {"flagged": list(r.bad), "correct": list(r.good)}}


class BearerAuth:
    """Requires ``Authorization: Bearer <token>`` (or LanguageTool's ``apiKey`` parameter in
    the query string) on everything but the page and the health check."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] in OPEN_PATHS or scope["method"] == "OPTIONS":
            return await self.app(scope, receive, send)
        request = Request(scope)
        given = request.headers.get("authorization", "")
        token = given[7:].strip() if given[:7].lower() == "bearer " else request.query_params.get("apiKey", "")
        if not hmac.compare_digest(token.encode("utf-8"), self.token):
            response = error(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)
