"""Number values in a source language and in English: digits parsed with the CLDR
conventions of each locale (Babel), scale words (long scale: Spanish `billón` is 10^12,
`mil millones`/`milliard`/`Milliarde` 10^9), written numbers, clock times.

``numbers(text, start, end, lang)`` lists ``Num`` values; ``same(a, b)`` says whether two
values agree (allowing a translator's rounding)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...nlp.text import LETTERS, fold

_LOCALES = {"es": "es", "fr": "fr", "pt": "pt", "it": "it", "de": "de", "en": "en"}

_SCALES = {
    "es": [("mil millones", 1e9), ("millardos", 1e9), ("millardo", 1e9), ("millones", 1e6), ("millón", 1e6),
           ("millon", 1e6), ("billones", 1e12), ("billón", 1e12), ("mil", 1e3)],
    "fr": [("milliards", 1e9), ("milliard", 1e9), ("millions", 1e6), ("million", 1e6), ("billions", 1e12),
           ("billion", 1e12), ("mille", 1e3), ("Mds", 1e9), ("Md", 1e9)],
    "pt": [("mil milhões", 1e9), ("bilhões", 1e9), ("bilhão", 1e9), ("milhões", 1e6), ("milhão", 1e6),
           ("trilhões", 1e12), ("trilhão", 1e12), ("mil", 1e3)],
    "it": [("miliardi", 1e9), ("miliardo", 1e9), ("milioni", 1e6), ("milione", 1e6), ("mld", 1e9), ("mln", 1e6),
           ("mila", 1e3), ("mille", 1e3)],
    "de": [("Milliarden", 1e9), ("Milliarde", 1e9), ("Mrd.", 1e9), ("Mrd", 1e9), ("Millionen", 1e6),
           ("Million", 1e6), ("Mio.", 1e6), ("Mio", 1e6), ("Billionen", 1e12), ("Billion", 1e12),
           ("Tausend", 1e3)],
    "en": [("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3), ("bn", 1e9),
           ("tn", 1e12), ("mn", 1e6), ("m", 1e6)],
}
# Written numbers (ambiguous words such as Italian `sei`, French `neuf`, `cent` left out).
_WORDS = {
    "es": "dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 quince:15 "
          "veinte:20 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80 noventa:90 cien:100 un:1 una:1",
    "fr": "deux:2 trois:3 quatre:4 cinq:5 sept:7 huit:8 dix:10 onze:11 douze:12 quinze:15 vingt:20 trente:30 "
          "quarante:40 cinquante:50 soixante:60 un:1 une:1",
    "pt": "dois:2 duas:2 três:3 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 doze:12 quinze:15 "
          "vinte:20 trinta:30 quarenta:40 cinquenta:50 sessenta:60 setenta:70 oitenta:80 noventa:90 cem:100 um:1 uma:1",
    "it": "due:2 tre:3 quattro:4 cinque:5 sette:7 otto:8 nove:9 dieci:10 dodici:12 quindici:15 venti:20 "
          "trenta:30 quaranta:40 cinquanta:50 sessanta:60 settanta:70 ottanta:80 novanta:90 cento:100 un:1 una:1",
    "de": "zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 acht:8 neun:9 zehn:10 elf:11 zwölf:12 zwanzig:20 "
          "dreißig:30 vierzig:40 fünfzig:50 sechzig:60 siebzig:70 achtzig:80 neunzig:90 hundert:100 ein:1 eine:1 einer:1",
    "en": "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 "
          "twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 hundred:100 dozen:12 a:1 one:1",
}
# Articles count as `1` only before a scale word (`un millón`, `a million`).
_ONLY_BEFORE_SCALE = {1}

_NUMERAL = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:([.,\u00a0\u202f])\d{3})(?:\1\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d\w])")
_FR_SPACED = re.compile(r"(?<![\w.,])(?<!\d )\d{1,3}(?: \d{3})++(?![\d\w.,])")
_TIME = re.compile(r"(?<![\w.,])(\d{1,2})(?:[:.h](\d{2}))?\s?(horas|hrs?\b|h\b|heures|ore\b|Uhr|a\.m\.|p\.m\.|am\b|pm\b|GMT)",
                   re.IGNORECASE)


class Num(NamedTuple):
    values: frozenset       # the values the text may mean (one unless its format is ambiguous)
    start: int
    end: int
    digits: bool            # written with digits (not a number word)
    time: bool = False      # a clock time, in minutes modulo 12 hours


def _readings(s: str, lang: str, src_lang: str | None) -> set[float]:
    from ...nlp.numbers import parse     # CLDR conventions (Babel's strict parse_decimal)

    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    out: set[float] = set()
    for loc in (lang,) + ((src_lang,) if src_lang and src_lang != lang else ()):
        try:
            value = parse(s, _LOCALES.get(loc, "en"))
            if value is not None:
                out.add(float(value))
        except ValueError:
            continue
    if not out:     # ambiguous in every locale: both readings of the separator
        digits = re.sub(r"[.,]", "", s)
        out.add(float(digits))
        if s.count(".") + s.count(",") == 1:
            out.add(float(s.replace(",", ".")))
    return out


@lru_cache(maxsize=16)
def _scale_re(lang: str) -> re.Pattern:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, _ in sorted(_SCALES[lang], key=lambda x: -len(x[0])))
    return re.compile(r"\s?(?:de\s+)?(" + alts + r")(?![^\W\d_])", re.IGNORECASE if lang != "en" else 0)


@lru_cache(maxsize=16)
def _scale_of(lang: str) -> dict[str, float]:
    return {fold(w): v for w, v in _SCALES[lang]}


@lru_cache(maxsize=16)
def _words_of(lang: str) -> dict[str, int]:
    return {fold(k): int(v) for k, v in (p.split(":") for p in _WORDS[lang].split())}


def _scale_after(text: str, pos: int, end: int, lang: str) -> tuple[float, int]:
    m = _scale_re(lang).match(text, pos, end)
    if not m:
        return 1.0, pos
    word = fold(re.sub(r"\s+", " ", m.group(1)))
    if lang == "en" and word in ("m", "bn", "tn", "mn") and m.start(1) != pos:
        return 1.0, pos          # `15m`, `$3bn`: only glued to the digits
    return _scale_of(lang)[word], m.end()


def numbers(text: str, start: int, end: int, lang: str, src_lang: str | None = None) -> list[Num]:
    """The numbers in ``text[start:end]``; ``src_lang`` (for English) adds the readings of a
    number left in the source format (`4,7`, `150.000`)."""
    out: list[Num] = []
    covered = bytearray(max(end - start, 0))      # positions already part of a number

    def take(a: int, b: int) -> None:
        covered[a - start:b - start] = b"\1" * (b - a)
    for m in _TIME.finditer(text, start, end):
        h, mi, unit = int(m.group(1)), int(m.group(2) or 0), m.group(3).lower()
        if m.group(2) is None and unit in ("h", "horas", "heures", "ore", "uhr", "hr", "hrs", "gmt"):
            continue                   # `24 horas`: a duration, not a time
        if h > 24 or mi > 59:
            continue
        out.append(Num(frozenset({float((h % 12) * 60 + mi)}), m.start(), m.end(), True, True))
        take(m.start(), m.end())
    spaced = list(_FR_SPACED.finditer(text, start, end)) if lang == "fr" else []
    for m in spaced + list(_NUMERAL.finditer(text, start, end)):
        if covered[m.start() - start]:
            continue
        scale, stop = _scale_after(text, m.end(), end, lang)
        vals = frozenset(v * scale for v in _readings(m.group(0), lang, src_lang))
        out.append(Num(vals, m.start(), stop, True))
        take(m.start(), stop)
    words = _words_of(lang)
    for m in LETTERS.finditer(text, start, end):
        if covered[m.start() - start]:
            continue
        v = words.get(fold(m.group(0)))
        if v is None:
            continue
        scale, stop = _scale_after(text, m.end(), end, lang)
        if v in _ONLY_BEFORE_SCALE and scale == 1.0:
            continue
        # a written number with a scale word (`dos millones`, `a billion`) is as plain as digits
        out.append(Num(frozenset({float(v) * scale}), m.start(), stop, scale != 1.0))
        take(m.start(), stop)
    return sorted(out, key=lambda n: n.start)


def _sig(x: float) -> int:
    s = f"{x:.6g}".replace(".", "").replace("-", "").lstrip("0").split("e")[0]
    return len(s.rstrip("0")) or 1


def _as_time(n: Num) -> Num:
    """A number that may be a clock time written without a unit (`alle 3.32`): its minutes."""
    vals = set()
    for v in n.values:
        h = int(v)
        frac = round((v - h) * 100, 6)
        if 0 <= h <= 24 and frac == int(frac) and 0 < frac < 60:
            vals.add(float((h % 12) * 60 + int(frac)))
    return n._replace(values=frozenset(vals), time=True)


def same(a: Num, b: Num) -> bool:
    """Whether source number ``a`` and target number ``b`` can be the same value (``b`` may
    round ``a``: `1,52 millones` -> `1.5 million`)."""
    if a.time != b.time:
        a, b = (a, _as_time(b)) if a.time else (_as_time(a), b)
    for x in a.values:
        for y in b.values:
            if x == y or (x and abs(x - y) / abs(x) < 1e-9):
                return True
            if x and y and abs(x - y) / abs(x) <= 0.05 and _sig(y) < _sig(x):
                return True
    return False


def scaled(a: Num, b: Num) -> bool:
    """``b`` is ``a`` times a power of ten (a scale slip: `150.000 millones` -> `15 billion`)."""
    for x in a.values:
        for y in b.values:
            if x and y and x != y:
                r = max(x, y) / min(x, y)
                for k in range(1, 13):
                    if abs(r - 10 ** k) / 10 ** k < 1e-9:
                        return True
    return False


def show(v: float) -> str:
    """A value in English words: 150000000000 -> `150 billion`."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:,.6g} {word}"
    return f"{v:,.6g}" if v != int(v) else f"{int(v):,}"


def _hmm(x: float) -> bool:
    """A value that may be a clock time written `h.mm` (`3.32`)."""
    return 0 <= x < 25 and x != int(x)


class NumIndex:
    """The numbers of a stretch of text, sorted by value, so that ``has(a)`` (is there a
    number ``same`` as ``a``?) looks only at the values near ``a``'s and, for clock times,
    at the times and `h.mm` values, not at every number."""

    def __init__(self, nums: list[Num]):
        plain = [(v, i) for i, n in enumerate(nums) if not n.time for v in n.values]
        self.items = sorted(plain, key=lambda x: x[0])
        self.keys = [v for v, _ in self.items]
        self.nums = nums
        self.times = [n for n in nums if n.time or any(_hmm(v) for v in n.values)]

    def near(self, lo: float, hi: float):
        from bisect import bisect_left, bisect_right

        return (self.nums[i] for _, i in self.items[bisect_left(self.keys, lo):bisect_right(self.keys, hi)])

    def candidates(self, n: Num, lo_f: float, hi_f: float):
        """The numbers that may be ``same`` as ``n``: values within [x*lo_f, x*hi_f], and the
        times when ``n`` is or may be one."""
        for x in n.values:
            lo, hi = sorted((x * lo_f, x * hi_f))
            yield from self.near(lo, hi)
        if n.time or any(_hmm(v) for v in n.values):
            yield from self.times

    def has(self, a: Num) -> bool:
        """A number here that source number ``a`` may be rendered as."""
        return any(same(a, t) for t in self.candidates(a, 0.95, 1.05))

    def has_source(self, t: Num) -> bool:
        """A source number here that target number ``t`` may render."""
        return any(same(s, t) for s in self.candidates(t, 1 / 1.06, 1 / 0.94))
