"""The TQ501 pass: source-language fragments and passages of a document, computed once
per document and source-language setting."""
from __future__ import annotations

import re
from operator import itemgetter

from ...nlp import langid
from .boilerplate import boilerplate_spans
from .classify import (CAP_INITIAL_MIN, PASSAGE_WORDS, WEAK_MARGIN, adjacent, kinds_of,
                       passage_lang, pick_lang, suspects)
from .regions import inside, overlaps, quotes

# A foreign term the writer glosses, so keeps on purpose: `the morning briefing, or
# mañanera,`, `known as` (`known in Spanish as`, `known locally as`), `so-called`, `what locals call`; or followed by its gloss in
# parentheses or after `, or`/`, meaning`. Once glossed, a term is kept in the whole text.
_GLOSS_BEFORE_RE = re.compile(
    r"(?:(?:,|\(|–|—)\s*or|(?:known|called|referred\s+to)(?:\s+(?:locally|in\s+(?:Spanish|Portuguese|French|Italian"
    r"|German|Catalan|Basque|Galician|Quechua|Guaraní|Guarani|the\s+local\s+(?:language|slang|parlance))))?\s+as"
    r"|so-called|so\s+called|call(?:s|ed)?|dubbed|termed|nicknamed"
    r"|(?:the|a)\s+(?:term|word|expression|phrase|slogan|motto))\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?$",
    re.IGNORECASE)
_GLOSS_AFTER_RE = re.compile(r"(?P<tail>(?:[ \t]+[a-záéíóúñçãõ]+){0,2})[ \t]*\(|,\s+or\s+(?:the\s+|a\s+)?[a-z]|,\s+(?:meaning|which\s+means|literally)\s"
                             # `nata — Portugal's signature pastry`, `nata — a custard tart`: a dash gloss
                             r"|[ \t]*[—–][ \t]*(?:an?[ \t]+[a-z]|[A-Z][a-z]+(?:'|’)s[ \t]+[a-z])")


_TEXT = itemgetter(2)     # Token.text (a token is a tuple)
_ENGLISH_LINKS = frozenset("the a an of to in on at for with and or by as from his her their its".split())


def _glossed(text: str, start: int, end: int) -> bool:
    """Is the term at [start, end) glossed? A parenthesis may follow the term's own
    source-language tail (`canasta familiar (family basket)`), not English words (`sube the
    rates (as expected)`)."""
    if _GLOSS_BEFORE_RE.search(text, max(0, start - 45), start):
        return True
    m = _GLOSS_AFTER_RE.match(text, end)
    return bool(m) and _ENGLISH_LINKS.isdisjoint((m.group("tail") or "").split())


def fragments(doc, ctx):
    """All source-language fragments and passages: (start, end, lang, n_words, passage)."""

    def build(d):
        text = d.text
        quoted: list[tuple[int, int]] = []
        glossed: set[str] = set()
        prior = ctx.source_lang
        out = []
        suspect_words = suspects(d)
        if not suspect_words:
            return out
        # Only sentences holding a suspect word (see classify.suspects) go further.
        units = [(sent, toks) for sent, toks in d.sentence_tokens()
                 if not suspect_words.isdisjoint(map(_TEXT, toks))]
        if not units:
            return out
        paragraphs = sorted({d.paragraph_of(sent.start) for sent, _ in units} - {None})
        protected, long_quotes = quotes(d, paragraphs)
        # Long quotations left in the source language, as one passage each.
        for qs, qe in long_quotes:
            qwords = [t for t in d.tokens_in(qs, qe) if t.kind == "word"]
            if suspect_words.isdisjoint(map(_TEXT, qwords)):
                continue
            qkinds, qsrcs = kinds_of(text, qwords)
            top = passage_lang(text, qwords, qkinds, qsrcs, qs, qe)
            if top:
                out.append((qwords[0].start, qwords[-1].end, top, len(qwords), True))
                quoted.append((qs, qe))
        skip = sorted([(s, e) for s, e, *_ in boilerplate_spans(d)] + quoted)
        for sent, toks in units:
            words = [t for t in toks if t.kind == "word"]
            kinds, srcs = kinds_of(text, words)
            n_strong = sum(k in ("strong", "elision") for k in kinds)
            if not n_strong:
                continue
            # A whole sentence in the source language.
            if (not inside(protected, sent.start, sent.end) and not overlaps(quoted, sent.start, sent.end)
                    and not overlaps(skip, sent.start, sent.end)):
                top = passage_lang(text, words, kinds, srcs, sent.start, sent.end)
                if top:
                    out.append((words[0].start, words[-1].end, top, len(words), True))
                    continue
            # Runs of strong words, joined by adjacent weak (function) words.
            i = 0
            while i < len(words):
                if kinds[i] not in ("strong", "elision"):
                    i += 1
                    continue
                a = b = i
                while a > 0 and kinds[a - 1] in ("strong", "weak") and adjacent(text, words[a - 1], words[a]):
                    a -= 1
                while b + 1 < len(words) and kinds[b + 1] in ("strong", "weak") and adjacent(text, words[b], words[b + 1]):
                    b += 1
                i = b + 1
                run = words[a:b + 1]
                start, end = run[0].start, run[-1].end
                if inside(protected, start, end) or overlaps(skip, start, end):
                    continue
                # Inside a name: capitalised words on both sides (Frente de Todos).
                left = words[a - 1] if a else None
                right = words[b + 1] if b + 1 < len(words) else None
                if (left and right and left.text[:1].isupper() and right.text[:1].isupper()
                        and langid.en_zipf(left.text) < 5.0
                        and adjacent(text, left, run[0]) and adjacent(text, run[-1], right)):
                    continue
                # A name's particle and capitalised end: `Place de l’Etoile`, `Porta d’Italia`.
                last = run[-1].text
                if (left and len(run) <= 2 and left.text[:1].isupper() and adjacent(text, left, run[0])
                        and (last[:1].isupper() or any(c in last and last.split(c)[-1][:1].isupper()
                                                       for c in "'’"))):
                    continue
                # Lower-case tail of a foreign name: `Académie française`, `Banco central`.
                if left and len(run) <= 2 and left.text[:1].isupper() and adjacent(text, left, run[0]):
                    lsrc = srcs[a - 1]
                    lbest = max(lsrc.values()) if lsrc else 0.0
                    if lsrc and lbest < CAP_INITIAL_MIN and lbest - langid.en_zipf(left.text) >= WEAK_MARGIN:
                        continue
                span_text = text[start:end]
                lang = pick_lang(srcs[a:b + 1], span_text, prior, use_detector=len(run) >= 2)
                if kinds[a] == "elision" and len(run) == 1:
                    lang = next(iter(srcs[a]))
                if len(run) <= 3 and _glossed(text, start, end):
                    glossed.add(langid.norm(text[start:end]))
                    continue
                out.append((start, end, lang, len(run), len(run) >= PASSAGE_WORDS))
        if glossed:
            out = [f for f in out if f[4] or langid.norm(text[f[0]:f[1]]) not in glossed]
        return out

    return doc.view(f"tq5_fragments:{ctx.source_lang}", build)
