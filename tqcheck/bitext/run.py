"""Bilingual check of one source/target pair: read, pair paragraphs, align sentences, run
the monolingual rules on the target and the TQ7xx rules on the aligned pairs, and make the
monolingual number-format and calque findings say when the source confirms them."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from ..api import FileResult, RunResult, check_text
from ..config import Config
from ..context import RuleContext
from ..document import Document
from ..findings import Finding
from ..nlp.langid import SOURCE_LANGS, guess_source_lang
from ..nlp.sentences import split_source_sentences
from ..quality import quality_score
from ..rules.registry import select_rules
from ..rules.tq7_bilingual._pairs import Bilingual, SentencePair, sentences_within
from .align import align
from .confirm import confirm
from .read import Bitext, read_bitext

@dataclass(frozen=True)
class BiFinding(Finding):
    """A finding in the target that relates to a span of the source."""

    source_start: int = -1
    source_end: int = -1
    source_text: str = ""
    unit: str | None = None
    unit_offset: int = -1          # the finding's start within its unit's target text
    confirmed: bool = False

    def to_json(self) -> dict:
        data = super().to_json()
        if self.source_start >= 0:
            data["source"] = {"start": self.source_start, "end": self.source_end, "text": self.source_text}
        if self.unit is not None:
            data["unit"] = self.unit
            data["unit_offset"] = self.unit_offset
        if self.confirmed:
            data["confirmed_by_source"] = True
        return data


def units_of(bt: Bitext, doc: Document) -> list[tuple[int, int, int, int, str | None]]:
    if bt.units is not None:
        return [(u.src_start, u.src_end, u.tgt_start, u.tgt_end, u.id) for u in bt.units]
    sp = Document(bt.source).paragraphs
    tp = [(p.start, p.end) for p in doc.paragraphs]
    out = []
    beads = [([i], [i]) for i in range(len(sp))] if len(sp) == len(tp) else \
        align([bt.source[a:b] for a, b in sp], [doc.text[a:b] for a, b in tp])
    for si, ti in beads:
        s = (sp[si[0]][0], sp[si[-1]][1]) if si else None
        t = (tp[ti[0]][0], tp[ti[-1]][1]) if ti else None
        if s is None:
            s = (out[-1][1], out[-1][1]) if out else (0, 0)
        if t is None:
            t = (out[-1][3], out[-1][3]) if out else (0, 0)
        out.append((s[0], s[1], t[0], t[1], None))
    return out


def sentence_pairs(bt: Bitext, doc: Document, units) -> list[SentencePair]:
    pairs: list[SentencePair] = []
    for k, (ss, se, ts, te, _) in enumerate(units):
        src = split_source_sentences(bt.source, ss, se)
        tgt = sentences_within(doc, ts, te)
        last_t, last_s = ts, ss
        for si, ti in align([bt.source[a:b] for a, b in src], [doc.text[a:b] for a, b in tgt]):
            s0, s1 = (src[si[0]][0], src[si[-1]][1]) if si else (last_s, last_s)
            t0, t1 = (tgt[ti[0]][0], tgt[ti[-1]][1]) if ti else (last_t, last_t)
            pairs.append(SentencePair(s0, s1, t0, t1, k, len(si), len(ti)))
            last_t, last_s = t1, s1
    return pairs


def check_bitext(bt: Bitext, config: Config, source_lang: str | None = None) -> FileResult:
    lang = source_lang or (bt.source_lang or "")[:2].lower() or None
    if lang not in SOURCE_LANGS:
        lang = guess_source_lang(bt.source)
    config = config.replace(source_lang=lang) if config.source_lang == "auto" else config
    mono = check_text(bt.target, config, bt.path)
    doc = mono.document if mono.document is not None else Document(bt.target, bt.path)
    units = units_of(bt, doc)
    pairs = sentence_pairs(bt, doc, units)
    bi = Bilingual(bt.source, lang, tuple(pairs), tuple(u[:4] for u in units))
    ctx = RuleContext(config=config, source_lang=lang)
    text = bt.target
    unit_at = [(u[2], u[3], u[4]) for u in units if u[4] is not None]
    unit_starts = [u[0] for u in unit_at]

    def unit_of(pos: int) -> dict:
        i = bisect_right(unit_starts, pos) - 1
        if i >= 0 and unit_at[i][0] <= pos <= unit_at[i][1]:
            return {"unit": unit_at[i][2], "unit_offset": pos - unit_at[i][0]}
        return {}

    found: list[Finding] = []
    for r in select_rules(config.select, config.ignore):
        if not r.bilingual:
            continue
        for h in r.check(doc, ctx, bi):
            sev = config.severity_for(r.code, h.severity or r.severity)
            line, col = doc.line_col(h.start)
            ss, se = getattr(h, "source_start", -1), getattr(h, "source_end", -1)
            found.append(BiFinding(r.code, r.category, sev, h.start, h.end, line, col, text[h.start:h.end],
                                   h.message, tuple(h.suggestions), h.fix, lang, ss, se,
                                   bt.source[ss:se] if ss >= 0 else "", **unit_of(h.start)))
    for f in mono.findings:
        found.append(confirm(f, bi, BiFinding, unit_of(f.start)))
    found.sort(key=lambda f: f.sort_key())
    result = replace(mono, findings=found, quality=quality_score(found, mono.words, config.weights))
    result.bitext = (bt, bi)      # for the side-by-side view
    return result


def check_pair(first: str, second: str | None, config: Config, source_lang: str | None = None) -> RunResult:
    """``tqcheck bitext``: one pair (or one bilingual file) checked; input errors are kept
    in the result like ``check``'s."""
    from ..readers import InputError

    res = RunResult(config=config)
    try:
        bt = read_bitext(first, second)
    except InputError as exc:
        res.errors.append(exc)
        return res
    res.add(check_bitext(bt, config, source_lang), config)
    return res
