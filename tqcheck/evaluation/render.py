"""Text and JSON output of the evaluation commands, in one place: `tqcheck eval` on gold
(``gold_text``) and on real copy (``real_text``), `tqcheck score` (``score_text``) and
`check --show-rewrites` (``rewrites_text``). The check report itself is
``report.text.render_text``.
"""
from __future__ import annotations

import json


def to_json(result) -> str:
    """Any evaluation result (``.to_json()``) as indented JSON."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def clip(s: str, n: int = 50, squash: bool = True) -> str:
    """``s`` cut to ``n`` characters with an ellipsis; ``squash`` first joins its white space."""
    if squash:
        s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def section(out: list[str], title: str, rows: list[str]) -> None:
    """A titled, counted list after a blank line; nothing when there are no rows."""
    if rows:
        out += ["", f"{title} ({len(rows)}):"] + [f"  {r}" for r in rows]


# --- tqcheck eval: gold ----------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "    -" if x is None else f"{100 * x:5.1f}"


def gold_text(res, tier: str = "all", details: bool = True) -> str:
    from .evaluate import TIERS

    out = [f"Evaluated {len(res.files)} file(s): {res.sentences} sentences, {res.words} words, "
           f"{sum(len(f.spans) for f in res.files)} gold spans, {res.findings} findings"]
    for t in TIERS:
        o = res.tables[t]["overall"]
        out.append(f"  tier {t:<7} recall {o.found}/{o.gold} {_pct(o.recall)}%  "
                   f"precision {o.tp}/{o.tp + o.fp} {_pct(o.precision)}%  F1 {_pct(o.f1)}")
    out.append(f"  false alarms: {len(res.false_alarms['all'])} "
               f"({res.false_alarms_per_100_sentences():.2f} per 100 sentences)")
    out.append("")
    out.append(f"tier {tier}:")
    out.append(f"  {'category':<14} {'gold':>5} {'found':>5} {'missed':>6} {'TP':>4} {'FP':>4} "
               f"{'prec%':>6} {'rec%':>6} {'F1%':>6}")
    for cat, n in res.tables[tier].items():
        if cat != "overall" and not (n.gold or n.tp or n.fp):
            continue
        out.append(f"  {cat:<14} {n.gold:>5} {n.found:>5} {n.gold - n.found:>6} {n.tp:>4} {n.fp:>4} "
                   f"{_pct(n.precision):>6} {_pct(n.recall):>6} {_pct(n.f1):>6}")
    if details:
        section(out, "Missed", [
            f"{gf.text_path}:{g.start}-{g.end} {g.category}/{g.tier} {clip(g.span)!r} -> {clip(g.fix)!r}"
            for gf, g in res.misses[tier]])
        section(out, "False alarms", [
            f"{gf.text_path}:{f.line}:{f.column} {f.rule} {f.category.value} "
            f"{clip(f.text)!r}: {clip(f.message, 70)}"
            for gf, f in res.false_alarms[tier]])
    return "\n".join(out) + "\n"


# --- tqcheck eval: real copy -------------------------------------------------------------

def _fig(c, warning: bool = False) -> str:
    r = c.recall(warning)
    return "   -" if r is None else f"{r:.2f}"


def real_summary(res) -> list[str]:
    """The group and overall figures, worded as ``realdev/measure.py`` prints them."""
    out = []
    for g, c in res.groups.items():
        if c.spans:
            out.append(f"group {g}: recall {c.found}/{c.spans} = {_fig(c)} (warning+ {_fig(c, True)})")
    o = res.overall
    if o.spans:
        out.append(f"recall {o.found}/{o.spans} = {_fig(o)} on in-scope spans (warning+ {_fig(o, True)}); "
                   f"{len(res.unmatched)} of {res.findings} findings touch no annotated span")
    if res.sentences:
        out.append(f"clean: {len(res.false_alarms)} warnings/errors on {res.sentences} sentences "
                   f"= {res.false_alarms_per_100():.1f} per 100")
    return out


def real_text(res, details: bool = False) -> str:
    out = [f"Real copy: {res.passages} passage(s) in {len(res.passage_files)} file(s), "
           f"{res.overall.spans} in-scope spans, {res.findings} findings; "
           f"{res.sentences} clean sentence(s) in {len(res.clean_files)} file(s)"]
    if res.passages:
        out += ["", f"  {'kind':<26} {'spans':>5} {'found':>5} {'recall':>6} {'warn+':>5} {'recall':>6}"]
        out += [f"  {k:<26} {c.spans:>5} {c.found:>5} {_fig(c):>6} {c.found_warning:>5} {_fig(c, True):>6}"
                for k, c in res.sorted_kinds() + [("all in scope", res.overall)]]
    out += [""] + real_summary(res)
    if details:
        def finding(r, f):
            return f"{r.file}:{r.line} {f.rule} {f.severity.value} {clip(f.text, 60)!r}: {clip(f.message, 70)}"

        section(out, "Missed", [f"{r.file}:{r.line} [{a.kind}] {clip(a.span, 60)!r}" for r, a in res.misses])
        section(out, "Findings touching no span", [finding(r, f) for r, f in res.unmatched])
        section(out, "False alarms on clean sentences", [finding(r, f) for r, f in res.false_alarms])
    return "\n".join(out) + "\n"


# --- tqcheck score -----------------------------------------------------------------------

def score_text(res, limit: int | None = None) -> str:
    from .reference import METRIC_NAMES

    names = [METRIC_NAMES[m] for m in res.metrics]
    out = [f"{res.hyp_path} vs {', '.join(res.ref_paths)} ({res.mode} mode, {len(res.segments)} segments)"]
    if res.mode == "article":
        counts = ", ".join(f"{k}: {v}" for k, v in res.alignment_counts().items())
        out.append(f"alignment: {counts}")
    out.append("corpus: " + "  ".join(f"{METRIC_NAMES[m]} {res.corpus[m]:.2f}" for m in res.metrics))
    for m in res.metrics:
        out.append(f"  {METRIC_NAMES[m]:<7} {res.signatures[m]}")
    out.append("")
    head = "  #  align " + " ".join(f"{n:>7}" for n in names) + "  finds  segment"
    out.append(head)
    segs = res.worst_first()
    for s in segs[:limit] if limit else segs:
        vals = " ".join(f"{s.scores[m]:7.2f}" for m in res.metrics)
        out.append(f"{s.index + 1:>3}  {s.kind:<5} {vals}  {len(s.findings):>5}  {clip(s.hyp, 70, False)}")
        for f in s.findings:
            out.append(f"{'':>13}{f.rule} {f.severity.value}: {clip(f.message, 60, False)} "
                       f"[{clip(f.text, 30, False)}]")
    return "\n".join(out) + "\n"


# --- check --show-rewrites -----------------------------------------------------------------

def rewrites_text(run) -> str:
    from .rewrites import file_rewrites

    out = []
    for result in run.files:
        rewrites = file_rewrites(result)
        if not rewrites:
            continue
        out.append(f"Rewrites for {result.path} ({len(rewrites)} sentence{'' if len(rewrites) == 1 else 's'}):")
        for r in rewrites:
            note = f"{len(r.applied)} applied" + (f", {len(r.skipped)} without a usable suggestion" if r.skipped else "")
            out.append(f"  line {r.line}: chrF {r.chrf:.2f} ({note})")
            out.append("    - " + " ".join(r.text.split()))
            out.append("    + " + " ".join(r.rewrite.split()))
    return ("\n".join(out) + "\n") if out else ""
