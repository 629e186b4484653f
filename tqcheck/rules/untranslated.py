"""TQ5xx: untranslated text and glued words — source-language words and passages left
in English copy, non-Latin script, web boilerplate of the source site, and words glued
together at link boundaries.

Word evidence comes from compact frequency lists (``tqcheck.nlp.langid``); langdetect
only judges candidate spans. Everything heavy loads lazily, once per process.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import filterfalse

from ..findings import Category, Hit, Severity
from ..nlp import langid
from .registry import rule

# --- shared data --------------------------------------------------------------------


def _corpus_text(name: str) -> str:
    return resources.files("tqcheck.corpora").joinpath(name).read_text("utf-8")


def _lines(name: str) -> list[str]:
    return [langid.norm(ln.strip()) for ln in _corpus_text(name).splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _keeps() -> tuple[frozenset, int]:
    """Foreign words/phrases English keeps, as space-joined lower-case token strings."""
    from ..nlp.tokens import tokenize

    phrases = set()
    longest = 1
    for ln in _lines("langid/english_keeps.txt"):
        toks = [t.text for t in tokenize(ln) if t.kind != "punct"]
        phrases.add(" ".join(toks))
        longest = max(longest, len(toks))
    return frozenset(phrases), longest


@lru_cache(maxsize=1)
def _glossary() -> dict:
    data = json.loads(_corpus_text("langid/glossary.json"))
    data.pop("_note", None)
    return data


@lru_cache(maxsize=1)
def _glue_keeps() -> frozenset:
    return frozenset(_lines("langid/glue_keeps.txt"))


def _english_for(lang: str, phrase: str) -> str | None:
    gloss = _glossary().get(lang, {})
    key = langid.norm(phrase)
    if key in gloss:
        return gloss[key]
    words = key.split()
    if 1 < len(words) <= 3 and all(w in gloss for w in words):
        return " ".join(gloss[w].split(" / ")[0] for w in words)
    return None


# --- protected regions: quotations, parentheses, italics ----------------------------------
_QUOTED_RE = re.compile(
    r"“[^”\n]{1,300}”|«[^»\n]{1,300}»|„[^“”\n]{1,300}[“”]|\"[^\"\n]{1,300}\"|‘[^’\n]{1,120}’(?!\w)"
    r"|\([^()\n]{1,200}\)|(?<![\w*])\*[^*\n]{1,120}\*(?![\w*])|(?<![\w_])_[^_\n]{1,120}_(?![\w_])"
    r"|`[^`\n]{1,200}`")
_WORD_RE = re.compile(r"[^\W\d_]+")
_QUOTE_MAX_WORDS = 7


def _quotes(doc, paragraphs) -> tuple[list, list]:
    """(protected spans, long quotations) in ``paragraphs``. Protected: short quotations,
    titles, glosses in parentheses and italics, where foreign words are names, titles or
    terms the writer chose to keep. A quotation of more than seven words that is not
    title-cased is checked as a unit of its own (an untranslated quote)."""
    short, long = [], []
    for p in paragraphs:
        for m in _QUOTED_RE.finditer(doc.text, p.start, p.end):
            inner = m.group()[1:-1]
            words = _WORD_RE.findall(inner)
            if not words:
                continue
            caps = sum(1 for w in words if w[:1].isupper() and len(w) > 3)
            long_words = sum(1 for w in words if len(w) > 3)
            if len(words) <= _QUOTE_MAX_WORDS or caps >= 0.6 * max(long_words, 1):
                short.append(m.span())
            else:
                long.append((m.start() + 1, m.end() - 1))
    return sorted(short), sorted(long)


def _inside(spans, start: int, end: int) -> bool:
    """Is [start, end) inside one of ``spans`` (sorted by start)? Looks only at the few
    spans starting just before ``start``, so a long document stays linear."""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return any(s <= start and end <= e for s, e in spans[max(0, i - 8):i])


def _overlaps(spans, start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, 0))
    return any(s < end and start < e for s, e in spans[max(0, i - 8):i])


# --- TQ501 source-language words and passages -------------------------------------------
_STRONG_MIN = 3.3       # the word is common in the source language ...
_STRONG_MARGIN = 2.0    # ... and at least 100x more common there than in English
_STRONG_MARGIN_KNOWN = 3.0  # (1000x) for words with English Zipf 2.5-3.0
_EN_MAX = 3.0           # and not a common English word
_WEAK_MIN = 4.5         # function words (y, de, la, und) join a run next to strong words
_WEAK_MARGIN = 1.5
_CAP_INITIAL_MIN = 5.5  # a capitalised sentence-initial word must be a function word
# A lower-case elided article or preposition: `d’Oppo`; `L’Oréal`, `D’Alema` are names.
_ELISION_RE = re.compile(r"^(d|l|qu|j|n|s|c|dell|all|nell|dall|sull|un)['’](\w+)$")
_ITALIAN_ELISION = {"dell", "all", "nell", "dall", "sull", "un"}
_PASSAGE_WORDS = 4
_INITIAL_MARKS = set(":.!?\n“\"«(‘—–")
_LANG_ORDER = {lang: i for i, lang in enumerate(langid.SOURCE_LANGS)}


def _adjacent(text: str, a, b) -> bool:
    """Two word tokens separated only by spaces (no punctuation, no line break)."""
    gap = text[a.end:b.start]
    return gap == "" or (gap.strip(" \t\u00a0") == "" and len(gap) <= 3)


_AFTER_FUNCTION_WORD = frozenset("""the a an this that these those they he she it we i you his her
    their its our my your there in on at to from with for by of as after before when if""".split())


def _source_word_follows(next_tok) -> bool:
    """A sentence-initial foreign function word followed by another lower-case
    source-language word (`Pero los precios`) stays foreign."""
    w = next_tok.text
    return bool(w[:1].islower() and langid.src_zipf(w) and langid.en_zipf(w) < _EN_MAX)


# Per-word memos hold this many distinct words (a few hundred per article; a run over
# a few thousand articles stays within it).
_WORD_MEMO = 1 << 14
_NOT_FOREIGN: tuple[str, dict] = ("", {})


@lru_cache(maxsize=_WORD_MEMO)
def _evidence(w: str) -> tuple[tuple[str, dict] | None, float, dict]:
    """What ``_classify`` can tell about the word ``w`` without its neighbours:
    ``(settled, en, src)`` where ``settled`` is the final (kind, zipfs) when the word
    alone decides it (not a word, non-Latin, an elision, common English, unknown to the
    source languages), else None; ``en`` its English Zipf; ``src`` its source-language
    zipfs. Memoised per word: the dicts are shared, never change them."""
    if not _WORD_RE.fullmatch(w.replace("'", "").replace("’", "").replace("-", "")):
        return _NOT_FOREIGN, 0.0, {}
    if any(langid.script_of(c) for c in w):
        return _NOT_FOREIGN, 0.0, {}
    lw = w.lower()
    en = langid.en_zipf(lw)
    m = _ELISION_RE.match(w)
    if m and en < 2.0:
        return ("elision", {("it" if m.group(1).lower() in _ITALIAN_ELISION else "fr"): 5.0}), en, {}
    if en >= 5.5:
        return _NOT_FOREIGN, en, {}
    src = langid.src_zipf(lw)
    if not src:
        # A lower-case word English lacks, with letters only the source languages use.
        if not w[:1].isupper() and en == 0 and len(w) >= 4 and _DIACRITIC_RE.search(lw):
            lang = _diacritic_lang(lw)
            if lang:
                return ("strong", {lang: _STRONG_MIN}), en, src
        return _NOT_FOREIGN, en, src
    return None, en, src


def _classify(tok, initial: bool, next_tok, prev_tok=None) -> tuple[str, dict]:
    """'strong', 'weak', 'elision' or '' for one word token, with its source-language zipfs."""
    w = tok.text
    settled, en, src = _evidence(w)
    if settled is not None:
        return settled
    best = max(src.values())
    cap = w[:1].isupper()
    if cap and not initial:
        # German capitalises nouns: `the Nachbarn who came` (a German-only word that
        # English never uses, between lower-case words).
        de = src.get("de", 0.0)
        if (de >= _DE_NOUN_MIN and en == 0 and len(src) == 1 and not w.isupper()
                and prev_tok is not None
                and (prev_tok.text.lower() in _AFTER_FUNCTION_WORD
                     or langid.src_zipf(prev_tok.text).get("de", 0.0) >= _WEAK_MIN)
                and (next_tok is None or next_tok.text[:1].islower()
                     or langid.en_zipf(next_tok.text) >= _EN_MAX)):
            return "strong", src
        return "", src  # a name; may still sit inside a long passage
    if cap and (w.isupper() and len(w) > 1):
        return "", src  # acronym
    # Words English knows a little (Zipf 2.5-3.0: `locale`, `utilise`, `spiel`) need a
    # wider margin than words English hardly has.
    margin = _STRONG_MARGIN if en < 2.5 else _STRONG_MARGIN_KNOWN
    strong = best >= _STRONG_MIN and best - en >= margin and en < _EN_MAX
    if cap and strong:
        # Sentence-initial capital: only function words (Dann, Pero), followed by lower case.
        # A name would be followed by a verb (`Dann said`), the function word by a
        # pronoun, article or preposition (`Dann they left`).
        strong = (best >= _CAP_INITIAL_MIN and next_tok is not None
                  and (next_tok.text.lower() in _AFTER_FUNCTION_WORD or _source_word_follows(next_tok)))
    if strong:
        return "strong", src
    if best >= _WEAK_MIN and best - en >= _WEAK_MARGIN:
        return "weak", src
    return "", src


_DIACRITIC_RE = re.compile(r"[áéíóúñãõçâêôàèìòùäöüßœ]")
_DE_NOUN_MIN = 3.8


def _diacritic_lang(word: str) -> str | None:
    """Language of an unknown accented word: by its letters, else by langdetect."""
    if "ñ" in word:
        return "es"
    if any(c in word for c in "ãõ"):
        return "pt"
    if any(c in word for c in "äöüß"):
        return "de"
    if "œ" in word:
        return "fr"
    probs = dict(langid.detect_langs(word))
    cands = {k: v for k, v in probs.items() if k in _LANG_ORDER}
    if cands:
        top = max(cands, key=cands.get)
        if cands[top] >= 0.5:
            return top
    return None


def _pick_lang(src_list: list[dict], text: str, prior: str | None, use_detector: bool) -> str:
    score = {lang: 0.0 for lang in langid.SOURCE_LANGS}
    for src in src_list:
        for lang, z in src.items():
            score[lang] += z
    if prior in score:
        score[prior] += 1.0
    if use_detector:
        for lang, p in langid.detect_langs(text):
            if lang in score:
                score[lang] += 6.0 * p
    return max(score, key=lambda k: (score[k], -_LANG_ORDER[k]))


@lru_cache(maxsize=1)
def _keep_first_words() -> frozenset:
    """The first word of every phrase English keeps: a word that is not one starts none."""
    return frozenset(p.split(" ", 1)[0] for p in _keeps()[0])


def _keep_mask(words) -> list[bool]:
    phrases, longest = _keeps()
    firsts = _keep_first_words()
    mask = [False] * len(words)
    lows = [langid.norm(w.text) for w in words]
    for i in range(len(words)):
        if lows[i] not in firsts:
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            if " ".join(lows[i:i + n]) in phrases:
                for k in range(i, i + n):
                    mask[k] = True
                break
    return mask


def _vocab(doc) -> frozenset:
    """The distinct word tokens of the document: the pre-filters look at each word once."""
    return doc.view("tq5_vocab", lambda d: frozenset({t.text for t in d.tokens if t.kind == "word"}))


def _lower_vocab(doc) -> frozenset:
    return doc.view("tq5_lower_vocab", lambda d: frozenset(map(str.lower, _vocab(d))))


@lru_cache(maxsize=_WORD_MEMO)
def _may_be_strong(w: str) -> bool:
    """Could ``_classify`` call this word 'strong' or 'elision' in some sentence? Its
    settled kind, else the tests of ``_classify`` that do not look at the neighbouring
    words, with the same thresholds. A sentence without such a word yields no finding,
    so it is not classified word by word."""
    settled, en, src = _evidence(w)
    if settled is not None:
        return settled[0] in ("strong", "elision")
    if en >= _EN_MAX:  # every 'strong' branch needs a word rare in English
        return False
    best = max(src.values())
    margin = _STRONG_MARGIN if en < 2.5 else _STRONG_MARGIN_KNOWN
    strong = best >= _STRONG_MIN and best - en >= margin
    if not w[:1].isupper():
        return strong
    # Capitalised: a German noun after a lower-case word, or a sentence-initial
    # function word (not an acronym).
    german_noun = (src.get("de", 0.0) >= _DE_NOUN_MIN and en == 0 and len(src) == 1
                   and not w.isupper())
    initial_function_word = strong and best >= _CAP_INITIAL_MIN and not (w.isupper() and len(w) > 1)
    return german_noun or initial_function_word


def _suspects(doc) -> frozenset:
    """The words of the document that ``_may_be_strong``. Only sentences (and long
    quotations) holding one can yield a TQ501 finding; a document without any needs no
    further TQ501 work."""
    return doc.view("tq5_suspects", lambda d: frozenset(w for w in _vocab(d) if _may_be_strong(w)))


def _kinds(text: str, words) -> tuple[list[str], list[dict]]:
    """Classify every word of a sentence (or quotation): strong, weak, elision or ''."""
    kinds, srcs = [], []
    for i, w in enumerate(words):
        initial = i == 0 or not _INITIAL_MARKS.isdisjoint(text[words[i - 1].end:w.start])
        k, s = _classify(w, initial, words[i + 1] if i + 1 < len(words) else None, words[i - 1] if i else None)
        kinds.append(k)
        srcs.append(s)
    keep = _keep_mask(words)
    for i in range(len(words)):
        if keep[i]:
            kinds[i] = ""
    # Elisions count only after a lower-case English word (`the phone d'Oppo`).
    for i, k in enumerate(kinds):
        if k == "elision":
            prev = words[i - 1] if i else None
            if not (prev and prev.text.islower() and langid.en_zipf(prev.text) >= 3.0
                    and _adjacent(text, prev, words[i])):
                kinds[i] = ""
    return kinds, srcs


def _passage_lang(text: str, words, kinds, srcs, start: int, end: int) -> str | None:
    """The source language of a unit that is mostly source-language words, by langdetect."""
    n_strong = sum(k in ("strong", "elision") for k in kinds)
    if len(words) < _PASSAGE_WORDS or n_strong < 2:
        return None
    foreign = sum(1 for k, s, w in zip(kinds, srcs, words)
                  if k or (s and max(s.values()) - langid.en_zipf(w.text) >= _WEAK_MARGIN))
    if foreign < 0.6 * len(words):
        return None
    probs = dict(langid.detect_langs(text[start:end]))
    top = max(probs, key=probs.get) if probs else None
    if top in _LANG_ORDER and probs[top] >= 0.8:
        return top
    return None


def _fragments(doc, ctx):
    """All source-language fragments and passages: (start, end, lang, n_words, passage)."""

    def build(d):
        text = d.text
        quoted: list[tuple[int, int]] = []
        prior = ctx.source_lang
        out = []
        suspects = _suspects(d)
        if not suspects:
            return out
        # Only sentences holding a suspect word (see _suspects) go further.
        units = [(sent, toks) for sent, toks in d.sentence_tokens()
                 if any(t.text in suspects for t in toks)]
        if not units:
            return out
        paragraphs = sorted({d.paragraph_of(sent.start) for sent, _ in units} - {None})
        protected, long_quotes = _quotes(d, paragraphs)
        # Long quotations left in the source language, as one passage each.
        for qs, qe in long_quotes:
            qwords = [t for t in d.tokens_in(qs, qe) if t.kind == "word"]
            if not any(t.text in suspects for t in qwords):
                continue
            qkinds, qsrcs = _kinds(text, qwords)
            top = _passage_lang(text, qwords, qkinds, qsrcs, qs, qe)
            if top:
                out.append((qwords[0].start, qwords[-1].end, top, len(qwords), True))
                quoted.append((qs, qe))
        skip = sorted([(s, e) for s, e, *_ in _boilerplate_spans(d)] + quoted)
        for sent, toks in units:
            words = [t for t in toks if t.kind == "word"]
            kinds, srcs = _kinds(text, words)
            n_strong = sum(k in ("strong", "elision") for k in kinds)
            if not n_strong:
                continue
            # A whole sentence in the source language.
            if (not _inside(protected, sent.start, sent.end) and not _overlaps(quoted, sent.start, sent.end)
                    and not _overlaps(skip, sent.start, sent.end)):
                top = _passage_lang(text, words, kinds, srcs, sent.start, sent.end)
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
                while a > 0 and kinds[a - 1] in ("strong", "weak") and _adjacent(text, words[a - 1], words[a]):
                    a -= 1
                while b + 1 < len(words) and kinds[b + 1] in ("strong", "weak") and _adjacent(text, words[b], words[b + 1]):
                    b += 1
                i = b + 1
                run = words[a:b + 1]
                start, end = run[0].start, run[-1].end
                if _inside(protected, start, end) or _overlaps(skip, start, end):
                    continue
                # Inside a name: capitalised words on both sides (Frente de Todos).
                left = words[a - 1] if a else None
                right = words[b + 1] if b + 1 < len(words) else None
                if (left and right and left.text[:1].isupper() and right.text[:1].isupper()
                        and langid.en_zipf(left.text) < 5.0
                        and _adjacent(text, left, run[0]) and _adjacent(text, run[-1], right)):
                    continue
                # Lower-case tail of a foreign name: `Académie française`, `Banco central`.
                if left and len(run) <= 2 and left.text[:1].isupper() and _adjacent(text, left, run[0]):
                    lsrc = srcs[a - 1]
                    lbest = max(lsrc.values()) if lsrc else 0.0
                    if lsrc and lbest < _CAP_INITIAL_MIN and lbest - langid.en_zipf(left.text) >= _WEAK_MARGIN:
                        continue
                span_text = text[start:end]
                lang = _pick_lang(srcs[a:b + 1], span_text, prior, use_detector=len(run) >= 2)
                if kinds[a] == "elision" and len(run) == 1:
                    lang = next(iter(srcs[a]))
                out.append((start, end, lang, len(run), len(run) >= _PASSAGE_WORDS))
        return out

    return doc.view(f"tq5_fragments:{ctx.source_lang}", build)


@rule(
    "TQ501", name="source-language-fragment", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="Source-language words or a whole passage left untranslated in English copy.",
    explanation="""Machine translation leaves words it did not know, or whole sentences it
    skipped, in the source language (`If the bank sube the rates`, `vecinos y vecinas,
    neighbours`, `Dann they left`, `the phone d'Oppo`). A word is flagged when it is common
    in Spanish, French, Portuguese, Italian or German and rare in English (word-frequency
    lists); function words join neighbouring flagged words into one span, langdetect
    decides the language of spans and whole sentences. Names (capitalised words),
    loanwords English keeps (`fiesta`, `coup d'état`, `Realpolitik`), party names
    (`Frente de Todos`), short quotations, titles, italics and glosses in parentheses stay
    quiet. One to three words are a minor error; a passage of four or more words is a
    major one (MQM non-translation).""",
    bad=["If the bank sube the rates again, mortgages will rise.",
         "The mayor thanked the vecinos y vecinas, neighbours who came to the meeting.",
         "Dann they left the building without a word.",
         "The company presented the phone d’Oppo at the fair.",
         "El gobierno aprobó el presupuesto para el próximo año. The vote was close."],
    good=["The fiesta in Pamplona drew thousands of visitors.",
          "The army staged a coup d'état in 1973.",
          "Kissinger was a master of Realpolitik.",
          "The Frente de Todos coalition lost its majority.",
          "She read “Cien años de soledad” twice.",
          "Lula said the talks would continue."],
)
def source_language_fragment(doc, ctx):
    for start, end, lang, n, passage in _fragments(doc, ctx):
        name = langid.LANG_NAMES.get(lang, lang)
        span = doc.text[start:end]
        english = _english_for(lang, span) if n <= 3 else None
        what = "passage" if passage else ("word" if n == 1 else "fragment")
        msg = f"{name} {what} `{span}` left untranslated"
        msg += f" (English: '{english}')." if english else "."
        yield Hit(start, end, msg, suggestions=(english,) if english else ("(translate)",),
                  source_lang=lang, severity=Severity.ERROR if passage else None)


# --- TQ502 non-Latin script ----------------------------------------------------------------
_NL = (r"\u0370-\u03FF\u1F00-\u1FFF\u0400-\u052F\u0590-\u05FF\u0600-\u06FF\u0750-\u077F"
       r"\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF")
_NONLATIN_RE = re.compile(
    rf"[{_NL}]+(?:[\s\u3000-\u303F\uFF00-\uFF65,.;:!?'\"«»“”\-]+[{_NL}]+)*")
# One character of those scripts: a search for it is twice as fast as for a run (most
# articles have none), and a run starts at the first one.
_NL_CHAR_RE = re.compile(f"[{_NL}]")
_OPENERS = "“\"«「『‘'(（"
_CLOSERS = "”\"»」』’')）"
_LATIN_NAME_RE = re.compile(r"[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)*$")


def _transliterated(text: str, s: int, e: int) -> bool:
    """A quoted/parenthesised run next to a Latin-script name: `Pravda («Правда»)`,
    `“Правда” (Pravda)`, `Xi Jinping (习近平)`."""
    i = s
    while i > 0 and text[i - 1] in " " + _OPENERS:
        i -= 1
    j = e
    while j < len(text) and text[j] in " " + _CLOSERS:
        j += 1
    opened = any(c in _OPENERS for c in text[i:s])
    closed = any(c in _CLOSERS for c in text[e:j])
    if not (opened and closed):
        return False
    before = text[max(0, i - 60):i].rstrip(" ,:")
    if _LATIN_NAME_RE.search(before):
        return True
    after = text[j:j + 60].lstrip(" ,(“\"«")
    return bool(re.match(r"(?:or |i\.e\. )?[A-Z][^\W\d_]+", after))


@rule(
    "TQ502", name="non-latin-script", category=Category.UNTRANSLATED, severity=Severity.ERROR,
    summary="Cyrillic, Chinese, Japanese, Korean, Arabic, Hebrew or Greek text in English copy.",
    explanation="""A run of non-Latin script inside English prose is text the pipeline did
    not translate: a Russian headline left above its translation, Chinese characters in
    the body. It is reported as untranslated (MQM non-translation) unless it is a quoted
    or parenthesised name given with its transliteration (`the newspaper Pravda
    («Правда»)`, `Xi Jinping (习近平)`). Single Greek letters used as symbols (π, α, Δ)
    are fine.""",
    bad=["Правительство утвердило новый бюджет\n\nThe government approved a new budget.",
         "Officials in 北京 said the talks were productive.",
         "The statement quoted the minister: الحكومة ستعمل on the plan."],
    good=["The newspaper Pravda («Правда») reported the story.",
          "Chinese President Xi Jinping (习近平) arrived on Friday.",
          "The ratio π is irrational and the α-helix is stable."],
)
def non_latin_script(doc, ctx):
    text = doc.text
    first = _NL_CHAR_RE.search(text)
    if first is None:
        return
    for m in _NONLATIN_RE.finditer(text, first.start()):
        s, e = m.span()
        run = m.group()
        letter_scripts = [sc for c in run if (sc := langid.script_of(c))]
        scripts = set(letter_scripts)
        if scripts == {"greek"} and len(letter_scripts) <= 2:
            continue
        if _transliterated(text, s, e):
            continue
        lang = langid.script_language(scripts, run)
        name = langid.LANG_NAMES.get(lang, "Foreign") if lang else "Foreign"
        script = "/".join(sorted(scripts))
        yield Hit(s, e, f"{name} text `{run}` left untranslated ({script} script in English copy).",
                  suggestions=("(translate)",), source_lang=lang)


# --- TQ503 web boilerplate ---------------------------------------------------------------
@lru_cache(maxsize=1)
def _boilerplate():
    """Phrases by lower-cased first word, for inline and line-only entries."""
    from .. import tomlio

    data = tomlio.loads(_corpus_text("boilerplate.toml"))
    inline, line_only = {}, {}
    for entry in data["entry"]:
        target = line_only if entry.get("line_only") else inline
        for phrase in entry["phrases"]:
            target.setdefault(phrase.split()[0].lower(), {})[_phrase_key(phrase)] = (entry["lang"], entry["english"])
    return inline, line_only


def _phrase_key(phrase: str) -> str:
    """A phrase as ``_boilerplate`` keys it: lower case, single spaces."""
    return " ".join(phrase.split()).lower()


def _entry_for(phrases: dict, matched: str) -> tuple[str, str]:
    """(language, English) of the phrase a boilerplate regex matched as ``matched``.

    The regexes allow any run of whitespace between words and match case-insensitively;
    the few characters the regex engine folds unlike ``str.lower()`` (``ſ``, ``ı``, ``İ``)
    are resolved by matching each phrase of the group again."""
    hit = phrases.get(_phrase_key(matched))
    if hit is not None:
        return hit
    for phrase, value in phrases.items():
        if re.fullmatch(_phrase_pattern(phrase), matched.strip(), re.IGNORECASE):
            return value
    raise LookupError(f"no boilerplate phrase matches {matched!r}")  # the regexes come from these phrases


def _phrases_alternation(first: str, line_only: bool) -> str:
    """The phrases starting with ``first`` as one regex alternation, longest first,
    any run of whitespace between their words."""
    phrases = _boilerplate()[1 if line_only else 0][first]
    return "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: its words, any run of whitespace between them."""
    return r"\s+".join(map(re.escape, phrase.split()))


@lru_cache(maxsize=None)
def _phrase_re(first: str, line_only: bool):
    """The regex for the phrases starting with ``first`` (compiled on first use)."""
    alt = _phrases_alternation(first, line_only)
    if line_only:
        return re.compile(rf"^[ \t]*((?:{alt}))[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?:[ \t]*:)?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrase_anywhere_re(first: str, line_only: bool):
    """The bare phrases starting with ``first``: any match of ``_phrase_re`` holds a match
    of this, which a search finds about three times faster (no leading lookbehind)."""
    return re.compile(_phrases_alternation(first, line_only), re.IGNORECASE)


# The only characters for which re.IGNORECASE and str.lower() disagree about a Latin
# letter: `İ`.lower() is two characters, and the regex engine also equates i/ı and s/ſ.
_CASE_SPECIALS = "İıſ"


def _middle_words_present(phrase: str, vocab: frozenset) -> bool:
    """Are the inner words of ``phrase`` (not the first or last) among ``vocab``, the
    document's lower-cased words? A match of the phrase puts each inner word between
    spaces, where it is a word token of its own (tokens hold every non-space character
    and no space); the last word may run on into a longer token (`aussi’s`)."""
    return all(w in vocab for w in phrase.split()[1:-1] if w.isalpha())


def _first_words_found(doc, phrases: dict, line_only: bool) -> frozenset:
    """The keys of ``phrases`` (lower-cased first words) that are words of the document
    and whose phrases occur somewhere in its text. Only their tokens can start a
    boilerplate span, so most documents (which hold `a`, never `A lire aussi`) need no
    walk over their tokens. Inner words are looked up before the text is searched,
    unless a character that lower-cases unlike the regex engine's case folding is in it."""
    vocab = _lower_vocab(doc)
    text = doc.text
    present = [w for w in phrases if w in vocab]
    if not present:
        return frozenset()
    fold_safe = not any(c in text for c in _CASE_SPECIALS)
    return frozenset(w for w in present
                     if (not fold_safe or any(_middle_words_present(p, vocab) for p in phrases[w]))
                     and _phrase_anywhere_re(w, line_only).search(text))


def _boilerplate_spans(doc):
    def build(d):
        inline, line_only = _boilerplate()
        text = d.text
        out = []
        inline_found = _first_words_found(d, inline, False)
        line_found = _first_words_found(d, line_only, True)
        if not inline_found and not line_found:
            return out
        found = inline_found | line_found
        starters = {w for w in _vocab(d) if w.lower() in found}  # as spelt in the text
        for t in d.tokens:
            if t.text not in starters or t.kind != "word":
                continue
            lw = t.text.lower()
            if lw in inline_found:
                m = _phrase_re(lw, False).match(text, t.start)
                if m:
                    lang, english = _entry_for(inline[lw], m.group().rstrip(": \t"))
                    end = m.end()
                    line_start = text.rfind("\n", 0, m.start()) + 1
                    if m.group().endswith(":") and not text[line_start:m.start()].strip():
                        # `Lea también: <title of the related story>`: the whole line goes.
                        line_end = text.find("\n", end)
                        line_end = len(text) if line_end < 0 else line_end
                        end = len(text[:line_end].rstrip())
                    out.append((m.start(), end, lang, english))
            if lw in line_found:
                m = _phrase_re(lw, True).match(text, text.rfind("\n", 0, t.start) + 1)
                if m and m.start(1) == t.start:
                    lang, english = _entry_for(line_only[lw], m.group(1))
                    out.append((m.start(1), m.end(), lang, english))
        return sorted(set(out))

    return doc.view("tq5_boilerplate", build)


@rule(
    "TQ503", name="translation-boilerplate", category=Category.UNTRANSLATED, severity=Severity.ERROR,
    summary="Web boilerplate of the source site left in the copy (`Lea también:`, `Leia mais`).",
    explanation="""Stories scraped from a news site carry its page furniture: related-link
    labels (`Lea también:`, `Leia mais`, `Lire aussi`, `Leggi anche`, `Auch interessant`),
    share buttons (`Comparte esta noticia`) and advertising labels. Translation engines
    often leave them in the source language. Remove them with the link they introduce.
    The phrases live in `corpora/boilerplate.toml` with their language and English.""",
    bad=["Lea también: Sánchez and Lula sign a trade deal",
         "The talks will resume on Monday.\n\nComparte esta noticia",
         "Leia mais: the markets on Friday", "Lire aussi : Macron in Berlin",
         "Auch interessant: the energy crisis"],
    good=["The minister will share the report on Friday.",
          "Read also: Sánchez and Lula sign a trade deal",
          "The Comparte Foundation funds schools."],
)
def translation_boilerplate(doc, ctx):
    for s, e, lang, english in _boilerplate_spans(doc):
        name = langid.LANG_NAMES.get(lang, lang)
        span = doc.text[s:e]
        yield Hit(s, e, f"{name} web boilerplate `{span}` left by translation (English: '{english}').",
                  suggestions=("(remove)", english), source_lang=lang)


# --- TQ504 / TQ505 glued words ----------------------------------------------------------------
_GLUE_WORDS = frozenset("""the and who said says told added that which when where while with
    from for was were has had have his her their its this but not are after before into
    over about also than then in on at to of by as is it he she they or an""".split())
_GLUE_MIN_LEN = 5
# Two-letter words glued on the right only count after a word of four letters or more,
# and not `it`, `he`, `an`, `or`, `as`, which end too many names and tool names (`junit`).
_GLUE_SHORT_RIGHT = frozenset({"in", "on", "at", "to", "of", "by", "is"})
_GLUE_AFFIX_RE = re.compile(
    "(?:" + "|".join(sorted(_GLUE_WORDS, key=len, reverse=True)) + ")$|^(?:"
    + "|".join(sorted((w for w in _GLUE_WORDS if len(w) >= 3), key=len, reverse=True)) + ")")


def _split_glued(word: str) -> int | None:
    """Index where ``word`` splits into a frequent English word/name and a glue word."""
    lw = word.lower()
    best = None
    for i in range(2, len(word) - 1):
        left, right = word[:i], lw[i:]
        lleft = left.lower()
        if right in _GLUE_WORDS and (len(right) >= 3 or (right in _GLUE_SHORT_RIGHT and len(left) >= 4)):
            need = 3.5 if len(right) <= 2 else (2.5 if left[:1].isupper() else 3.0)
            if langid.en_zipf(lleft) >= need:
                cand = (len(right), i)
                best = max(best, cand) if best else cand
        if lleft in _GLUE_WORDS and len(lleft) >= 3 and left.islower():
            if langid.en_zipf(right) >= 3.5 and len(right) >= 3:
                cand = (len(lleft), i)
                best = max(best, cand) if best else cand
    return best[1] if best else None


@lru_cache(maxsize=_WORD_MEMO)
def _glue_point(w: str) -> int | None:
    """Where to put the space back in ``w``, or None when it is not two glued words.
    Long, alphabetic, no inner capitals (brands), ending or starting with a glue word
    (string tests first), not a listed name, and not a word of English or of a source
    language at all."""
    if not (len(w) >= _GLUE_MIN_LEN and w.isalpha() and w[1:].islower()):
        return None
    lw = w.lower()
    if not _GLUE_AFFIX_RE.search(lw) or lw in _glue_keeps():
        return None
    if langid.en_zipf(w) != 0 or langid.src_zipf(w):
        return None
    return _split_glued(w)


@rule(
    "TQ504", name="glued-words", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="Two words glued together (`Sánchezsaid`, `Lulawho`, `Moscowand`).",
    explanation="""Converting a web page to text drops the space at link and markup
    boundaries, gluing a name to the next word (`Sánchezsaid`, `Lulawho`, `Moscowand`).
    A token is flagged when it is not an English word and splits into a frequent English
    word or known name plus a function word (`and`, `who`, `said`, `the` ...). Brands
    and names with inner capitals (`YouTube`, `iPhone`, `PlayStation`, `McDonald`,
    `PayPal`) and listed names stay quiet. The fix inserts the space.""",
    bad=["Pedro Sánchezsaid the reform would pass.", "The president met Lulawho had arrived earlier.",
         "Flights from Moscowand Beijing resumed."],
    good=["He posted the video on YouTube and his iPhone.", "The PlayStation and McDonald deals.",
          "Goldman said that whoever wins will govern.", "She sold it on eBay and paid with PayPal."],
    fixable=True,
)
def glued_words(doc, ctx):
    # Distinct words first; each is judged once per process (see _glue_point).
    cands = {w: i for w in _vocab(doc) if (i := _glue_point(w)) is not None}
    if not cands:
        return
    for t in doc.tokens:
        w = t.text
        if w not in cands:
            continue
        i = cands[w]
        fixed = f"{w[:i]} {w[i:]}"
        yield Hit(t.start, t.end, f"Words glued together: `{w}` should be `{fixed}`.",
                  suggestions=(fixed,), fix=fixed)


_NUM_GLUE_RE = re.compile(r"^(?:(\d[\d.,]*\d|\d)([a-z]{2,})|([a-z]{2,})(\d[\d.,]*\d|\d))$")
_YEAR_ONLY = frozenset({"in", "to"})  # also units/ranges (12in screen): only after a year


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2099


def _unglued_number(w: str) -> str | None:
    """``w`` with the space put back between a number and a glue word, or None."""
    m = _NUM_GLUE_RE.match(w)
    if not m:
        return None
    if m.group(1):
        num, word, fixed = m.group(1), m.group(2), f"{m.group(1)} {m.group(2)}"
    else:
        num, word, fixed = m.group(4), m.group(3), f"{m.group(3)} {m.group(4)}"
    if word not in _GLUE_WORDS or (word in _YEAR_ONLY and not _is_year(num)):
        return None
    return fixed


@rule(
    "TQ505", name="glued-number", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="A number glued to a word (`the vote in 2023in`, `in2023`).",
    explanation="""Markup removal also glues numbers to the following or preceding word
    (`2023in`, `2022and`, `in2023`). Units and ordinals (`12km`, `3pm`, `21st`) are fine;
    `in` and `to` count only next to a year, since `12in` is also inches.""",
    bad=["The law was approved in 2023in Madrid.", "Prices rose 4% in2022 and again in 2023.",
         "The 2022and 2023 budgets were approved."],
    good=["The 12km race starts at 3pm on the 21st.", "A 12in screen and a 4x4 truck.",
          "It cost 5bn euros in 2023."],
    fixable=True,
)
def glued_number(doc, ctx):
    # Distinct words first, as in glued_words: each is matched once, not per occurrence.
    # Most are all letters (no digit at either end), set aside by one C-level pass.
    cands = {w: fixed for w in filterfalse(str.isalpha, _vocab(doc))
             if (w[0].isdigit() or w[-1].isdigit()) and not w.isdigit()
             and (fixed := _unglued_number(w)) is not None}
    if not cands:
        return
    for t in doc.tokens:
        fixed = cands.get(t.text)
        if fixed is None:
            continue
        yield Hit(t.start, t.end, f"Number glued to a word: `{t.text}` should be `{fixed}`.",
                  suggestions=(fixed,), fix=fixed)
