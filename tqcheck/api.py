"""The Python API: check text, files and folders. A thin facade over ``run`` (the CLI,
the evaluation commands and servers use these names):

- ``check_text(text, config=None, path="-")`` -> ``FileResult``
- ``check_file(path, config=None, input_format=None)`` -> ``FileResult`` (raises ``InputError``)
- ``check_paths(args, config=None, input_format=None, *, overrides, config_file, jobs,
  baseline, progress, spill)`` -> ``RunResult``
- ``fix_paths(...)``: the ``check --fix`` / ``--diff`` run.
- ``quality_signature(config)``: what a quality score depends on (rules, weights, version).
"""
from __future__ import annotations

from .config import Config
from .config_file import ConfigError
from .engine import FileResult, quality_signature
from .readers import InputError
from .run.baseline import BaselineError, write_baseline
from .run.driver import check_paths, fix_paths
from .run.parallel import default_jobs
from .run.plan import plan_tasks
from .run.result import RunResult
from .run.single import (check_file, check_path, check_source, check_source_suppressed, check_text,
                         may_be_chunked)

__all__ = ["BaselineError", "Config", "ConfigError", "FileResult", "InputError", "RunResult", "check_file",
           "check_path", "check_paths", "check_source", "check_source_suppressed", "check_text",
           "default_jobs", "fix_paths", "may_be_chunked", "plan_tasks", "quality_signature", "write_baseline"]
