"""Configuration files: ``[tool.tqcheck]`` in pyproject.toml, or a ``.tqcheck.toml``.

The file that applies to an article is found by walking up from the article's folder;
in each folder ``.tqcheck.toml`` wins over ``pyproject.toml``, and a pyproject.toml
without a ``[tool.tqcheck]`` table is passed over. Command-line flags override the
file. Unknown keys and bad values raise ``ConfigError`` naming the key and the file.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from .config import (DEFAULT_HOUSE_STYLE, DEFAULT_WEIGHTS, FAIL_ON_CHOICES, SOURCE_LANG_CHOICES,
                     Config, parse_selectors)
from .findings import Severity

KEYS = ("select", "ignore", "severity", "fail-on", "min-score", "source-lang", "include",
        "exclude", "phrasebooks", "house-style", "weights", "accept", "accept-file")
HOUSE_STYLE_CHOICES = {"quotes": ("curly", "straight"), "dash": ("em", "en"),
                       "euro": ("word", "symbol"), "date_order": ("mdy", "dmy")}


class ConfigError(Exception):
    """A bad configuration file; ``str()`` names the file and the key."""


@dataclass(frozen=True)
class FileSettings:
    """What a configuration file says, validated; ``None`` means "not set"."""

    path: str | None = None
    values: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    def get(self, key, default=None):
        return self.values.get(key, default)


def _norm(key: str) -> str:
    return key.replace("_", "-").lower()


def _strings(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _selectors(value, where: str) -> tuple[str, ...]:
    from .rules.registry import validate_selector

    try:
        out = parse_selectors(value)
    except TypeError:
        out = None
    if out is None or "" in out:        # not strings, or an empty selector
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    for sel in out:
        try:
            validate_selector(sel)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return out


def _choice(value, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(choices)}")
    return value


def _check_phrasebooks(books: list[str], where: str) -> None:
    """Load the phrasebooks once, so a bad entry is a configuration error."""
    from .lexicon import LexiconError, load_phrasebooks

    try:
        load_phrasebooks(books)
    except LexiconError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def validate(table: dict, path: str) -> FileSettings:
    values: dict = {}
    base = Path(path).resolve().parent
    for raw_key, value in table.items():
        key = _norm(raw_key)
        where = f"{path}: key '{raw_key}'"
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{raw_key}' (known keys: {', '.join(KEYS)})")
        if key in ("select", "ignore"):
            values[key] = _selectors(value, where)
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of rule code = severity")
            sev = {}
            for code, level in value.items():
                if not (isinstance(code, str) and code.upper().startswith("TQ") and code[2:].isdigit()):
                    raise ConfigError(f"{where}: {code!r} is not a rule code or prefix (TQ301, TQ3)")
                _selectors(code, where)   # and one that names existing rules
                try:
                    sev[code.upper()] = Severity.parse(str(level))
                except ValueError as exc:
                    raise ConfigError(f"{where}.{code}: {exc}") from None
            values[key] = MappingProxyType(sev)
        elif key == "fail-on":
            values[key] = _choice(value, FAIL_ON_CHOICES, where)
        elif key == "min-score":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
                raise ConfigError(f"{where}: expected a number from 0 to 100, got {value!r}")
            values[key] = float(value)
        elif key == "source-lang":
            values[key] = _choice(value, SOURCE_LANG_CHOICES, where)
        elif key in ("include", "exclude"):
            values[key] = _strings(value, where)
        elif key == "phrasebooks":
            books = []
            for b in _strings(value, where):
                p = (base / b).resolve() if not os.path.isabs(b) else Path(b)
                if not p.is_file():
                    raise ConfigError(f"{where}: phrasebook {b!r} not found ({p})")
                books.append(str(p))
            _check_phrasebooks(books, where)
            values[key] = tuple(books)
        elif key == "accept":
            values[key] = _strings(value, where)
        elif key == "accept-file":
            from .accept import AcceptFileError, read_accept_file

            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{where}: expected the path of an accept file, got {value!r}")
            p = Path(value) if os.path.isabs(value) else (base / value).resolve()
            try:
                values[key] = read_accept_file(str(p))
            except AcceptFileError as exc:
                raise ConfigError(f"{where}: {exc}") from None
        elif key == "house-style":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table with keys among {', '.join(HOUSE_STYLE_CHOICES)}")
            style = dict(DEFAULT_HOUSE_STYLE)
            for k, v in value.items():
                if k not in HOUSE_STYLE_CHOICES:
                    raise ConfigError(f"{where}: unknown key '{k}' (known: {', '.join(HOUSE_STYLE_CHOICES)})")
                style[k] = _choice(v, HOUSE_STYLE_CHOICES[k], f"{where}.{k}")
            values[key] = MappingProxyType(style)
        elif key == "weights":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of weight names = numbers")
            weights = dict(DEFAULT_WEIGHTS)
            for k, v in value.items():
                nk = k.replace("-", "_")
                if nk not in DEFAULT_WEIGHTS:
                    raise ConfigError(f"{where}: unknown weight '{k}' (known: {', '.join(DEFAULT_WEIGHTS)})")
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0 or not math.isfinite(v):
                    raise ConfigError(f"{where}.{k}: expected a number >= 0, got {v!r}")
                weights[nk] = float(v)
            values[key] = MappingProxyType(weights)
    return FileSettings(path, MappingProxyType(values))


def load(path: str | os.PathLike) -> FileSettings:
    """Read and validate one configuration file (pyproject.toml or .tqcheck.toml)."""
    from . import tomlio

    path = str(path)
    try:
        with open(path, encoding="utf-8") as fh:
            data = tomlio.loads(fh.read())
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:              # bad TOML (or bad UTF-8)
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("tqcheck", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.tqcheck] must be a table")
    return validate(data, path)


_FOUND: dict[str, str | None] = {}


def _has_tqcheck_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "tool.tqcheck" in text


def find_config(start: str | os.PathLike) -> str | None:
    """The configuration file for a file or folder: walk up from its folder."""
    p = os.path.abspath(start)
    folder = p if os.path.isdir(p) else os.path.dirname(p)
    seen = []
    result = None
    d = folder
    while True:
        if d in _FOUND:
            result = _FOUND[d]
            break
        seen.append(d)
        if os.path.isfile(os.path.join(d, ".tqcheck.toml")):
            result = os.path.join(d, ".tqcheck.toml")
            break
        pyproject = os.path.join(d, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tqcheck_table(Path(pyproject)):
            result = pyproject
            break
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    for key in seen:
        _FOUND[key] = result
    return result


_LOADED: dict[str, FileSettings] = {}


def settings_for(start: str | os.PathLike, explicit: str | None = None) -> FileSettings:
    """Validated settings for a file (cached per configuration file)."""
    path = explicit or find_config(start)
    if path is None:
        return FileSettings()
    if path not in _LOADED:
        _LOADED[path] = load(path)
    return _LOADED[path]


def make_config(settings: FileSettings, overrides: dict) -> Config:
    """A Config from a file's settings with command-line ``overrides`` (set keys only) on top."""
    v = settings.values
    fields = {
        "select": v.get("select", ()), "ignore": v.get("ignore", ()),
        "severity": v.get("severity", MappingProxyType({})),
        "fail_on": v.get("fail-on", "error"), "min_score": v.get("min-score"),
        "source_lang": v.get("source-lang", "auto"),
        "house_style": v.get("house-style", DEFAULT_HOUSE_STYLE),
        "weights": v.get("weights", DEFAULT_WEIGHTS),
        "phrasebooks": v.get("phrasebooks", ()),
    }
    fields.update({k: val for k, val in overrides.items() if val is not None})
    # the accept list adds up: the file's terms, its accept file's, then the command line's
    fields["accept"] = merge_accept(v.get("accept", ()), v.get("accept-file", ()), overrides.get("accept") or ())
    return Config(**fields)


def merge_accept(*lists) -> tuple[str, ...]:
    from .accept import merge

    return merge(*lists)


def clear_cache() -> None:
    _FOUND.clear()
    _LOADED.clear()
