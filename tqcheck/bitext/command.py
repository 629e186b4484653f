"""``tqcheck bitext``: the command's work, outside the CLI module (which imports this lazily)."""
from __future__ import annotations

import sys

from ..config import Config
from ..nlp.langid import SOURCE_LANGS
from ..rules.registry import select_rules

FAIL_ON = ("error", "warning", "info", "never")


def run_bitext(first: str, second: str | None, *, output_format: str = "text", select=(), ignore=(),
               fail_on: str = "error", min_score: float | None = None, source_lang: str = "auto",
               writers: dict | None = None, out=None) -> int:
    """Check one pair, write the report to ``out`` and return the exit code (0, 1, 2);
    a bad option raises ``ValueError``. ``writers`` are the report writers by format
    (``tqcheck.report.WRITERS``, given by the CLI: reports sit above this layer)."""
    from .run import check_pair

    WRITERS = writers or {}
    out = out or sys.stdout
    if output_format not in WRITERS and output_format != "side-by-side":
        raise ValueError(f"unknown --format {output_format!r} (choose from: {', '.join(WRITERS)}, side-by-side)")
    if fail_on not in FAIL_ON:
        raise ValueError(f"unknown --fail-on {fail_on!r} (choose from: {', '.join(FAIL_ON)})")
    if source_lang != "auto" and source_lang not in SOURCE_LANGS:
        raise ValueError(f"unknown --source-lang {source_lang!r} (choose from: auto, {', '.join(SOURCE_LANGS)})")
    if min_score is not None and not 0 <= min_score <= 100:
        raise ValueError("--min-score must be between 0 and 100")
    config = Config(select=tuple(select), ignore=tuple(ignore), fail_on=fail_on, min_score=min_score)
    select_rules(config.select, config.ignore)        # ValueError on an unknown selector
    run = check_pair(first, second, config, None if source_lang == "auto" else source_lang)
    for err in run.errors:
        print(f"tqcheck: error: {err}", file=sys.stderr)
    if run.errors:
        return 2
    if output_format == "side-by-side":
        from .html import side_by_side

        out.write(side_by_side(run.files[0], run.files[0].bitext))
    else:
        WRITERS[output_format](run, out, color=False, quiet=False)
    out.flush()
    return 1 if run.failed() else 0
