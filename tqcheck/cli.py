"""Command-line interface: arguments -> API -> reporter. Kept thin on purpose."""

import os
import sys
from typing import List, Optional

from .nlp import dataclass_code

dataclass_code.install()    # the methods @dataclass writes, compiled ahead (before any is made)

if sys.argv[1:2] == ["check"]:  # a check run: shipped compiled patterns before typer's own
    from .nlp import gcpause, regex_cache

    gcpause.hold()          # no collections until the first file is checked (see _run)
    regex_cache.install()

import typer

from . import __version__
from .config import FAIL_ON_CHOICES, SOURCE_LANG_CHOICES, Config

app = typer.Typer(
    name="tqcheck",
    help="Find machine-translation artefacts in English news copy, explain them and propose the right English.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

from .cli_common import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE  # noqa: F401  (re-exported)
from .cli_common import fail_usage as _fail_usage
from .cli_common import split_codes as _split
from .cli_common import accept_terms as _accept_terms


def _use_color(mode: str) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return sys.stdout.isatty()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tqcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """tqcheck: translation-quality checks for machine-translated English."""


@app.command()
def check(
    ctx: typer.Context,
    paths: List[str] = typer.Argument(..., help="Files, folders (recursive: *.txt *.md *.markdown *.html *.htm *.nitf) or - for stdin."),
    formats: Optional[List[str]] = typer.Option(None, "--format", "-f", help="Output format: text, json, sarif, github, gitlab, junit or html; FMT=PATH writes that format to PATH (repeatable: several reports in one run)."),
    output_file: Optional[str] = typer.Option(None, "--output-file", "-o", help="Write the report to this file instead of standard output."),
    statistics: bool = typer.Option(False, "--statistics", help="Print the number of findings per rule instead of the report on standard output."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules: codes (TQ301), prefixes (TQ3) or categories (calque). Repeat or comma-separate."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (same forms as --select)."),
    fail_on: str = typer.Option("error", "--fail-on", help="Exit 1 when a finding has this severity or higher: error, warning, info, never."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Exit 1 when a file's quality score is below this (0-100)."),
    source_lang: str = typer.Option("auto", "--source-lang", help="Source language of the translation: auto, es, fr, pt, it, de, ru."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Read inputs as txt, md, html or nitf (default: from the file extension; stdin: txt)."),
    config_path: Optional[str] = typer.Option(None, "--config", help="Use this configuration file (pyproject.toml or .tqcheck.toml) instead of searching upwards from each file."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Report only findings not recorded in this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record the current findings in this baseline file (exit 0)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Check files in N processes (default: the number of cores)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Text format: one line per finding, no excerpts or per-file summaries."),
    color: str = typer.Option("auto", "--color", help="Colour in text output: auto (only on a terminal), always, never."),
    show_rewrites: bool = typer.Option(False, "--show-rewrites", help="Print each sentence with findings rewritten with their first suggestions, and its chrF against the rewrite (JSON: a `rewrites` list per file)."),
    phrasebook: Optional[List[str]] = typer.Option(None, "--phrasebook", help="A house phrasebook (TOML, lexicon format) whose entries are checked like built-in ones. Repeatable."),
    accept_file: Optional[List[str]] = typer.Option(None, "--accept-file", help="Terms no rule may flag (names, kept foreign words), one per line; added to the configuration's accept list. Repeatable."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes in place (atomic rewrite); with - print the fixed text."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff of the safe fixes instead of writing them."),
    follow_symlinks: bool = typer.Option(False, "--fix-follow-symlinks", help="--fix: also rewrite files that symlinks lead to outside the checked folder (refused by default)."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="With -: read standard input as this file (its format, configuration file, baseline entry and name in reports)."),
    report_unused: bool = typer.Option(False, "--report-unused-suppressions", help="Report suppression comments that silence nothing (exit 1 when there are any)."),
) -> None:
    """Check files for translation artefacts."""
    from .report import REPORTERS, WRITERS
    from .rules.registry import select_rules

    from .report import outputs, suppressions

    output_format, output_file, extra_outputs = outputs.parse_outputs(formats, output_file, REPORTERS, _fail_usage)
    if fail_on not in FAIL_ON_CHOICES:
        _fail_usage(f"unknown --fail-on {fail_on!r} (choose from: {', '.join(FAIL_ON_CHOICES)})")
    if source_lang not in SOURCE_LANG_CHOICES:
        _fail_usage(f"unknown --source-lang {source_lang!r} (choose from: {', '.join(SOURCE_LANG_CHOICES)})")
    if color not in ("auto", "always", "never"):
        _fail_usage(f"unknown --color {color!r} (choose from: auto, always, never)")
    if min_score is not None and not 0 <= min_score <= 100:
        _fail_usage("--min-score must be between 0 and 100")
    config = Config(select=_split(select), ignore=_split(ignore), fail_on=fail_on,
                    min_score=min_score, source_lang=source_lang, phrasebooks=tuple(phrasebook or ()),
                    accept=_accept_terms(accept_file))
    if config.phrasebooks:
        from .lexicon import LexiconError, get_matcher, phrasebook_paths

        try:
            get_matcher(phrasebook_paths(config))
        except LexiconError as exc:
            _fail_usage(str(exc))
    try:
        select_rules(config.select, config.ignore)
    except ValueError as exc:
        _fail_usage(str(exc))

    if show_rewrites and (output_format not in ("text", "json") or fix or diff):
        typer.echo("tqcheck: warning: --show-rewrites only applies to --format text or json "
                   "without --fix/--diff; ignored", err=True)
    # --fix/--diff: what changed goes to stderr; the report shows what is left.
    # Large plain-text files keep their findings in a temporary file and reports are
    # written piece by piece (--show-rewrites still works on in-memory findings).
    run, show_report = _run(ctx, paths, config, input_format=input_format, config_path=config_path,
                            baseline=baseline, write_baseline=write_baseline, jobs=jobs, fix=fix, diff=diff,
                            spill=not show_rewrites, follow_symlinks=follow_symlinks, stdin_filename=stdin_filename)
    from .report.common import terminal_safe

    from .report.stream import output_errors

    output_errors("xmlcharrefreplace" if output_format in ("junit", "html") else "tqcheck-escape")
    for err in run.errors:
        typer.echo(f"tqcheck: error: {terminal_safe(str(err))}", err=True)
    from .engine import MAX_FINDINGS_PER_FILE

    for result in run.files:
        if getattr(result, "dropped", 0):
            typer.echo(f"tqcheck: warning: {terminal_safe(result.path)}: findings capped at "
                       f"{MAX_FINDINGS_PER_FILE:,} per file; at least {result.dropped:,} more not reported", err=True)
    if show_report and show_rewrites and output_format == "json":
        from .report.json_report import FINDING_DEPTH, dumps_indented
        from .evaluation.rewrites import add_to_json
        sys.stdout.write(dumps_indented(add_to_json(run.to_json(), run), FINDING_DEPTH) + "\n")
    elif show_report and statistics:
        outputs.write_statistics(run, sys.stdout)
    elif show_report and not output_file:
        WRITERS[output_format](run, sys.stdout, color=_use_color(color), quiet=quiet)
        if show_rewrites and output_format == "text":
            from .evaluation.render import rewrites_text
            sys.stdout.write(rewrites_text(run))
    if show_report:
        outputs.write_outputs(run, output_format, output_file, extra_outputs, quiet=quiet)
    sys.stdout.flush()
    unknown, unused = suppressions.check_suppressions(run, input_format, report_unused, sys.stderr) if show_report else (0, 0)
    if run.errors or unknown:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FINDINGS if run.failed() or unused else EXIT_CLEAN)


def _stdin_as(name: Optional[str], paths, input_format, config_path):
    """``--stdin-filename``: the input format and configuration file chosen as for ``name``."""
    if name is None:
        return input_format, config_path
    if list(paths) != ["-"]:
        _fail_usage("--stdin-filename needs - (standard input) as the only path")
    from .config_file import find_config
    from .readers.base import format_for

    return input_format or format_for(name, None), config_path or find_config(name)


def _rename_stdin(run, name: str, baseline: Optional[str]) -> None:
    """Name the standard-input result ``name`` in reports, then apply the baseline to it."""
    from .run.baseline import apply_baseline

    for result in (r for r in run.files if r.path == "-"):
        result.path = name
    run.baselined = apply_baseline(run, baseline) if baseline else run.baselined


def _run(ctx, paths, config, *, input_format, config_path, baseline, write_baseline, jobs, fix, diff,
         spill=False, follow_symlinks=False, stdin_filename=None):
    """Check (or fix) ``paths``: each input's configuration file, with the flags given on
    the command line (taken from ``config``) on top. Returns ``(run, show_report)``; a bad
    option, configuration file or baseline exits 2."""
    from .api import BaselineError, ConfigError, check_paths, default_jobs, fix_paths, write_baseline as write
    from .readers.base import READERS

    if input_format is not None and input_format not in READERS:
        _fail_usage(f"unknown --input-format {input_format!r} (choose from: {', '.join(READERS)})")
    input_format, config_path = _stdin_as(stdin_filename, paths, input_format, config_path)
    if jobs is not None and jobs < 1:
        _fail_usage("--jobs must be 1 or more")
    if config_path is not None and os.path.isdir(config_path):
        _fail_usage(f"--config {config_path}: is a folder; give the configuration file "
                    "(pyproject.toml or .tqcheck.toml)")
    if config_path is not None and not os.path.isfile(config_path):
        _fail_usage(f"--config {config_path}: no such file")
    if (fix or diff) and (baseline or write_baseline):
        _fail_usage("--fix/--diff cannot be combined with --baseline or --write-baseline")
    if baseline and write_baseline:
        _fail_usage("--baseline and --write-baseline cannot be combined: write the new baseline "
                    "from a run without --baseline")
    given = {name for name in ("select", "ignore", "fail_on", "min_score", "source_lang")
             if getattr(ctx.get_parameter_source(name), "name", "") == "COMMANDLINE"}
    overrides = {name: getattr(config, name) for name in given}
    if config.phrasebooks:        # --phrasebook replaces the file's list
        overrides["phrasebooks"] = config.phrasebooks
    if config.accept:             # --accept-file adds to the file's accept list
        overrides["accept"] = config.accept
    from .nlp.gcpause import release

    release()               # the collector back on (off since a check run's start: gcpause.hold)
    try:
        if fix or diff:
            return fix_paths(paths, None, diff=diff, input_format=input_format,
                             overrides=overrides, config_file=config_path, follow_symlinks=follow_symlinks)
        run = check_paths(paths, None, input_format, overrides=overrides, config_file=config_path,
                          jobs=jobs or default_jobs(), baseline=None if stdin_filename else baseline,
                          progress=sys.stderr.isatty(), spill=spill)
        if stdin_filename:
            _rename_stdin(run, stdin_filename, baseline)
        if write_baseline:
            try:
                n = write(run, write_baseline)
            except OSError as exc:
                _fail_usage(f"--write-baseline {write_baseline}: cannot write "
                            f"({exc.strerror or exc}{': ' + os.path.dirname(os.path.abspath(write_baseline)) if isinstance(exc, FileNotFoundError) else ''})")
            typer.echo(f"tqcheck: wrote {n} findings to baseline {write_baseline}", err=True)
    except (ConfigError, BaselineError) as exc:
        _fail_usage(str(exc))
    if write_baseline and not run.errors:
        raise typer.Exit(EXIT_CLEAN)
    return run, True


@app.command("rules")
def list_rules(
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
) -> None:
    """List every rule: code, category, default severity, summary."""
    import json

    from .rules.registry import FAMILIES, all_rules

    rules = all_rules()
    if output_format == "json":
        typer.echo(json.dumps([
            {"code": r.code, "name": r.name, "category": r.category.value, "severity": r.severity.value,
             "fixable": r.fixable, "summary": r.summary} for r in rules
        ], indent=2))
        return
    if output_format != "text":
        _fail_usage(f"unknown --format {output_format!r} (choose from: text, json)")
    family = None
    for r in rules:
        if r.family != family:
            family = r.family
            typer.echo(f"{family}xx  {FAMILIES.get(family, '')}")
        fix = " [fix]" if r.fixable else ""
        typer.echo(f"  {r.code}  {r.category.value:<13} {r.severity.value:<7} {r.summary}{fix}")


@app.command()
def explain(code: str = typer.Argument(..., help="A rule code such as TQ601.")) -> None:
    """Explain a rule: what it catches, why it is a translation artefact, examples."""
    import textwrap

    from .rules.registry import get_rule

    r = get_rule(code)
    if r is None:
        _fail_usage(f"unknown rule {code!r}; `tqcheck rules` lists them")
    typer.echo(f"{r.code} {r.name} ({r.category.value}, default severity {r.severity.value})")
    typer.echo("")
    typer.echo(textwrap.fill(r.summary, 88))
    typer.echo("")
    typer.echo(textwrap.fill(r.explanation, 88))
    if r.bad:
        typer.echo("\nFlagged:")
        for ex in r.bad:
            typer.echo(f"  ✗ {ex}")
    if r.good:
        typer.echo("\nNot flagged:")
        for ex in r.good:
            typer.echo(f"  ✓ {ex}")
    extra = getattr(r.check, "explain_more", None)
    if extra:
        typer.echo("")
        typer.echo(extra())


phrasebook_app = typer.Typer(help="House phrasebooks: your own TQ3xx entries in the lexicon format.",
                              no_args_is_help=True)
app.add_typer(phrasebook_app, name="phrasebook")


@phrasebook_app.command("check")
def phrasebook_check(files: List[str] = typer.Argument(..., help="Phrasebook TOML files.")) -> None:
    """Validate phrasebooks: syntax, every `fire` example fires, every `quiet` one stays quiet."""
    from .lexicon import LexiconError, check_examples, load_lexicon_file

    problems: list[str] = []
    total, unreadable = 0, False
    for f in files:
        try:
            entries = load_lexicon_file(f, house=True)
        except LexiconError as exc:
            problems.append(str(exc))
            unreadable = True
            continue
        total += len(entries)
        problems.extend(check_examples(entries))
    for p in problems:
        typer.echo(f"tqcheck: error: {p}", err=True)
    if problems:
        raise typer.Exit(EXIT_USAGE if unreadable else EXIT_FINDINGS)
    typer.echo(f"{total} entries OK in {len(files)} file(s)")


# The measuring and service commands live in their own modules (this one stays small).
from .cli_evaluation import eval_gold, score  # noqa: E402
from .cli_services import archive, serve  # noqa: E402

app.command()(score)
app.command("eval")(eval_gold)
app.command()(serve)
app.command()(archive)

from .bitext.cli_command import add_command  # noqa: E402  (`tqcheck bitext`; imports nothing heavy)

add_command(app, _split, _fail_usage, writers=lambda: __import__("tqcheck.report", fromlist=["WRITERS"]).WRITERS)


def main() -> None:
    import signal

    if hasattr(signal, "SIGPIPE"):
        # `tqcheck check ... | head -1`: a closed pipe ends the run quietly, as for other
        # command-line tools, instead of a BrokenPipeError traceback.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from .report.stream import output_errors

    output_errors("tqcheck-escape")
    (_check_only_app() if sys.argv[1:2] == ["check"] else app)()


def _check_only_app() -> typer.Typer:
    """The command tree for ``tqcheck check ...``: the root options and ``check`` alone.
    Typer reads the signature of every command when it builds the tree (~15 ms for all
    of them, a few for ``check``), and a check run needs only this one; its help, errors
    and behaviour are those of ``check`` in the full tree (tests/test_startup.py)."""
    one = typer.Typer(name=app.info.name, help=app.info.help, add_completion=False, no_args_is_help=True,
                      pretty_exceptions_enable=False)
    one.callback()(_root)
    one.command()(check)
    return one


if __name__ == "__main__":
    main()
