"""Planning a run: the files to check and the configuration each one is checked with."""
from __future__ import annotations

from ..config import Config
from ..readers import InputError, collect_paths


def plan_tasks(args: list[str], config: Config | None = None, input_format: str | None = None,
               overrides: dict | None = None, config_file: str | None = None):
    """The files to check and the configuration of each: ``(tasks, errors, default_config)``.

    ``tasks`` is a list of ``(path, input_format, Config)``. With ``config`` every file
    uses it; otherwise each file's configuration file is found by walking up from it (or
    ``config_file`` is used), its ``include``/``exclude`` globs apply, and ``overrides``
    (Config field -> value, from the command line) go on top. Shared by checking and
    fixing, so both see the same files with the same settings.
    """
    from .. import config_file as cf
    from ..readers.base import DEFAULT_GLOBS

    cf.clear_cache()
    overrides = overrides or {}
    paths: list[str] = []
    errors: list[InputError] = []
    for arg in args:
        settings = cf.FileSettings() if config is not None else cf.settings_for(
            "." if arg == "-" else arg, config_file)
        found, errs = collect_paths([arg], settings.get("include", DEFAULT_GLOBS))
        errors.extend(errs)
        paths.extend(p for p in found if config is not None or not _excluded(p, config_file))
    default = config or cf.make_config(cf.FileSettings(), overrides)
    tasks = []
    by_settings: dict = {}
    for path in paths:
        if config is not None:
            cfg = config
        else:
            settings = cf.settings_for("." if path == "-" else path, config_file)
            if settings.path not in by_settings:
                by_settings[settings.path] = cf.make_config(settings, overrides)
            cfg = by_settings[settings.path]
        tasks.append((path, input_format, cfg))
    return tasks, errors, default


def _excluded(path: str, config_file: str | None) -> bool:
    """True when the configuration's ``exclude`` globs match the file (name or path)."""
    import fnmatch
    import os

    from .. import config_file as cf

    if path == "-":
        return False
    settings = cf.settings_for(path, config_file)
    patterns = settings.get("exclude", ())
    if not patterns:
        return False
    rel = os.path.abspath(path)
    if settings.path:
        rel = os.path.relpath(rel, os.path.dirname(os.path.abspath(settings.path)))
    rel = rel.replace(os.sep, "/")
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g.rstrip("/") + "/*")
               for g in patterns)
