"""The side-by-side view: one HTML page, source left and target right, aligned sentence
by sentence, findings marked on both sides (the target span, and the source span it
relates to). Self-contained: no script, no external resource."""
from __future__ import annotations

from html import escape

_CSS = """body{font-family:system-ui,sans-serif;margin:1.5em;color:#111}table{border-collapse:collapse;width:100%}
td{vertical-align:top;border-top:1px solid #ddd;padding:.4em .6em;width:50%}th{text-align:left}
mark{background:#fde68a}mark.error{background:#fecaca}mark.info{background:#e0e7ff}
.f{font-size:.85em;color:#444;margin-top:.3em}.gap{color:#999;font-style:italic}"""


def _marked(text: str, start: int, end: int, spans) -> str:
    out, pos = [], start
    for s, e, sev, title in sorted((max(s, start), min(e, end), sev, t) for s, e, sev, t in spans
                                   if s < end and e > start and s >= pos):
        if s < pos:
            continue
        out += [escape(text[pos:s]), f'<mark class="{sev}" title="{escape(title)}">', escape(text[s:e]), "</mark>"]
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def side_by_side(result, bitext) -> str:
    bt, bi = bitext
    tspans = [(f.start, f.end, f.severity.value, f"{f.rule}: {f.message}") for f in result.findings]
    sspans = [(f.source_start, f.source_end, f.severity.value, f"{f.rule}: {f.message}")
              for f in result.findings if getattr(f, "source_start", -1) >= 0]
    rows = []
    for p in bi.pairs:
        src = _marked(bi.source, p.src_start, p.src_end, sspans) if p.src_end > p.src_start else '<span class="gap">(none)</span>'
        tgt = _marked(result.text, p.tgt_start, p.tgt_end, tspans) if p.tgt_end > p.tgt_start else '<span class="gap">(none)</span>'
        notes = "".join(f'<div class="f">{escape(f.rule)} {escape(f.severity.value)}: {escape(f.message)}</div>'
                        for f in result.findings if p.tgt_start <= f.start < max(p.tgt_end, p.tgt_start + 1))
        rows.append(f"<tr><td>{src}</td><td>{tgt}{notes}</td></tr>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>tqcheck bitext: "
            f"{escape(result.path)}</title><style>{_CSS}</style></head><body>\n"
            f"<h1>{escape(bt.source_path)} → {escape(result.path)}</h1>\n"
            f"<p>{len(result.findings)} findings; quality {result.quality.score}</p>\n"
            f"<table><tr><th>source ({escape(bi.lang)})</th><th>translation (en)</th></tr>\n"
            + "\n".join(rows) + "\n</table></body></html>\n")
