"""Sentence splitting with NLTK's Punkt and parameters shipped with tqcheck.

The parameters (abbreviations, collocations, sentence starters) live in
``data/punkt_en.json`` as plain JSON; nothing is downloaded or unpickled. Punkt is
imported on the first call, alone (``tqcheck.nlp.nltk_light``), where ``import nltk``
costs 0.6 s. NLTK compiles Punkt's patterns with the third-party ``regex`` engine; for a
text made only of characters that engine and the standard ``re`` classify alike (nearly
all English copy), Punkt here matches with ``re`` instead, and ``regex`` is imported only
when a text holds another character (see ``_RE_SAFE``).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Characters that ``re`` and ``regex`` put in the same classes (``\s``, ``\d``, ``\w`` and
# their complements, all Punkt's patterns use; the engines differ on, e.g., combining
# marks, superscript digits, the controls \x1c-\x1f and connector punctuation such as
# U+203F): the line controls and printable ASCII, Latin-1 and Latin Extended-A/B letters,
# Greek and Cyrillic letters, the spaces, dashes, quotes and punctuation of U+2000-U+205E
# and the currency signs. tests/test_sentences_engines.py checks every one of them against
# ``regex``, and Punkt's spans on random texts of them with both engines.
_NOT_RE_SAFE = re.compile(
    "[^\t\n\x0b\x0c\r\x20-\x7e\xa0-\xb1\xb4-\xb8\xba\xbb\xbf-\u024f"
    "\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u03ff"
    "\u0400-\u0482\u048a-\u052f\u2000-\u200a\u2010-\u2027\u202f-\u203e"
    "\u2041-\u2053\u2055-\u205e\u20a0-\u20bf]"
)


@lru_cache(maxsize=2)
def _punkt_tokenizer(exact: bool = False):
    """Punkt with tqcheck's parameters; matching with ``re`` (only for texts without a
    ``_NOT_RE_SAFE`` character) or, ``exact``, with NLTK's own ``regex`` patterns."""
    from .gcpause import paused

    with paused():
        return _load_punkt(exact)


def _load_punkt(exact: bool = False):
    import json

    from ..packagedata import package_file
    from .nltk_light import import_module, stdlib_redos

    punkt = import_module("nltk.tokenize.punkt", None if exact else {"nltk.redos": stdlib_redos()})
    PunktParameters, PunktSentenceTokenizer = punkt.PunktParameters, punkt.PunktSentenceTokenizer

    raw = json.loads(
        package_file("tqcheck.nlp", "data/punkt_en.json").read_text("utf-8")
    )
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in raw["abbreviations"]}
    params.collocations = {tuple(pair) for pair in raw.get("collocations", [])}
    params.sent_starters = set(raw.get("sentence_starters", []))
    for word, flags in raw.get("ortho_context", {}).items():
        params.ortho_context[word] = flags
    return _quick_punkt(PunktSentenceTokenizer)(params)


# A possible sentence end whose context is a plain word, the mark, spaces and the next
# word (`said. The`, `why? He`): the commonest by far.
_PLAIN_PERIOD = re.compile(r"([A-Za-z]{2,})\.\s+\S+")
_PLAIN_QUESTION = re.compile(r"[A-Za-z]+[?!]\s+\S+")


def _quick_punkt(tokenizer_class):
    """``tokenizer_class`` (NLTK's ``PunktSentenceTokenizer``) deciding the commonest
    possible sentence ends without annotating tokens, with the answer Punkt's annotation
    gives them; any other context goes to Punkt's own ``text_contains_sentbreak``.

    Punkt asks whether the context of each possible end holds a break. For `word? Next`
    its tokens are `word`, `?`, `Next`: `?` (or `!`) is a break with a token after it,
    so yes. For `word. Next` (a word of two or more ASCII letters) `word.` is a break in
    the first pass unless `word` is a known abbreviation; the second pass keeps it unless
    (`word`, next word) is a known collocation (not an initial: two letters or more, nor a
    number, nor an ellipsis), so yes unless `word` is an abbreviation or begins a
    collocation."""

    class QuickPunkt(tokenizer_class):
        _collocation_firsts: frozenset | None = None

        def text_contains_sentbreak(self, text: str) -> bool:
            m = _PLAIN_PERIOD.fullmatch(text)
            if m is not None:
                firsts = self._collocation_firsts
                if firsts is None:
                    firsts = self._collocation_firsts = frozenset(a for a, _ in self._params.collocations)
                word = m.group(1).lower()
                if word not in self._params.abbrev_types and word not in firsts:
                    return True
            elif _PLAIN_QUESTION.fullmatch(text) is not None:
                return True
            return super().text_contains_sentbreak(text)

    return QuickPunkt


# Punkt runs each regex pass over its whole input under NLTK's wall-clock limit
# (``nltk.redos``, 5 s), and a paragraph with hundreds of thousands of possible sentence
# ends (`' .' * 250000`, dot leaders) exceeds it. A paragraph longer than this is given to
# Punkt in pieces cut after a sentence-final mark (or at a space, or anywhere, in that
# order), so each call sees a bounded input and the whole split stays linear. Real
# paragraphs are far shorter and are never cut.
MAX_PUNKT_CHARS = 10_000
_CUT_AFTER_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
_SENTENCE_MARK = re.compile(r"[.?!]")   # Punkt's sentence-final marks (PunktLanguageVars.sent_end_chars)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as offsets into ``text``, trimmed of spaces."""
    if end - start <= MAX_PUNKT_CHARS:      # one piece (every real paragraph)
        return _split_piece(text, start, end)
    spans: list[tuple[int, int]] = []
    for a, b in _pieces(text, start, end):
        spans.extend(_split_piece(text, a, b))
    return spans


def _pieces(text: str, start: int, end: int):
    """``[start, end)`` in consecutive pieces of at most ``MAX_PUNKT_CHARS`` characters."""
    while end - start > MAX_PUNKT_CHARS:
        limit = start + MAX_PUNKT_CHARS
        cut = _last_match_end(_CUT_AFTER_STOP, text, start + MAX_PUNKT_CHARS // 2, limit) \
            or _last_match_end(_SPACE, text, start + MAX_PUNKT_CHARS // 2, limit) or limit
        yield start, cut
        start = cut
    yield start, end


def _last_match_end(pattern: re.Pattern, text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` lying inside ``text[lo:hi]``, if any."""
    last = None
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def _split_piece(text: str, start: int, end: int, tokenizer=_punkt_tokenizer) -> list[tuple[int, int]]:
    chunk = text[start:end]
    body = chunk.rstrip()
    if not body:
        return []
    if _SENTENCE_MARK.search(body, 0, len(body) - 1) is None and (
            len(body) == len(chunk) or body[-1] not in ".?!"):
        # Punkt only breaks after a sentence-final mark (. ? !) that something other than
        # spaces follows; with none, its one sentence is the piece up to its trailing
        # spaces. Most one-sentence paragraphs end here without running Punkt.
        raw = [(0, len(body))]
    else:
        try:
            # ``tokenizer()`` matches with ``re``, ``tokenizer(True)`` with ``regex``.
            tok = tokenizer() if _NOT_RE_SAFE.search(chunk) is None else tokenizer(True)
            raw = tok.span_tokenize(chunk)
            raw = list(raw)
        except TimeoutError:   # a busy machine can still trip NLTK's clock: cut at the marks
            raw = _fallback_spans(chunk)
    spans = []
    for s, e in raw:
        # Punkt spans are already trimmed; guard against leading/trailing spaces anyway.
        while s < e and chunk[s].isspace():
            s += 1
        while e > s and chunk[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((start + s, start + e))
    return spans


def _fallback_spans(chunk: str) -> list[tuple[int, int]]:
    """Sentences cut after every sentence-final mark followed by space (no abbreviations)."""
    out, pos = [], 0
    for m in _CUT_AFTER_STOP.finditer(chunk):
        out.append((pos, m.start() + 1))
        pos = m.end()
    out.append((pos, len(chunk)))
    return out


# Abbreviations of the source languages (es, fr, pt, it, de) that end with a period inside a
# sentence, lower case: added to the English ones when a source text is split.
SOURCE_ABBREVIATIONS = frozenset("""sr sra srta dr dra dña d ud uds etc núm art pág av avda gral lic ing
    prof pdte vs ee uu mr mrs ms st jr co inc ltd m mme mlle mm me cf p pp sig sigg dott dott.ssa
    avv on hr fr frl nr bzw z b ca ggf usw vgl s u a o dir dep sen gob ex""".split())


@lru_cache(maxsize=2)
def _source_tokenizer(exact: bool = False):
    import copy

    english = _punkt_tokenizer(exact)
    params = copy.deepcopy(english._params)
    params.abbrev_types |= SOURCE_ABBREVIATIONS
    return type(english)(params)


def split_source_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of a source-language text (``tqcheck bitext``): Punkt as in
    ``split_sentences``, with the source languages' abbreviations (`Sr.`, `Dra.`, `EE. UU.`)."""
    spans: list[tuple[int, int]] = []
    for a, b in _pieces(text, start, end):
        spans.extend(_split_piece(text, a, b, _source_tokenizer))
    return spans
