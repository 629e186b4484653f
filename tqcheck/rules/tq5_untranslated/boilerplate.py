"""TQ503 data and matching: the web boilerplate phrases of ``corpora/boilerplate.toml``,
their regexes (built on first use) and the boilerplate spans of a document."""
from __future__ import annotations

import re
from functools import lru_cache

from .data import corpus_text, line_firsts, lower_vocab, vocab
from .furniture import furniture_spans

# Where a phrase counts: anywhere as whole words, alone on its line, or opening its line
# before a colon or a title (a line that does not end as a sentence does).
INLINE, LINE_ONLY, LINE_START = 0, 1, 2
_TITLE_END = '.!?"”’»'


@lru_cache(maxsize=1)
def phrase_tables():
    """Phrases by lower-cased first word: (inline, line-only, line-start) tables."""
    from ... import tomlio

    data = tomlio.loads(corpus_text("boilerplate.toml"))
    tables = ({}, {}, {})
    for entry in data["entry"]:
        mode = LINE_ONLY if entry.get("line_only") else LINE_START if entry.get("line_start") else INLINE
        for phrase in entry["phrases"]:
            tables[mode].setdefault(phrase.split()[0].lower(), {})[_phrase_key(phrase)] = (
                entry["lang"], entry["english"])
    return tables


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


def _phrases_alternation(first: str, mode: int) -> str:
    """The phrases starting with ``first`` as one regex alternation, longest first,
    any run of whitespace between their words."""
    phrases = phrase_tables()[mode][first]
    return "|".join(_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))


def _phrase_pattern(phrase: str) -> str:
    """A phrase as a regex: its words, any run of whitespace between them."""
    return r"\s+".join(map(re.escape, phrase.split()))


@lru_cache(maxsize=None)
def _phrase_re(first: str, mode: int):
    """The regex for the phrases starting with ``first`` (compiled on first use)."""
    alt = _phrases_alternation(first, mode)
    if mode == LINE_START:  # the phrase, then an optional separator and the rest of the line
        return re.compile(rf"(?:{alt})(?![\w-])[ \t]*([:|»›>–—-])?([^\n]*)", re.IGNORECASE)
    if mode == LINE_ONLY:
        return re.compile(rf"^[ \t]*((?:{alt}))[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])(?:[ \t]*:)?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _phrase_anywhere_re(first: str, mode: int):
    """The bare phrases starting with ``first``: any match of ``_phrase_re`` holds a match
    of this, which a search finds about three times faster (no leading lookbehind)."""
    return re.compile(_phrases_alternation(first, mode), re.IGNORECASE)


# The only characters for which re.IGNORECASE and str.lower() disagree about a Latin
# letter: `İ`.lower() is two characters, and the regex engine also equates i/ı and s/ſ.
CASE_SPECIALS = "İıſ"


def _middle_words_present(phrase: str, vocab: frozenset) -> bool:
    """Are the inner words of ``phrase`` (not the first or last) among ``vocab``, the
    document's lower-cased words? A match of the phrase puts each inner word between
    spaces, where it is a word token of its own (tokens hold every non-space character
    and no space); the last word may run on into a longer token (`aussi’s`)."""
    return all(w in vocab for w in phrase.split()[1:-1] if w.isalpha())


def _first_words_found(doc, phrases: dict, mode: int) -> frozenset:
    """The keys of ``phrases`` (lower-cased first words) that are words of the document
    and whose phrases occur somewhere in its text. Only their tokens can start a
    boilerplate span, so most documents (which hold `a`, never `A lire aussi`) need no
    walk over their tokens. Inner words are looked up before the text is searched,
    unless a character that lower-cases unlike the regex engine's case folding is in it."""
    vocab = lower_vocab(doc)
    text = doc.text
    present = [w for w in phrases if w in vocab]
    if not present:
        return frozenset()
    fold_safe = not any(c in text for c in CASE_SPECIALS)
    return frozenset(w for w in present
                     if (not fold_safe or any(_middle_words_present(p, vocab) for p in phrases[w]))
                     and _phrase_anywhere_re(w, mode).search(text))


def boilerplate_spans(doc):
    def build(d):
        inline, line_only, start_table = phrase_tables()
        text = d.text
        out = furniture_spans(d)
        firsts = line_firsts(d)
        for lw in firsts.keys() & line_only.keys():
            for pos in firsts[lw]:
                m = _phrase_re(lw, LINE_ONLY).match(text, text.rfind("\n", 0, pos) + 1)
                if m and m.start(1) == pos:
                    lang, english = _entry_for(line_only[lw], m.group(1))
                    out.append((m.start(1), m.end(), lang, english))
        for lw in firsts.keys() & start_table.keys():
            for pos in firsts[lw]:
                m = _phrase_re(lw, LINE_START).match(text, pos)
                rest = m.group(2).rstrip() if m else ""
                if m and (m.group(1) or not rest or rest[-1] not in _TITLE_END):
                    # `Read also: <title>`, `Also read <title>`: the label and its line go.
                    phrase = text[pos:m.start(1) if m.group(1) else m.start(2)]
                    lang, english = _entry_for(start_table[lw], phrase.strip())
                    out.append((pos, m.start(2) + len(rest), lang, english))
        inline_found = _first_words_found(d, inline, INLINE)
        if not inline_found:
            return sorted(set(out))
        starters = {w for w in vocab(d) if w.lower() in inline_found}  # as spelt in the text
        for t in d.tokens:
            if t.text not in starters or t.kind != "word":
                continue
            lw = t.text.lower()
            m = _phrase_re(lw, INLINE).match(text, t.start)
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
        return sorted(set(out))

    return doc.view("tq5_boilerplate", build)

