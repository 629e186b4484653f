"""The web page at ``/``: HTML, CSS and script served by the app itself; no external
asset, font or CDN (the Content-Security-Policy header forbids them)."""
from __future__ import annotations

HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}

HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tqcheck</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/page.css">
<script src="/static/page.js" defer></script>
</head>
<body>
<header>
  <h1>tqcheck</h1>
  <span class="tagline">machine-translation artefacts in English news copy</span>
  <div class="stats">
    <span class="stat">quality <b id="score">–</b></span>
    <span class="stat">translated from <b id="source">–</b></span>
    <span class="stat" id="counts"></span>
    <span class="stat" id="status">type or paste copy</span>
  </div>
</header>
<main>
  <section class="editor-col">
    <div class="editor" id="editor">
      <div class="backdrop" id="backdrop" aria-hidden="true"></div>
      <textarea id="text" spellcheck="false" autocomplete="off"
        placeholder="Paste or type English copy here. Findings are highlighted as you type."></textarea>
    </div>
    <div class="toolbar">
      <button id="fix-all" type="button" disabled>Apply all safe fixes</button>
      <form id="token-box" hidden><label>API token <input id="token" type="password" size="24" autocomplete="off"></label></form>
      <span class="legend" id="legend"></span>
    </div>
  </section>
  <aside>
    <div id="detail" class="detail" hidden></div>
    <ol id="findings"></ol>
  </aside>
</main>
</body>
</html>
"""

CSS = """
:root { --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --sans: system-ui, "DejaVu Sans", "Segoe UI", Roboto, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; font-family: var(--sans); color: #1d232b; background: #f4f5f7; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1rem;
  padding: .7rem 1.2rem; background: #1f2a37; color: #f1f4f8; }
header h1 { margin: 0; font-size: 1.25rem; letter-spacing: .02em; }
.tagline { color: #aab6c4; font-size: .9rem; }
.stats { margin-left: auto; display: flex; gap: 1rem; font-size: .9rem; flex-wrap: wrap; }
.stat b { font-size: 1.05rem; }
#status { color: #aab6c4; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1rem; padding: 1rem 1.2rem; }
.editor { position: relative; height: calc(100vh - 9rem); min-height: 18rem; background: #fff;
  border: 1px solid #c9d0d8; border-radius: 6px; }
.backdrop, #text { position: absolute; inset: 0; margin: 0; padding: .9rem 1rem; border: 0;
  font: 15px/1.6 var(--sans); white-space: pre-wrap; overflow-wrap: break-word; word-break: normal;
  overflow-y: auto; letter-spacing: normal; tab-size: 4; }
.backdrop { color: transparent; pointer-events: none; overflow: hidden; }
#text { background: transparent; color: #1d232b; resize: none; outline: none; width: 100%; height: 100%; }
#text:focus { box-shadow: inset 0 0 0 2px #7aa7e0; border-radius: 6px; }
mark { color: transparent; border-radius: 2px; padding: 0; border-bottom: 2px solid; }
mark.sev-error { border-bottom: 3px solid #c81e1e; }
mark.sev-warning { border-bottom: 2px solid #d97706; }
mark.sev-info { border-bottom: 2px dotted #2563eb; }
mark.active { outline: 2px solid #1f2a37; }
.cat-punctuation { background: #fde68a; } .cat-number-format { background: #bfdbfe; }
.cat-calque { background: #fecaca; } .cat-word-order { background: #ddd6fe; }
.cat-untranslated { background: #bbf7d0; } .cat-structure { background: #fed7aa; }
.cat-style { background: #e5e7eb; }
.toolbar { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin-top: .6rem; font-size: .85rem; }
.legend span { display: inline-block; padding: 0 .35rem; margin-right: .25rem; border-radius: 3px; }
button { font: inherit; font-size: .85rem; padding: .25rem .7rem; border: 1px solid #8896a6; border-radius: 4px;
  background: #fff; cursor: pointer; }
button:hover:not(:disabled) { background: #eef2f7; }
button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
aside { height: calc(100vh - 9rem); overflow-y: auto; }
#findings { list-style: none; margin: 0; padding: 0; }
#findings li { background: #fff; border: 1px solid #d6dbe1; border-left: 5px solid #999; border-radius: 5px;
  padding: .45rem .6rem; margin-bottom: .45rem; cursor: pointer; font-size: .88rem; }
#findings li.sev-error { border-left-color: #c81e1e; } #findings li.sev-warning { border-left-color: #d97706; }
#findings li.sev-info { border-left-color: #2563eb; } #findings li.active { box-shadow: 0 0 0 2px #1f2a37; }
.code { font-family: var(--mono); font-weight: bold; margin-right: .4rem; }
.cat { font-size: .75rem; padding: 0 .3rem; border-radius: 3px; margin-right: .3rem; }
.span { font-family: var(--mono); font-size: .82rem; color: #4b5563; }
.detail { background: #fff; border: 2px solid #1f2a37; border-radius: 6px; padding: .7rem .8rem; margin-bottom: .8rem; font-size: .9rem; }
.detail h2 { font-size: 1rem; margin: 0 0 .3rem; }
.detail p { margin: .35rem 0; }
.detail .why { color: #4b5563; font-size: .85rem; }
.detail .actions { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }
.detail .note { color: #4b5563; font-size: .8rem; }
.nowrap { white-space: nowrap; } .legend { font-size: .8rem; }
.lg-error { color: #c81e1e; } .lg-warning { color: #d97706; } .lg-info { color: #2563eb; }
"""

JS = r"""
"use strict";
(function () {
  const CATEGORIES = ["punctuation", "number-format", "calque", "word-order", "untranslated", "structure", "style"];
  const $ = (id) => document.getElementById(id);
  const text = $("text"), backdrop = $("backdrop"), list = $("findings"), detail = $("detail");
  let findings = [], rules = {}, fixedText = null, active = -1, timer = null, seq = 0, lastChecked = null;

  function headers() {
    const h = {"Content-Type": "application/json"};
    const t = sessionStorage.getItem("tqcheck-token");
    if (t) h["Authorization"] = "Bearer " + t;
    return h;
  }

  // Code-point offsets (the server's) -> UTF-16 indexes (JavaScript's).
  function utf16Index(s) {
    const idx = [0];
    let u = 0;
    for (const ch of s) { u += ch.length; idx.push(u); }
    return idx;
  }

  function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  }

  function replaceable(f) {
    // Suggestions that replace exactly the span (punctuation ones show surrounding words).
    const out = [];
    if (f.fix) out.push({value: f.fix.replacement, safe: true});
    if (f.category !== "punctuation") {
      for (const s of f.suggestions) {
        const t = s.trim();
        if (t && !(t.startsWith("(") && t.endsWith(")")) && !out.some((o) => o.value === s)) out.push({value: s, safe: false});
      }
    }
    return out;
  }

  const RANK = {error: 2, warning: 1, info: 0};

  function renderBackdrop() {
    const s = text.value;
    const points = new Set([0, s.length]);
    findings.forEach((f) => { points.add(f.u0); points.add(f.u1); });
    const cuts = [...points].filter((p) => p >= 0 && p <= s.length).sort((a, b) => a - b);
    let html = "";
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k], b = cuts[k + 1];
      let best = -1;
      findings.forEach((f, i) => {
        if (f.u0 <= a && b <= f.u1 && (best < 0 || RANK[f.severity] > RANK[findings[best].severity])) best = i;
      });
      const piece = esc(s.slice(a, b));
      if (best < 0) { html += piece; continue; }
      const f = findings[best];
      html += `<mark data-i="${best}" class="sev-${f.severity} cat-${f.category}${best === active ? " active" : ""}">${piece}</mark>`;
    }
    backdrop.innerHTML = html + "\n";   // a trailing newline keeps the last line's height
    backdrop.scrollTop = text.scrollTop;
  }

  function renderList() {
    list.innerHTML = "";
    findings.forEach((f, i) => {
      const li = document.createElement("li");
      li.className = `sev-${f.severity}` + (i === active ? " active" : "");
      li.dataset.i = i;
      li.innerHTML = `<span class="code">${esc(f.rule)}</span><span class="cat cat-${f.category}">${esc(f.category)}</span>` +
        `<span class="sev">${esc(f.severity)}</span><div>${esc(f.message)}</div><div class="span">“${esc(f.text)}”</div>`;
      li.addEventListener("click", () => select(i, true));
      list.appendChild(li);
    });
  }

  function renderDetail() {
    if (active < 0 || !findings[active]) { detail.hidden = true; detail.innerHTML = ""; return; }
    const f = findings[active], r = rules[f.rule] || {};
    const options = replaceable(f);
    let html = `<h2><span class="code">${esc(f.rule)}</span>${esc(r.name || "")} <span class="cat cat-${f.category}">${esc(f.category)}</span> ${esc(f.severity)}</h2>` +
      `<p>${esc(f.message)}</p>`;
    if (r.explanation) html += `<p class="why">${esc(r.explanation)}</p>`;
    if (f.source_lang) html += `<p class="note">artefact of ${esc(f.source_lang)} source text</p>`;
    html += `<div class="actions">`;
    options.forEach((o, k) => {
      html += `<button type="button" class="${o.safe ? "apply-fix primary" : "apply-suggestion"}" data-k="${k}">` +
        `${o.safe ? "Apply fix" : "Use"}: “${esc(o.value)}”</button>`;
    });
    html += `</div>`;
    const shown = f.suggestions.filter((s) => !options.some((o) => o.value === s));
    if (shown.length) html += `<p class="note">Suggested: ${shown.map((s) => "“" + esc(s) + "”").join(", ")}</p>`;
    detail.innerHTML = html;
    detail.hidden = false;
    detail.querySelectorAll("button[data-k]").forEach((b) =>
      b.addEventListener("click", () => apply(f, options[+b.dataset.k].value)));
  }

  function select(i, focusText) {
    active = i;
    renderBackdrop(); renderList(); renderDetail();
    const f = findings[i];
    if (f && focusText) {
      text.focus(); text.setSelectionRange(f.u0, f.u1);
      const mark = backdrop.querySelector(`mark[data-i="${i}"]`);
      if (mark) { text.scrollTop = Math.max(0, mark.offsetTop - text.clientHeight / 3); backdrop.scrollTop = text.scrollTop; }
    }
  }

  function apply(f, value) {
    const s = text.value;
    if (s.slice(f.u0, f.u1) !== f.text) return;       // the text changed under the finding
    text.value = s.slice(0, f.u0) + value + s.slice(f.u1);
    text.setSelectionRange(f.u0 + value.length, f.u0 + value.length);
    active = -1;
    check();
  }

  async function check() {
    clearTimeout(timer);
    const s = text.value, mine = ++seq;
    if (s === lastChecked) return;
    $("status").textContent = "checking…";
    let resp, data;
    try {
      resp = await fetch("/api/v1/check", {method: "POST", headers: headers(), body: JSON.stringify({text: s})});
      data = await resp.json();
    } catch (e) {
      if (mine === seq) $("status").textContent = "server unreachable";
      return;
    }
    if (mine !== seq || s !== text.value) return;      // a newer check is on its way
    if (resp.status === 401) { $("token-box").hidden = false; $("status").textContent = "enter the API token"; return; }
    if (!resp.ok) { $("status").textContent = (data.error && data.error.message) || ("error " + resp.status); return; }
    lastChecked = s;
    const file = data.files[0], idx = utf16Index(s);
    findings = file.findings.map((f) => Object.assign({}, f, {u0: idx[f.start], u1: idx[f.end]}));
    fixedText = data.fixes_applied ? data.fixed_text : null;
    if (active >= findings.length) active = -1;
    $("score").textContent = file.quality.score.toFixed(1);
    const sl = file.source_language;
    $("source").textContent = sl && sl.guess ? `${sl.guess} (${Math.round(sl.confidence * 100)}%)` : "–";
    const by = data.summary.by_severity;
    $("counts").textContent = `${by.error} errors · ${by.warning} warnings · ${by.info} info`;
    $("status").textContent = findings.length ? `${findings.length} findings` : "no findings";
    $("fix-all").disabled = !fixedText;
    renderBackdrop(); renderList(); renderDetail();
  }

  function schedule() {
    clearTimeout(timer);
    renderBackdropText();
    timer = setTimeout(check, 350);
  }

  // While typing, stale marks would drift; show the plain text until the next answer.
  function renderBackdropText() {
    if (text.value !== lastChecked) { findings = []; active = -1; backdrop.textContent = text.value + "\n"; }
  }

  text.addEventListener("input", schedule);
  text.addEventListener("scroll", () => { backdrop.scrollTop = text.scrollTop; });
  text.addEventListener("click", () => {
    const p = text.selectionStart;
    const i = findings.findIndex((f) => f.u0 <= p && p <= f.u1);
    if (i >= 0) select(i, false);
  });
  $("fix-all").addEventListener("click", () => { if (fixedText !== null) { text.value = fixedText; active = -1; check(); } });
  $("token-box").addEventListener("submit", (e) => e.preventDefault());
  $("token").addEventListener("change", (e) => { sessionStorage.setItem("tqcheck-token", e.target.value); lastChecked = null; check(); loadRules(); });

  $("legend").innerHTML = CATEGORIES.map((c) => `<span class="cat-${c}">${c}</span>`).join("") +
    ` <span class="nowrap">underline: <b class="lg-error">error</b> <b class="lg-warning">warning</b> <b class="lg-info">info</b></span>`;

  async function loadRules() {
    try {
      const resp = await fetch("/api/v1/rules", {headers: headers()});
      if (resp.ok) (await resp.json()).forEach((r) => { rules[r.code] = r; });
    } catch (e) { /* the page still works without explanations */ }
  }
  loadRules();
  if (text.value) check();
})();
"""
