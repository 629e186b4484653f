"""The `tqcheck bitext` command, registered on the CLI's app by ``add_command``; the work is
imported only when the command runs (``command.run_bitext``)."""
from __future__ import annotations

from typing import List, Optional

import typer


def add_command(app, split, fail_usage, writers) -> None:
    """Register `bitext` on ``app``; ``writers()`` gives the report writers by format (the
    CLI's: reports sit above this layer)."""
    @app.command("bitext")
    def bitext(
        first: str = typer.Argument(..., help="The source text, or one bilingual file: XLIFF 1.2/2.0 (.xlf, .xliff), TMX (.tmx), two-column TSV (.tsv)."),
        second: Optional[str] = typer.Argument(None, help="The English translation of FIRST (plain text, paired by paragraph)."),
        output_format: str = typer.Option("text", "--format", "-f", help="text, json, sarif, github, junit, html, or side-by-side (HTML: source left, target right)."),
        select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules (as in check)."),
        ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (as in check)."),
        fail_on: str = typer.Option("error", "--fail-on", help="Exit 1 when a finding has this severity or higher: error, warning, info, never."),
        min_score: Optional[float] = typer.Option(None, "--min-score", help="Exit 1 when the quality score is below this (0-100)."),
        source_lang: str = typer.Option("auto", "--source-lang", help="Source language: auto (from the file or the text), es, fr, pt, it, de."),
    ) -> None:
        """Check an English translation against its source: number values, names, omissions, untranslated sentences, quotations (TQ7xx), plus every monolingual rule."""
        from .command import run_bitext

        try:
            code = run_bitext(first, second, output_format=output_format, select=split(select), ignore=split(ignore),
                              fail_on=fail_on, min_score=min_score, source_lang=source_lang, writers=writers())
        except ValueError as exc:
            fail_usage(str(exc))
        raise typer.Exit(code)
