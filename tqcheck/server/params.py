"""Request parameters -> a job for a worker process, validated; no I/O, no tqcheck rules.

A job is a plain dict (it is pickled to a worker). Problems raise ``RequestError`` with
the HTTP status to answer: 400 for a malformed request, 413 for a text over the limit.
No parameter names a file: requests carry text only, and the project configuration
(phrasebooks included) is fixed when the server starts.
"""
from __future__ import annotations

import json

from ..config import parse_selectors

SOURCE_LANGS = ("es", "fr", "pt", "it", "de", "ru")
ENGLISH = (("en", "English"), ("en-US", "English (US)"), ("en-GB", "English (GB)"))


class RequestError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _check_text(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise RequestError(413, f"text is {len(text)} characters long; this server checks at most "
                                f"{max_chars} per request")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise RequestError(400, "the text contains a lone surrogate (not valid Unicode text)") from None


def _csv(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(",") if v.strip())


def _bool(params, key: str) -> bool:
    value = (params.get(key) or "false").strip().lower()
    if value not in ("true", "false"):
        raise RequestError(400, f"'{key}' must be true or false, got {value!r}")
    return value == "true"


def english_variant(code: str | None) -> str:
    """The language code to report: ``en``, ``en-US``, ``en-GB`` or another English
    variant as given; ``auto`` and a missing code report ``en-US``."""
    code = (code or "auto").strip()
    if code.lower() == "auto":
        return "en-US"
    parts = code.replace("_", "-").split("-")
    if parts[0].lower() != "en" or len(parts) > 3 or not all(p.isalnum() for p in parts):
        raise RequestError(400, f"language {code!r} is not supported: tqcheck checks English "
                                "(en, en-US, en-GB, auto)")
    return "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]])


def parse_annotation(raw: str) -> tuple[str, str, list[tuple[int, int, int, int, bool]]]:
    """LanguageTool's ``data`` parameter: ``{"annotation": [{"text": ...}, {"markup": ...,
    "interpretAs": ...}]}``. Returns the text to check, the original (text and markup in
    order, which offsets point into) and segments ``(plain_start, plain_end, orig_start,
    orig_end, is_text)``."""
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RequestError(400, f"'data' is not valid JSON: {exc}") from None
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise RequestError(400, "'data' must be an object with an 'annotation' list")
    plain: list[str] = []
    orig: list[str] = []
    segments = []
    p = o = 0
    for item in items:
        if not isinstance(item, dict):
            raise RequestError(400, "each 'annotation' item must be an object")
        text, markup, interpret = item.get("text"), item.get("markup"), item.get("interpretAs", "")
        if (text is None) == (markup is None) or not isinstance(text if text is not None else markup, str) \
                or not isinstance(interpret, str):
            raise RequestError(400, "each 'annotation' item needs a string 'text' or a string 'markup' "
                                    "(with an optional string 'interpretAs')")
        shown, original = (text, text) if text is not None else (interpret, markup)
        plain.append(shown)
        orig.append(original)
        segments.append((p, p + len(shown), o, o + len(original), text is not None))
        p += len(shown)
        o += len(original)
    return "".join(plain), "".join(orig), segments


def languagetool_job(params, max_chars: int) -> dict:
    """A job from LanguageTool's ``/v2/check`` parameters (a mapping of str -> str)."""
    text, data = params.get("text"), params.get("data")
    if (text is None) == (data is None):
        raise RequestError(400, "give exactly one of the parameters 'text' and 'data'")
    original, segments = None, None
    if data is not None:
        text, original, segments = parse_annotation(data)
    _check_text(text, max_chars)
    if original is not None:
        _check_text(original, len(original))
    level = (params.get("level") or "default").strip().lower()
    if level not in ("default", "picky"):
        raise RequestError(400, f"'level' must be default or picky, got {level!r}")
    enabled_only = _bool(params, "enabledOnly")
    enabled_rules, enabled_cats = _csv(params.get("enabledRules")), _csv(params.get("enabledCategories"))
    if enabled_only and not (enabled_rules or enabled_cats):
        raise RequestError(400, "'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'")
    mother = (params.get("motherTongue") or "").strip().lower()[:2]
    return {
        "kind": "languagetool",
        "text": text,
        "original": original,
        "segments": segments,
        "language": english_variant(params.get("language")),
        "enabled_rules": enabled_rules,
        "disabled_rules": _csv(params.get("disabledRules")),
        "enabled_categories": enabled_cats,
        "disabled_categories": _csv(params.get("disabledCategories")),
        "enabled_only": enabled_only,
        "picky": level == "picky",
        # LanguageTool's motherTongue (the writer's first language, for false friends) is
        # the source language of the translation when it is one tqcheck knows.
        "source_lang": mother if mother in SOURCE_LANGS else None,
    }


NATIVE_KEYS = ("text", "select", "ignore", "source_lang")


def _selectors(value, key: str) -> tuple[str, ...]:
    try:
        return tuple(sel for sel in parse_selectors(value) if sel)
    except TypeError:
        raise RequestError(400, f"'{key}' must be a list of rule codes, prefixes or categories") from None


def native_job(body: bytes, max_chars: int) -> dict:
    """A job from the native endpoint's JSON body: ``{"text": ..., "select": [...],
    "ignore": [...], "source_lang": "auto"}``; any other key (a path, a phrasebook) is refused."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise RequestError(400, f"the body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RequestError(400, "the body must be a JSON object with a 'text' string")
    unknown = sorted(set(data) - set(NATIVE_KEYS))
    if unknown:
        raise RequestError(400, f"unknown field(s) {', '.join(map(repr, unknown))}; known: "
                                f"{', '.join(NATIVE_KEYS)} (the server reads no files named in requests)")
    text = data.get("text")
    if not isinstance(text, str):
        raise RequestError(400, "'text' must be a string")
    _check_text(text, max_chars)
    source_lang = data.get("source_lang", "auto")
    if source_lang != "auto" and source_lang not in SOURCE_LANGS:
        raise RequestError(400, f"'source_lang' must be auto or one of {', '.join(SOURCE_LANGS)}")
    return {"kind": "native", "text": text, "select": _selectors(data.get("select"), "select"),
            "ignore": _selectors(data.get("ignore"), "ignore"), "source_lang": source_lang}
