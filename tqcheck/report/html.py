"""A self-contained HTML page: every story with its artefacts highlighted in place.

Each highlighted span is a ``<mark>`` coloured by category (underline style by
severity); hovering, focusing (Tab) or clicking it shows the rule, the message
and the suggestion. Each story shows its quality score and a table of findings
that link to the highlights. No external assets: the CSS and the few lines of
script are inline, so the page works offline and as a CI artefact.
"""
from __future__ import annotations

from array import array
from html import escape
from typing import TextIO

from .. import __version__
from ..findings import Category, Severity
from .common import render_with, write_pieces

COLORS = {
    Category.PUNCTUATION: "#d35400",
    Category.NUMBER_FORMAT: "#8e44ad",
    Category.CALQUE: "#c0392b",
    Category.WORD_ORDER: "#1f6fb2",
    Category.UNTRANSLATED: "#138d75",
    Category.STRUCTURE: "#5d6d7e",
    Category.STYLE: "#b7950b",
}
_SEV_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

CSS = """
body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1c1c1c;background:#f6f5f1;margin:0}
header,main{max-width:60rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.25rem}
h1{font:600 1.5rem system-ui,sans-serif;margin:.2rem 0}
h2{font:600 1.1rem system-ui,sans-serif;margin:0 0 .4rem;word-break:break-all}
.summary,.meta,.legend,table{font:13px/1.5 system-ui,sans-serif}
.legend span{display:inline-block;margin:.15rem .6rem .15rem 0}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px;margin-right:.3rem}
.story{background:#fff;border:1px solid #dedbd2;border-radius:6px;margin:1.25rem 0;padding:1rem 1.25rem}
.meta span{margin-right:1rem}
.score{font-weight:700;padding:.1rem .45rem;border-radius:3px;color:#fff}
.score.good{background:#1e8449}.score.fair{background:#b9770e}.score.poor{background:#b03a2e}
.text{white-space:pre-wrap;overflow-wrap:anywhere;margin:.8rem 0;padding:.75rem;background:#fcfcfa;border-left:3px solid #e3e0d6}
mark.tq{position:relative;background:color-mix(in srgb,var(--c) 16%,transparent);border-bottom:2px solid var(--c);
  color:inherit;cursor:pointer;border-radius:2px;padding:0 1px}
mark.tq.s-error{border-bottom-width:3px}
mark.tq.s-info{border-bottom-style:dotted}
mark.tq.empty::after{content:"\\2038";color:var(--c);font-weight:700}
mark.tq .tip{display:none;position:absolute;left:0;top:1.6em;z-index:5;width:max-content;max-width:26rem;
  white-space:normal;background:#222;color:#fff;font:13px/1.45 system-ui,sans-serif;padding:.5rem .65rem;
  border-radius:5px;box-shadow:0 3px 12px rgba(0,0,0,.3)}
mark.tq:hover .tip,mark.tq:focus .tip,mark.tq.open .tip{display:block}
mark.tq:focus{outline:2px solid var(--c)}
.tip b{color:#ffd479}.tip .sugg{color:#9fe2a1}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-top:1px solid #eee}
td code{font-size:12px;background:#f1efe9;padding:0 .2rem;border-radius:2px}
td.cat i{display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.3rem;background:var(--c)}
footer{font:12px system-ui,sans-serif;color:#777;text-align:center;padding:1rem}
"""

SCRIPT = """
document.addEventListener('click',function(e){
  var m=e.target.closest('mark.tq');
  document.querySelectorAll('mark.tq.open').forEach(function(x){if(x!==m)x.classList.remove('open');});
  if(m){m.classList.toggle('open');}
});
"""


def _score_class(score: float) -> str:
    return "good" if score >= 90 else "fair" if score >= 70 else "poor"


def _tip(findings) -> str:
    parts = []
    for f in findings:
        s = f"<b>{escape(f.rule)}</b> {escape(f.severity.value)} · {escape(f.category.value)}<br>{escape(f.message)}"
        if f.suggestions:
            label = "fix" if f.fix is not None else "suggestion"
            s += f'<br><span class="sugg">{label}: {escape(" | ".join(f.suggestions))}</span>'
        parts.append(s)
    return '<span class="tip" role="tooltip">' + "<hr>".join(parts) + "</span>"


def _highlight(text: str, findings, file_no: int, start: int = 0, n: int = 0) -> tuple[str, list[int], int]:
    """The text (of a piece starting at file offset ``start``) with each covered segment in a
    <mark>; returns the HTML, each finding's anchor number (id ``f{file_no}-{number}``) and
    the next unused anchor number (anchors are numbered from ``n``)."""
    cuts = {0, len(text)}
    for f in findings:
        cuts.add(f.start - start)
        cuts.add(f.end - start)
    cuts = sorted(cuts)
    anchors: list[int] = [-1] * len(findings)
    out = []
    empties = {}
    for i, f in enumerate(findings):
        if f.start == f.end:
            empties.setdefault(f.start - start, []).append(i)
    # Sweep: non-empty findings enter ``active`` at their start and leave once they end
    # before the segment does (every start and end is a cut, so a segment is covered whole).
    by_start = sorted((i for i, f in enumerate(findings) if f.start < f.end), key=lambda i: findings[i].start)
    active: list[int] = []
    k = 0
    for a, b in zip(cuts, cuts[1:] + [None]):
        for i in empties.get(a, []):
            f = findings[i]
            anchors[i] = n
            out.append(_mark("", [f], f"f{file_no}-{n}"))
            n += 1
        if b is None:
            break
        while k < len(by_start) and findings[by_start[k]].start - start <= a:
            active.append(by_start[k])
            k += 1
        active = [i for i in active if b <= findings[i].end - start]
        covering = sorted(active)
        if not covering:
            out.append(escape(text[a:b]))
            continue
        for i in covering:
            if anchors[i] < 0:
                anchors[i] = n
        out.append(_mark(text[a:b], [findings[i] for i in covering], f"f{file_no}-{n}"))
        n += 1
    return "".join(out), anchors, n


def _mark(segment: str, covering, aid: str) -> str:
    lead = min(covering, key=lambda f: (_SEV_ORDER[f.severity], f.rule))
    rules = " ".join(sorted({f.rule for f in covering}))
    cls = f"tq c-{lead.category.value} s-{lead.severity.value}" + ("" if segment else " empty")
    return (f'<mark class="{cls}" id="{aid}" tabindex="0" style="--c:{COLORS[lead.category]}" '
            f'data-rules="{rules}" data-category="{lead.category.value}">{escape(segment)}{_tip(covering)}</mark>')


def _write_story(result, file_no: int, out: TextIO) -> None:
    """One file's section: its text with highlights, then its table of findings, written a
    piece of the file at a time (the table is a second pass over the findings)."""
    counts = result.severity_counts()
    lang = result.source_language
    lang_s = f"{lang.guess} ({lang.confidence:.2f})" if lang.guess else "unknown"
    q = result.quality
    out.write(
        f'<section class="story" id="file-{file_no}" data-path="{escape(result.path)}">'
        f"<h2>{escape(result.path)}</h2>"
        f'<div class="meta"><span class="score {_score_class(q.score)}" data-score="{q.score}">quality {q.score:.1f}</span>'
        f"<span>penalty {q.penalty:g}</span><span>{result.words} words</span>"
        f"<span>{len(result.findings)} findings: {counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
        f"{counts[Severity.INFO]} info</span><span>source language {escape(lang_s)}</span></div>"
        '<div class="text">')
    anchors = array("l")
    n = 0
    for piece in result.pieces():
        body, piece_anchors, n = _highlight(piece.text, piece.findings, file_no, piece.start, n)
        out.write(body)
        anchors.extend(piece_anchors)
    out.write("</div>")
    if not result.findings:
        out.write("<p class=\"meta\">No findings.</p></section>")
        return
    out.write("<table><thead><tr><th>at</th><th>rule</th><th>category</th><th>severity</th><th>text</th>"
              "<th>message</th><th>suggestion</th></tr></thead><tbody>")
    write_pieces((_row(f, f"f{file_no}-{anchor}") for f, anchor in zip(result.findings, anchors)), out)
    out.write("</tbody></table></section>")


def _row(f, aid: str) -> str:
    sugg = escape(" | ".join(f.suggestions))
    return (f'<tr><td><a href="#{aid}">{f.line}:{f.column}</a></td><td>{escape(f.rule)}</td>'
            f'<td class="cat" style="--c:{COLORS[f.category]}"><i></i>{escape(f.category.value)}</td>'
            f"<td>{escape(f.severity.value)}</td><td><code>{escape(f.text)}</code></td>"
            f"<td>{escape(f.message)}</td><td>{sugg}</td></tr>")


def write_html(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    counts = run.count_by_severity()
    legend = "".join(f'<span><i style="background:{c}"></i>{cat.value}</span>' for cat, c in COLORS.items())
    errors = "".join(f"<li>{escape(str(e))}</li>" for e in run.errors)
    extra = []
    if getattr(run, "suppressed", 0):
        extra.append(f"{run.suppressed} suppressed")
    if getattr(run, "baselined", 0):
        extra.append(f"{run.baselined} in the baseline")
    extra_s = (" (" + ", ".join(extra) + ")") if extra else ""
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>tqcheck report</title><style>{CSS}</style></head><body>"
        f"<header><h1>tqcheck report</h1>"
        f'<p class="summary">{len(run.files)} files, {run.finding_count} findings: {counts["error"]} error, '
        f'{counts["warning"]} warning, {counts["info"]} info{extra_s}. Hover, tab to or click a highlight '
        f"for the rule, the message and the suggestion.</p>"
        f'<div class="legend">{legend}</div>'
        + (f'<ul class="input-errors">{errors}</ul>' if errors else "")
        + "</header><main>")
    for i, r in enumerate(run.files):
        _write_story(r, i + 1, out)
    out.write(f"</main><footer>tqcheck {__version__}</footer><script>{SCRIPT}</script></body></html>\n")


def render_html(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_html, run, color=color, quiet=quiet)
