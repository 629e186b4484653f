"""The CLI's measuring commands: `tqcheck score` (sacrebleu against references) and
`tqcheck eval` (gold spans and real copy). Registered on the app by cli.py; the evaluation
package is imported only when one of them runs."""
from __future__ import annotations

import sys
from typing import List, Optional

import typer

from .cli_common import EXIT_CLEAN, EXIT_FINDINGS, accept_terms, fail_usage, split_codes
from .config import Config


def score(
    hyp: str = typer.Argument(..., help="Hypothesis (machine translation): line-aligned segments or an article."),
    ref: List[str] = typer.Option(..., "--ref", "-r", help="Reference translation; repeat for several."),
    metrics: Optional[List[str]] = typer.Option(None, "--metrics", "-m", help="bleu, chrf, chrf++, ter (comma-separate or repeat; default all)."),
    mode: str = typer.Option("auto", "--mode", help="lines (one segment per line), article (split and align sentences) or auto."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
    min_chrf: Optional[float] = typer.Option(None, "--min-chrf", help="Exit 1 when the corpus chrF is below this."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Text format: show only the N worst segments."),
) -> None:
    """Score a translation against references with sacrebleu (BLEU, chrF, chrF++, TER), worst sentences first."""
    from .evaluation import reference as R
    from .evaluation.render import score_text, to_json

    try:
        chosen = R.parse_metrics(metrics)
        if min_chrf is not None and "chrf" not in chosen:
            chosen = chosen + ("chrf",)
        if output_format not in ("text", "json"):
            raise ValueError(f"unknown --format {output_format!r} (choose from: text, json)")
        res = R.score(hyp, ref, chosen, mode)
    except (ValueError, R.ScoreInputError) as exc:
        fail_usage(str(exc))
    sys.stdout.write(to_json(res) if output_format == "json" else score_text(res, limit))
    raise typer.Exit(EXIT_FINDINGS if min_chrf is not None and res.corpus["chrf"] < min_chrf else EXIT_CLEAN)


def eval_gold(
    gold: List[str] = typer.Argument(..., help="X.gold.jsonl files (text in X.txt beside each), clean .txt files, real-copy JSONL (passages with `artefacts`, or clean sentences), or folders of them."),
    output_format: str = typer.Option("text", "--format", "-f", help="text or json."),
    tier: str = typer.Option("all", "--tier", help="Gold tier for the per-category table and lists: core, stretch, all."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules (as in check)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (as in check)."),
    show: bool = typer.Option(False, "--show", help="Real copy: list every miss, every finding touching no span and every false alarm."),
    accept_file: Optional[List[str]] = typer.Option(None, "--accept-file", help="Terms no rule may flag (as in check). Repeatable."),
) -> None:
    """Precision and recall against annotated gold spans, or recall per kind and false alarms on real copy."""
    from .evaluation import evaluate as E
    from .evaluation import realcopy as RC
    from .evaluation.render import gold_text, real_text, to_json

    config = Config(select=split_codes(select), ignore=split_codes(ignore), accept=accept_terms(accept_file))
    from .evaluation.bitext_eval import run_on_devsets

    gold = run_on_devsets(gold, config, output_format, fail_usage)   # bilingual dev sets (*.bitext.jsonl)
    if not gold:
        return
    try:
        if output_format not in ("text", "json") or tier not in E.TIERS:
            raise ValueError(f"bad --format {output_format!r} or --tier {tier!r}")
        gold_paths, real_paths = E.split_inputs(gold)
        res = E.evaluate(gold_paths, config) if gold_paths or not real_paths else None
        real = RC.evaluate_real([(p, *RC.load(p)) for p in real_paths], RC.plain_checker(config)) \
            if real_paths else None
    except (ValueError, E.GoldError) as exc:
        fail_usage(str(exc))
    if output_format == "json":
        if res is not None and real is not None:
            import json

            sys.stdout.write(json.dumps({"gold": res.to_json(), "real": real.to_json()},
                                        ensure_ascii=False, indent=2) + "\n")
        else:
            sys.stdout.write(to_json(res if res is not None else real))
        return
    if res is not None:
        sys.stdout.write(gold_text(res, tier))
    if real is not None:
        sys.stdout.write(("\n" if res is not None else "") + real_text(real, show))
