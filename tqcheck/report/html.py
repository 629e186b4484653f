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
from .common import render_with, write_pieces, plural

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
mark.tq::before{font:700 9px/1 system-ui,sans-serif;vertical-align:super;margin-right:1px}
mark.tq.s-error::before{content:"\\2716";color:#b03a2e}
mark.tq.s-warning::before{content:"\\25B2";color:#b9770e}
mark.tq.s-info::before{content:"i";color:#1f6fb2;font-style:italic}
.sev{font:700 11px system-ui,sans-serif;padding:0 .3rem;border-radius:3px;color:#fff;white-space:nowrap}
.sev.s-error{background:#b03a2e}.sev.s-warning{background:#b9770e}.sev.s-info{background:#1f6fb2}
.legend .sevkey{margin-right:.9rem}.legend .sevkey u{text-decoration:none;border-bottom:2px solid #555;padding:0 2px}
.legend .sevkey.s-error u{border-bottom-width:3px}.legend .sevkey.s-info u{border-bottom-style:dotted}
.toc,.filter{font:13px/1.5 system-ui,sans-serif;margin:.6rem 0}
.toc ol{margin:.2rem 0;padding-left:1.4rem}.toc a{word-break:break-all}
.filter label{margin-right:.7rem}.filter select{font:inherit}
mark.tq.off{background:none;border-bottom-color:transparent;cursor:auto}
mark.tq.off::before,mark.tq.off .tip{display:none!important}
tr.off{display:none}
.tip code,td code.msg{font:12px ui-monospace,monospace;background:rgba(127,127,127,.25);padding:0 .2rem;border-radius:2px}
.plain-note{font:12px system-ui,sans-serif;color:#666}
"""

SCRIPT = """
document.addEventListener('click',function(e){
  var m=e.target.closest('mark.tq');
  document.querySelectorAll('mark.tq.open').forEach(function(x){if(x!==m)x.classList.remove('open');});
  if(m&&!m.classList.contains('off')){m.classList.toggle('open');}
});
function tqFilter(){
  var rule=document.getElementById('f-rule').value, sev={};
  document.querySelectorAll('.filter input[data-sev]').forEach(function(c){sev[c.dataset.sev]=c.checked;});
  function pass(rules,sevs){
    var r=rules.split(' '), s=sevs.split(' ');
    for(var i=0;i<r.length;i++){if((rule===''||r[i]===rule)&&sev[s[i]])return true;}
    return false;
  }
  document.querySelectorAll('mark.tq').forEach(function(m){m.classList.toggle('off',!pass(m.dataset.rules,m.dataset.sevs));});
  document.querySelectorAll('tr[data-rule]').forEach(function(t){t.classList.toggle('off',!pass(t.dataset.rule,t.dataset.sev));});
}
document.addEventListener('change',function(e){if(e.target.closest('.filter'))tqFilter();});
"""


def _msg(message: str) -> str:
    """The message escaped, with each `backticked` span shown as code."""
    parts = escape(message).split("`")
    if len(parts) % 2 == 0:            # an odd number of backticks: leave them as they are
        return escape(message)
    return "".join(f'<code class="msg">{p}</code>' if i % 2 else p for i, p in enumerate(parts))


def _plain_findings(result):
    """For a file read as HTML or Markdown: the reader's plain text and the findings moved
    to offsets in it (the page shows the text a reader sees, not the markup); else None."""
    import bisect
    import dataclasses

    doc = getattr(result, "document", None)
    omap = getattr(doc, "offset_map", None)
    if doc is None or omap is None or not omap.runs or not isinstance(result.findings, list):
        return None
    runs = sorted(omap.runs, key=lambda r: r[1])          # by file offset
    file_starts = [r[1] for r in runs]

    def to_plain(offset: int, is_end: bool) -> int:
        i = bisect.bisect_right(file_starts, offset) - 1
        if i >= 0:
            t, f, n = runs[i]
            if offset < f + n or (is_end and offset == f + n):
                return t + offset - f
            if is_end:                   # in markup after run i: the end of that run
                return t + n
        if i + 1 < len(runs):            # in markup before run i+1: where it starts
            return runs[i + 1][0]
        t, f, n = runs[-1]
        return t + n

    moved = []
    for f in result.findings:
        start = to_plain(f.start, False)
        end = max(start, to_plain(f.end, True)) if f.end > f.start else start
        moved.append(dataclasses.replace(f, start=start, end=end))
    return doc.text, moved


def _score_class(score: float) -> str:
    return "good" if score >= 90 else "fair" if score >= 70 else "poor"


def _tip(findings) -> str:
    parts = []
    for f in findings:
        s = f"<b>{escape(f.rule)}</b> {escape(f.severity.value)} · {escape(f.category.value)}<br>{_msg(f.message)}"
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
    cls = f"tq c-{lead.category.value} s-{lead.severity.value}" + ("" if segment else " empty")
    return (f'<mark class="{cls}" id="{aid}" tabindex="0" style="--c:{COLORS[lead.category]}" '
            f'data-rules="{" ".join(f.rule for f in covering)}" data-sevs="{" ".join(f.severity.value for f in covering)}" '
            f'data-category="{lead.category.value}">{escape(segment)}{_tip(covering)}</mark>')


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
        f"<span>{plural(len(result.findings), 'finding')}: {counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
        f"{counts[Severity.INFO]} info</span><span>source language {escape(lang_s)}</span></div>"
        '<div class="text">')
    anchors = array("l")
    n = 0
    plain = _plain_findings(result)
    if plain is not None:
        body, piece_anchors, n = _highlight(plain[0], plain[1], file_no, 0, n)
        out.write(body)
        anchors.extend(piece_anchors)
    else:
        for piece in result.pieces():
            body, piece_anchors, n = _highlight(piece.text, piece.findings, file_no, piece.start, n)
            out.write(body)
            anchors.extend(piece_anchors)
    out.write("</div>")
    if plain is not None:
        out.write('<p class="plain-note">Shown as the text a reader sees (markup removed); '
                  "line:column in the table point into the file.</p>")
    if not result.findings:
        out.write("<p class=\"meta\">No findings.</p></section>")
        return
    out.write("<table><thead><tr><th>at</th><th>rule</th><th>category</th><th>severity</th><th>text</th>"
              "<th>message</th><th>suggestion</th></tr></thead><tbody>")
    write_pieces((_row(f, f"f{file_no}-{anchor}") for f, anchor in zip(result.findings, anchors)), out)
    out.write("</tbody></table></section>")


def _row(f, aid: str) -> str:
    sugg = escape(" | ".join(f.suggestions))
    sev = f.severity.value
    return (f'<tr data-rule="{escape(f.rule)}" data-sev="{sev}"><td><a href="#{aid}">{f.line}:{f.column}</a></td><td>{escape(f.rule)}</td>'
            f'<td class="cat" style="--c:{COLORS[f.category]}"><i></i>{escape(f.category.value)}</td>'
            f'<td><span class="sev s-{sev}">{sev}</span></td><td><code>{escape(f.text)}</code></td>'
            f"<td>{_msg(f.message)}</td><td>{sugg}</td></tr>")


def write_html(run, out: TextIO, *, color: bool = False, quiet: bool = False) -> None:
    counts = run.count_by_severity()
    legend = "".join(f'<span><i style="background:{c}"></i>{cat.value}</span>' for cat, c in COLORS.items())
    legend = ('<div class="legend">' + "".join(
        f'<span class="sevkey s-{k}"><b style="color:{c}">{g}</b> <u>{k}</u></span>'
        for k, g, c in (("error", "\u2716", "#b03a2e"), ("warning", "\u25B2", "#b9770e"), ("info", "<i>i</i>", "#1f6fb2")))
        + "</div>" + '<div class="legend">' + legend + "</div>")
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
        f'<p class="summary">{plural(len(run.files), "file")}, {plural(run.finding_count, "finding")}: {counts["error"]} error, '
        f'{counts["warning"]} warning, {counts["info"]} info{extra_s}. Hover, tab to or click a highlight '
        f"for the rule, the message and the suggestion.</p>"
        + legend + _toc_and_filter(run)
        + (f'<ul class="input-errors">{errors}</ul>' if errors else "")
        + "</header><main>")
    for i, r in enumerate(run.files):
        _write_story(r, i + 1, out)
    out.write(f"</main><footer>tqcheck {__version__}</footer><script>{SCRIPT}</script></body></html>\n")


def _toc_and_filter(run) -> str:
    """A table of contents (each file, its score and findings) and the rule/severity filter."""
    items, rules = [], set()
    for i, r in enumerate(run.files):
        for piece in r.pieces():
            rules.update(f.rule for f in piece.findings)
        items.append(f'<li><a href="#file-{i + 1}">{escape(r.path)}</a> · quality {r.quality.score:.1f} · '
                     f"{plural(len(r.findings), 'finding')}</li>")
    toc = f'<nav class="toc"><b>Files</b><ol>{"".join(items)}</ol></nav>' if items else ""
    if not rules:
        return toc
    options = "".join(f'<option value="{c}">{c}</option>' for c in sorted(rules))
    boxes = "".join(f'<label><input type="checkbox" data-sev="{s}" checked> {s}</label>'
                    for s in ("error", "warning", "info"))
    return (toc + f'<div class="filter"><label>Rule <select id="f-rule"><option value="">all rules</option>'
            f"{options}</select></label>{boxes}</div>")


def render_html(run, *, color: bool = False, quiet: bool = False) -> str:
    return render_with(write_html, run, color=color, quiet=quiet)
