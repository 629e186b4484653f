"""TQ212 mixed-number-words: Digits mixed with number words in source-language groups:
`18 thousand`, `two thousand 800`, `6 thousand 215 million`, `$300 millions`.

Examples: cases/TQ212.toml."""
from __future__ import annotations

from decimal import Decimal

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import CURRENCY_WORDS, currency_out
from .helpers import find_all, lazy, lower_text

# Longest first; ties in word order, so the pattern is the same in every process (it comes
# compiled from nlp/data/regex_cache.json).
_WORDS = sorted(N.WORD_VALUES.keys() - {"a"}, key=lambda w: (-len(w), w))


def _by_first_letter(words: list[str]) -> str:
    """``words`` as an alternation grouped by first letter (`s(?:eventy-eight|...)|t(?:...)`):
    ``re`` tries each alternative in turn, so at a word's start it now compares one
    letter per group instead of trying all hundred words. The matches are the same: the
    words are letters and hyphens, so with the look-ahead after them (no letter,
    apostrophe or hyphen next) at most one word matches at a place, whatever the order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in sorted(groups.items()))


_TOKEN = (r"(?:\d[\d.,]*\d|\d|(?i:hundred|(?:thousand|million|billion|trillion)s?|"
          + _by_first_letter(_WORDS) + r"))(?![\w'’-])")
# A run of number tokens, one space apart; every repetition needs a space, so it stays linear.
_RUN_RE = lazy(rf"(?<![\w.,'’-])(?i:{_TOKEN}(?:[ \u00a0]{_TOKEN})*)")
_SPLIT_RE = lazy(r"[ \u00a0]")
_DOTTED_RE = lazy(r"\d{1,3}(?:\.\d{3})+")
_OF_CURRENCY_RE = lazy(rf"[ \u00a0]+of[ \u00a0]+(?P<cur>{CURRENCY_WORDS})(?![\w'’])")
_SCALE_RE = lazy(r"thousand|million|billion|trillion")
_REACH = 80                                            # chars a run may reach from its scale word


def _scale_words(low: str) -> list[int]:
    """Where ``_SCALE_RE`` matches in ``low``, found with ``str.find`` (`re` tried the
    pattern at every `t`, `m` and `b`). The four words cannot overlap one another: each
    `illion` belongs to the one `million`, `billion` or `trillion` its letters before
    make, or to none."""
    out = find_all(low, "thousand")
    i = low.find("illion")
    while i >= 0:
        if i >= 1 and low[i - 1] in "mb":
            out.append(i - 1)
        elif i >= 2 and low[i - 2:i] == "tr":
            out.append(i - 2)
        i = low.find("illion", i + 6)
    out.sort()
    return out


def _runs(text, anchors):
    """The runs of number tokens that contain one of the scale words at ``anchors``."""
    for a in anchors:
        for m in _RUN_RE.finditer(text, max(0, a - _REACH), min(len(text), a + _REACH)):
            if m.start() <= a < m.end():
                yield m
                break


def _kind(tok: str) -> tuple[str, Decimal | None]:
    low = tok.lower()
    if low[0].isdigit():
        en, src = N.readings(tok)
        if _DOTTED_RE.fullmatch(tok) and src is not None:
            return "d", src                            # `2.300`: a source group (or 2.3 in English)
        return "n", en if en is not None else src
    if low == "hundred":
        return "h", Decimal(100)
    if low.rstrip("s") in N.SCALES:
        return ("S" if low.endswith("s") else "s"), N.SCALES[low.rstrip("s")]
    return "w", Decimal(N.WORD_VALUES[low])


def _phrases(tokens):
    """Split a run where two numbers meet (`2020 two thousand`: a year, then an amount)."""
    start = 0
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1][1], tokens[i][1]
        if a in "nw" and b in "nw" and not (a == b == "w"):
            yield tokens[start:i]
            start = i
    yield tokens[start:]


def _mixed(kinds: str, low: list[str]) -> bool:
    """Digits with number words in a way English does not write them."""
    if "n" not in kinds or not any(k in "sS" for k in kinds):
        return False
    if kinds in ("nss", "ss") and low[-2] in ("thousand", "million"):
        return False                                   # `5 thousand million`: TQ201
    for i, k in enumerate(kinds):
        if k == "S" and i and kinds[i - 1] in "nwh":
            return True                                # `300 millions`
        if k in "sS" and "n" in kinds[i + 1:]:
            return True                                # `thousand 800`, `billion 317 thousand`
        if k == "s" and low[i] == "thousand" and i and kinds[i - 1] == "n":
            return True                                # `18 thousand`
    return False


@rule(
    "TQ212", name="mixed-number-words", category=Category.NUMBER_FORMAT, severity=Severity.WARNING,
    summary="Digits mixed with number words in source-language groups (`18 thousand`, `two thousand 800`, "
            "`6 thousand 215 million`, `$300 millions`).",
    explanation="""Spanish, Portuguese and Italian say large numbers in groups (`2 mil 800`,
    `6 mil 215 millones`, `300 millones`); machine translation keeps the groups and mixes digits
    with words: `two thousand 800 people`, `6 thousand 215 million pesos`, `18 thousand tons`,
    `the $300 millions`. English news writes the value once, in figures with commas, or with
    `million`/`billion` for large round amounts: `2,800 people`, `6.215 billion pesos`, `18,000
    tons`, `$300 million`. The value is computed from the groups; `billion` followed by
    `thousand ... million` can only be the Spanish billón (a trillion). When two readings
    remain, only a suggestion is given.""",
    fixable=True,
    sources=("AP Stylebook: numerals; millions, billions", "MQM core typology: Locale convention > Number format"),
)
def mixed_number_words(doc, ctx):
    text = doc.text
    low = lower_text(doc)
    if "thousand" not in low and "illion" not in low:
        return
    # Candidates are runs around a scale word: only those stretches are scanned.
    anchors = _scale_words(low)
    last = -1
    for m in _runs(text, anchors):
        if m.start() < last:
            continue
        last = m.end()
        run = m.group()
        if " " not in run and "\u00a0" not in run:
            continue
        pos, tokens = m.start(), []
        for tok in _SPLIT_RE.split(run):
            kind, value = _kind(tok)
            tokens.append((tok, kind, value, pos))
            pos += len(tok) + 1
        for phrase in _phrases(tokens):
            dotted = any(t[1] == "d" for t in phrase)
            phrase = [(t[0], "n" if t[1] == "d" else t[1], t[2], t[3]) for t in phrase]
            kinds = "".join(t[1] for t in phrase)
            words = [t[0].lower() for t in phrase]
            if len(phrase) < 2 or not _mixed(kinds, words) or any(t[2] is None for t in phrase):
                continue
            first = phrase[0][0]
            if kinds[:2] in ("nS", "ns") and len(first) == 4 and first.isdigit() and 1000 <= int(first) <= 2100:
                continue                               # `in 2020 millions of people`: a year
            terms = [("s" if k in "sS" else "n" if k == "w" else k, v) for _, k, v, _ in phrase]
            english = N.compose(terms)
            long = N.compose(terms, long_billion=True) if "billion" in " ".join(words) else None
            value = english if english is not None else long
            if value is None:
                continue
            ambiguous = english is not None and long is not None and long != english \
                and any(k in "sS" for k in kinds[words.index(next(w for w in words if w.startswith("billion"))) + 1:])
            large = value >= N.SCALES["million"]
            out = N.english_amount(value) if large else N.english(value)
            start, end = phrase[0][3], phrase[-1][3] + len(phrase[-1][0])
            cur = _OF_CURRENCY_RE.match(text, end) if kinds[-1] in "sS" else None
            if cur:                                    # `25,5 millions of euros`
                end = cur.end()
                out = currency_out(out, None, cur.group("cur"), ctx)
            span = text[start:end]
            if ambiguous:
                alt = N.english_amount(long)
                yield Hit(start, end, f"`{span}` mixes digits and number words in source-language groups; "
                          f"English writes `{out}` (or `{alt}` if `billion` stands for the Spanish billón).",
                          suggestions=(out, alt))
            elif dotted:
                alt = N.compose([(k, N.parse_english(t) if k == "n" and _DOTTED_RE.fullmatch(t) else v)
                                 for (t, _, _, _), (k, v) in zip(phrase, terms)])
                alt_out = N.english_amount(alt) if alt is not None else None
                if alt_out and cur:
                    alt_out = currency_out(alt_out, None, cur.group("cur"), ctx)
                also = f" (read as a decimal, `{alt_out}`)" if alt_out and alt_out != out else ""
                yield Hit(start, end, f"`{span}` is a source-language amount: with the dot separating "
                          f"thousands it is `{out}` in English{also}.",
                          suggestions=(out,) + ((alt_out,) if also else ()))
            elif out != span:
                yield Hit(start, end, f"`{span}` mixes digits and number words in source-language groups "
                          f"(Spanish `mil`, `millones`); English writes `{out}`.", suggestions=(out,), fix=out)

