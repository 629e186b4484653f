"""TQ702 name-kept: a proper name of the source missing from the translation, or
translated as common words (`Pedro Castillo` -> `Peter Castle`).

Examples: cases/TQ702.toml (each with its source sentence)."""
from __future__ import annotations

from ...findings import Category, Severity
from ...nlp.text import LETTERS, fold
from ..registry import rule
from . import explain_pairs
from ._pairs import BiHit, target_span


@rule(
    "TQ702", name="name-kept", category=Category.CALQUE, severity=Severity.ERROR,
    summary="A source name translated as words (`Pedro Castillo` -> `Peter Castle`) or missing (bilingual mode).",
    explanation="""Proper names of each source sentence (runs of capitalised words, not the
    sentence's first word alone; in German two or more) must appear in the aligned English,
    accent-folded (`Bogotá` = `Bogota`), nearly the same (`Rusia`/`Russia`) or as a known
    exonym (`Alemania`/`Germany`, `Moscú`/`Moscow`). A name whose words became their
    common-word meanings (`Castillo` -> `Castle`, `Blanco` -> `White`) is an error; a
    person's name of two words or more found nowhere in the English paragraph, a warning
    (institutions, which English translates, are left out).""",
    sources=("MQM: Accuracy / Mistranslation / Entity (https://themqm.org/error-types-2/typology/)",),
    bilingual=True,
)
def name_kept(doc, ctx, bi=None):
    if bi is None:
        return
    # imported on first use: a check without a source text never needs them (~8 ms)
    from ._names import INSTITUTION, is_keyable, kept, names, translated_as

    text, src = doc.text, bi.source
    paras: dict[int, str] = {}
    for p in bi.matched_pairs():
        target = text[p.tgt_start:p.tgt_end]
        if p.para not in paras:          # one string per paragraph (its word set is cached)
            _, _, pts, pte = bi.paragraphs[p.para]
            paras[p.para] = text[pts:pte]
        para = paras[p.para]
        for n in names(src, p.src_start, p.src_end, bi.lang):
            ws = [src[a:b] for a, b in n.words if is_keyable(src[a:b])]
            every = [src[a:b] for a, b in n.words]
            missing = [w for w in every if not kept(w, target) and not kept(w, para)]
            if not missing:
                continue
            name = src[n.start:n.end]
            as_words = [(w, translated_as(w, target)) for w in missing]
            as_words = [(w, t) for w, t in as_words if t]
            if as_words:
                first = min(target.find(t) for _, t in as_words)
                last = max(target.find(t) + len(t) for _, t in as_words)
                a, b = p.tgt_start + first, p.tgt_start + last
                yield BiHit(a, b, f"The name `{name}` is translated as words (`{text[a:b]}`): keep the name.",
                            suggestions=(name,), source_start=n.start, source_end=n.end)
            elif any(is_keyable(w) and w not in missing for w in ws):
                # part of the name is there (`Castillo` for `Pedro Castillo`); a missing part
                # replaced beside it by a capitalised word the source does not have is altered
                alt = _altered(text, p.tgt_start, p.tgt_end, src, p.src_start, p.src_end, every, missing)
                if alt:
                    yield BiHit(alt[0], alt[1], f"The name `{name}` became `{text[alt[0]:alt[1]]}`: "
                                "keep the name.", severity=Severity.WARNING, suggestions=(alt[2],),
                                source_start=n.start, source_end=n.end)
            elif len(ws) >= 2 and fold(ws[0]) not in INSTITUTION:
                a, b = target_span(doc, p)
                yield BiHit(a, b, f"The source names `{name}`; the translation does not.",
                            severity=Severity.WARNING, source_start=n.start, source_end=n.end)


def _altered(text, ts, te, src, ss, se, every, missing):
    """(start, end, source word) of the English word standing where a missing name word should
    be: next to a kept word of the name, capitalised, and in no form in the source."""
    from ._names import is_keyable, kept

    t_words = [(m.start(), m.end(), m.group(0)) for m in LETTERS.finditer(text, ts, te)]
    s_folded = {fold(m.group(0)) for m in LETTERS.finditer(src, ss, se)}
    for i, w in enumerate(every):
        if w not in missing or not is_keyable(w):
            continue
        # the kept word before it (a first name), then the English word after that: the word
        # before a kept surname is left alone (English puts titles there: `Mayor Leone`)
        for j, nb in ((i - 1, 1),):
            if not 0 <= j < len(every) or every[j] in missing:
                continue
            for k, (a, b, tw) in enumerate(t_words):
                if fold(tw) != fold(every[j]) and not kept(every[j], tw):
                    continue
                q = k + nb
                if 0 <= q < len(t_words):
                    qa, qb, qw = t_words[q]
                    gap = text[min(b, qb):max(a, qa)]
                    if gap.strip() == "" and qw[:1].isupper() and fold(qw) not in s_folded \
                            and not kept(qw, src[ss:se]):
                        return qa, qb, w
    return None




name_kept.explain_more = explain_pairs("TQ702")
