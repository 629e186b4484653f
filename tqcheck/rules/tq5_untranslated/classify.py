"""TQ501 word evidence: each word of a sentence classified as a strong source-language
word, a weak one (a function word that joins a run), an elision (`d’Oppo`) or nothing,
from the Zipf-band lists of ``tqcheck.nlp.langid``; the language of a span or passage."""
from __future__ import annotations

import re
from functools import lru_cache

from ...nlp import langid
from .data import WORD_MEMO, WordVerdicts, keeps, vocab

_STRONG_MIN = 3.3       # the word is common in the source language ...
_STRONG_MARGIN = 2.0    # ... and at least 100x more common there than in English
_STRONG_MARGIN_KNOWN = 3.0  # (1000x) for words with English Zipf 2.5-3.0
_EN_MAX = 3.0           # and not a common English word
_WEAK_MIN = 4.5         # function words (y, de, la, und) join a run next to strong words
WEAK_MARGIN = 1.5
CAP_INITIAL_MIN = 5.5  # a capitalised sentence-initial word must be a function word
# A lower-case elided article or preposition: `d’Oppo`; `L’Oréal`, `D’Alema` are names.
_ELISION_RE = re.compile(r"^(d|l|qu|j|n|s|c|dell|all|nell|dall|sull|un)['’](\w+)$")
_ITALIAN_ELISION = {"dell", "all", "nell", "dall", "sull", "un"}
PASSAGE_WORDS = 4
_INITIAL_MARKS = set(":.!?\n“\"«(‘—–")
_WORD_RE = re.compile(r"[^\W\d_]+")
LANG_ORDER = {lang: i for i, lang in enumerate(langid.SOURCE_LANGS)}


def adjacent(text: str, a, b) -> bool:
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


_NOT_FOREIGN: tuple[str, dict] = ("", {})


@lru_cache(maxsize=WORD_MEMO)
def _evidence(w: str) -> tuple[tuple[str, dict] | None, float, dict]:
    """What ``classify`` can tell about the word ``w`` without its neighbours:
    ``(settled, en, src)`` where ``settled`` is the final (kind, zipfs) when the word
    alone decides it (not a word, non-Latin, an elision, common English, unknown to the
    source languages), else None; ``en`` its English Zipf; ``src`` its source-language
    zipfs. Memoised per word: the dicts are shared, never change them."""
    if not _WORD_RE.fullmatch(w.replace("'", "").replace("’", "").replace("-", "")):
        return _NOT_FOREIGN, 0.0, {}
    # script_of is None below U+0370: a word of Latin letters skips the per-letter test
    if max(w) >= "\u0370" and any(langid.script_of(c) for c in w):
        return _NOT_FOREIGN, 0.0, {}
    lw = w.lower()
    en = langid.en_zipf(lw)
    m = _ELISION_RE.match(w)
    if m and en < 2.0:
        return ("elision", {("it" if m.group(1).lower() in _ITALIAN_ELISION else "fr"): 5.0}), en, {}
    if en >= 5.5:
        return _NOT_FOREIGN, en, {}
    if (len(w) >= 6 and lw.endswith("s") and lw[-2] not in "aeiouáéíóú"
            and langid.en_zipf(lw[:-1]) >= _EN_MAX):
        return _NOT_FOREIGN, en, {}  # the plural of an English word (`dossiers`)
    src = langid.src_zipf(lw)
    if not src:
        # A lower-case word English lacks, with letters only the source languages use.
        if not w[:1].isupper() and en == 0 and len(w) >= 4 and _DIACRITIC_RE.search(lw):
            lang = _diacritic_lang(lw)
            if lang:
                return ("strong", {lang: _STRONG_MIN}), en, src
        # ... or with a verb ending only the source languages have (`bailaban`).
        lang = _inflection_lang(w) if en == 0 else None
        if lang:
            return ("strong", {lang: _STRONG_MIN}), en, src
        return _NOT_FOREIGN, en, src
    return None, en, src


def classify(tok, initial: bool, next_tok, prev_tok=None) -> tuple[str, dict]:
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
        # A capitalised common noun of a Romance language after an English determiner and
        # before a lower-case English word: `with a Gobierno facing` (MT copied a word it
        # took for a name). Names of outlets and bodies take a head noun (`the Globo
        # network`) or a reporting verb (`the Jornada reported`) and stay quiet.
        if (en == 0 and best >= _ROMANCE_NOUN_MIN and src.get("de", 0.0) < best and not w.isupper()
                and prev_tok is not None and prev_tok.text in _DETERMINERS
                and next_tok is not None and next_tok.text.isalpha() and next_tok.text.islower()
                and langid.en_zipf(next_tok.text) >= _EN_MAX and not langid.src_zipf(next_tok.text)
                and next_tok.text not in _NAME_FOLLOWERS):
            return "strong", src
        return "", src  # a name; may still sit inside a long passage
    if cap and (w.isupper() and len(w) > 1):
        return "", src  # acronym
    # Words English knows a little (Zipf 2.5-3.0: `locale`, `utilise`, `spiel`) need a
    # wider margin than words English hardly has.
    margin = _STRONG_MARGIN if en < 2.5 else _STRONG_MARGIN_KNOWN
    strong = best >= _STRONG_MIN and best - en >= margin and en < _EN_MAX
    if not strong and not cap and en == 0 and best >= _RARE_SOURCE_MIN and len(w) >= 5:
        strong = True  # a rarer source word English has not at all (`porras`, `izquierdista`)
    if cap and initial and w.lower() in _SOURCE_ARTICLES and next_tok is not None:
        # A source-language article starting the sentence before an English word: `Las
        # protests continued` (`Las Vegas`, `Los Angeles` are followed by a capital).
        nxt = next_tok.text
        if (nxt.isalpha() and nxt.islower() and langid.en_zipf(nxt) >= _EN_MAX
                and not langid.src_zipf(nxt) and nxt not in _NAME_FOLLOWERS):
            return "strong", src
    if not strong and not cap and en == 0 and best >= _INFLECTED_MIN and _inflection_lang(w):
        strong = True  # a rarer verb form with a source-only ending (`gritaban`)
    if cap and strong:
        # Sentence-initial capital: only function words (Dann, Pero), followed by lower case.
        # A name would be followed by a verb (`Dann said`), the function word by a
        # pronoun, article or preposition (`Dann they left`).
        strong = (best >= CAP_INITIAL_MIN and next_tok is not None
                  and (next_tok.text.lower() in _AFTER_FUNCTION_WORD or _source_word_follows(next_tok)))
    if strong:
        return "strong", src
    if best >= _WEAK_MIN and best - en >= WEAK_MARGIN:
        return "weak", src
    return "", src


_DIACRITIC_RE = re.compile(r"[áéíóúñãõçâêôàèìòùäöüßœ]")
_ROMANCE_NOUN_MIN = 4.5
_INFLECTED_MIN = 2.5
_RARE_SOURCE_MIN = 3.0
_DETERMINERS = frozenset("a an the this that his her their its our new".split())
_SOURCE_ARTICLES = frozenset("las los la gli".split())
# Lower-case words that follow a name rather than a common noun: reporting verbs and the
# head nouns of names of outlets, bodies and places (`the Globo network`).
_NAME_FOLLOWERS = frozenset("""said says say told added reported reports wrote writes published
    quoted cited noted announced stated confirmed newspaper daily paper magazine network channel
    agency party group coalition movement programme program plan bill law palace square station
    stadium club team bank company foundation institute brand region province state columnist
    columnists editor editors editorial reporter reporters journalist journalists correspondent
    poll polls survey interview article articles story stories report headline website
    investigation anchor show""".split())
# Verb endings that only the source languages have (Spanish imperfect and preterite,
# Portuguese imperfect, French imperfect and past historic, Italian imperfect and past).
# Also noun and adverb endings (`palabreros`, `-ción`, `-ções`, `-zione`): a lower-case
# word English lacks with one of them is a source word (political `-istas` are left out:
# regional news keeps `lulistas`).
_INFLECTION_RE = re.compile(
    r"(?P<es>[a-zñáéíóú]{3}(?:aban|ábamos|íamos|ieron|arían|erían|irían|eros|eras|ción|ciones|mente))$"
    r"|(?P<pt>[a-zçáéíóúãõ]{3}(?:avam|íamos|eram|iram|ções|ção|eiros|eiras))$"
    r"|(?P<fr>[a-zéè]{3}(?:aient|èrent))$"
    r"|(?P<it>[a-z]{3}(?:avano|evano|ivano|arono|erono|irono|zione|zioni))$")


def _inflection_lang(w: str) -> str | None:
    """The language of a lower-case word by a verb ending only it has, else None."""
    m = _INFLECTION_RE.search(w) if w.islower() and len(w) >= 7 else None
    return m.lastgroup if m else None
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
    cands = {k: v for k, v in probs.items() if k in LANG_ORDER}
    if cands:
        top = max(cands, key=cands.get)
        if cands[top] >= 0.5:
            return top
    return None


_DETECTOR_WEIGHT = 6.0


def pick_lang(src_list: list[dict], text: str, prior: str | None, use_detector: bool) -> str:
    score = {lang: 0.0 for lang in langid.SOURCE_LANGS}
    for src in src_list:
        for lang, z in src.items():
            score[lang] += z
    if prior in score:
        score[prior] += 1.0
    if use_detector:
        # langdetect adds at most _DETECTOR_WEIGHT to a language (a probability is at most
        # 1), so a runner-up ends at most at fl(second + _DETECTOR_WEIGHT) (rounding is
        # monotonic): when that is below the leader's score, whose own share only adds,
        # the detector cannot change the pick and is not asked (its first use in a
        # process loads its profiles, ~10 ms; each text costs ~0.5 ms).
        first, second = sorted(score.values(), reverse=True)[:2]
        if not second + _DETECTOR_WEIGHT < first:
            for lang, p in langid.detect_langs(text):
                if lang in score:
                    score[lang] += _DETECTOR_WEIGHT * p
    return max(score, key=lambda k: (score[k], -LANG_ORDER[k]))


@lru_cache(maxsize=1)
def _keep_first_words() -> frozenset:
    """The first word of every phrase English keeps: a word that is not one starts none."""
    return frozenset(p.split(" ", 1)[0] for p in keeps()[0])


def _keep_mask(words) -> list[bool]:
    phrases, longest = keeps()
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


@lru_cache(maxsize=WORD_MEMO)
def may_be_strong(w: str) -> bool:
    """Could ``classify`` call this word 'strong' or 'elision' in some sentence? Its
    settled kind, else the tests of ``classify`` that do not look at the neighbouring
    words, with the same thresholds. A sentence without such a word yields no finding,
    so it is not classified word by word."""
    settled, en, src = _evidence(w)
    if settled is not None:
        return settled[0] in ("strong", "elision")
    if w.lower() in _SOURCE_ARTICLES and w[:1].isupper():
        return True
    if en >= _EN_MAX:  # every other 'strong' branch needs a word rare in English
        return False
    best = max(src.values())
    margin = _STRONG_MARGIN if en < 2.5 else _STRONG_MARGIN_KNOWN
    strong = best >= _STRONG_MIN and best - en >= margin
    if not w[:1].isupper():
        return (strong or (en == 0 and best >= _RARE_SOURCE_MIN and len(w) >= 5)
                or (en == 0 and best >= _INFLECTED_MIN and _inflection_lang(w) is not None))
    if w.lower() in _SOURCE_ARTICLES:
        return True
    if en == 0 and best >= _ROMANCE_NOUN_MIN and src.get("de", 0.0) < best and not w.isupper():
        return True
    # Capitalised: a German noun after a lower-case word, or a sentence-initial
    # function word (not an acronym).
    german_noun = (src.get("de", 0.0) >= _DE_NOUN_MIN and en == 0 and len(src) == 1
                   and not w.isupper())
    initial_function_word = strong and best >= CAP_INITIAL_MIN and not (w.isupper() and len(w) > 1)
    return german_noun or initial_function_word


def suspects(doc) -> frozenset:
    """The words of the document that ``may_be_strong``. Only sentences (and long
    quotations) holding one can yield a TQ501 finding; a document without any needs no
    further TQ501 work."""
    return doc.view("tq5_suspects", lambda d: _SUSPECT.words_with(vocab(d)))


_SUSPECT = WordVerdicts(lambda w: True if may_be_strong(w) else None)


def kinds_of(text: str, words) -> tuple[list[str], list[dict]]:
    """Classify every word of a sentence (or quotation): strong, weak, elision or ''."""
    kinds, srcs = [], []
    for i, w in enumerate(words):
        initial = i == 0 or not _INITIAL_MARKS.isdisjoint(text[words[i - 1].end:w.start])
        k, s = classify(w, initial, words[i + 1] if i + 1 < len(words) else None, words[i - 1] if i else None)
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
                    and adjacent(text, prev, words[i])):
                kinds[i] = ""
    return kinds, srcs


def passage_lang(text: str, words, kinds, srcs, start: int, end: int) -> str | None:
    """The source language of a unit that is mostly source-language words, by langdetect."""
    n_strong = sum(k in ("strong", "elision") for k in kinds)
    if len(words) < PASSAGE_WORDS or n_strong < 2:
        return None
    foreign = sum(1 for k, s, w in zip(kinds, srcs, words)
                  if k or (s and max(s.values()) - langid.en_zipf(w.text) >= WEAK_MARGIN))
    if foreign < 0.6 * len(words):
        return None
    probs = dict(langid.detect_langs(text[start:end]))
    top = max(probs, key=probs.get) if probs else None
    if top in LANG_ORDER and probs[top] >= 0.8:
        return top
    return None
