"""Problems with inline suppression comments, reported after a run: a comment naming no
rule, prefix or category (an error), and with ``--report-unused-suppressions`` comments
that silence nothing (found by checking the file again without suppressions)."""
from __future__ import annotations

from typing import TextIO

from .common import display_path


def _known(selector: str) -> bool:
    from ..rules.registry import validate_selector

    try:
        validate_selector(selector)
        return True
    except ValueError:
        return False


def check_suppressions(run, input_format, report_unused: bool, err: TextIO) -> tuple[int, int]:
    """Write each problem to ``err``; return (unknown selectors, unused comments)."""
    from ..api import check_source
    from ..document import LineIndex
    from ..readers import InputError, read_path
    from ..suppress import find_directives, unknown_selectors, unused_directives

    n_unknown = n_unused = 0
    for i, result in enumerate(run.files):
        text = result.text
        if not isinstance(text, str) or "tqcheck:" not in text:
            continue
        directives = find_directives(text)
        lines = LineIndex(text)

        def where(offset: int) -> str:
            return "{}:{}:{}".format(display_path(result.path), *lines.line_col(offset))

        for d, sel in unknown_selectors(directives, _known):
            err.write(f"tqcheck: error: {where(d.start)}: unknown rule {sel!r} in suppression comment\n")
            n_unknown += 1
        if report_unused and directives and result.path != "-":
            try:
                source = read_path(result.path, input_format)
            except InputError:
                continue
            every = check_source(source, run.config_for(i)).findings
            for d in unused_directives(list(every), text, directives):
                err.write(f"tqcheck: warning: {where(d.start)}: unused suppression "
                          f"'{text[d.start:d.end]}' silences nothing\n")
                n_unused += 1
    return n_unknown, n_unused
