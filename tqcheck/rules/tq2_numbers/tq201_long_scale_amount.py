"""TQ201 long-scale-amount: Long-scale amount (`150,000 million`, `a thousand million`): English says billion.

Examples: cases/TQ201.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ...nlp import numbers as N
from ..registry import rule
from .currency import CUR_RE, PREFIX, currency_out
from .helpers import find_all, lazy, NOT_BEFORE, scan

_LONG_RE = lazy(
    rf"{NOT_BEFORE}{PREFIX}"
    r"(?:(?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{4,}(?:[.,]\d+)?)\s+"
    r"(?P<scale>(?i:thousand\s+million|million\s+million|million))"
    r"|(?:(?P<art>(?i:a|one)\s+)|(?P<small>\d{1,3}(?:\.\d+)?)\s+)?(?P<scale2>(?i:thousand\s+million|million\s+million)))"
    rf"{CUR_RE}"
)
_LONG_NEED = lazy(r"(?i:million)")   # in every match of _LONG_RE


@rule(
    "TQ201", name="long-scale-amount", category=Category.NUMBER_FORMAT, severity=Severity.ERROR,
    summary="Long-scale amount (`150,000 million`, `a thousand million`): English says billion.",
    explanation="""Spanish, French, Portuguese, Italian and German count large amounts in
    thousands of millions (`150.000 millones de dólares`, `mil millones`); machine translation
    keeps the structure (`150,000 million dollars`), which an English reader must convert.
    English news writes the short-scale value: `$150 billion`, `2.3 billion pesos`. The value is
    computed from the number; when the number uses dots as thousands separators (`2.500
    million`) it also reads as an English decimal, so no automatic fix is offered.""",
    fixable=True,
    sources=(
        "AP Stylebook: millions, billions",
        "MQM core typology: Locale convention > Number format",
        "Reuters Handbook of Journalism: billion (short scale)",
    ),
)
def long_scale(doc, ctx):
    text = doc.text
    if "million" not in text and "Million" not in text and "MILLION" not in text:
        return
    # `a thousand million` has no digit: also scan around every `million` that follows
    # `thousand` or `million` (the digit windows cover the rest).
    wordy = [i for i in find_all(text, "illion") + find_all(text, "ILLION")
             if text[max(0, i - 12):max(0, i - 1)].rstrip().lower().endswith(("thousand", "million"))]
    for m in scan(_LONG_RE, doc, wordy, need=_LONG_NEED):
        pre, cur = m.group("pre"), m.group("cur")
        start = m.start()
        if m.group("iso") and m.group("iso") not in N.iso_currency_codes():
            pre = None
            start = min(m.start(g) for g in ("num", "art", "small", "scale2") if m.group(g))
        scale_words = (m.group("scale") or m.group("scale2")).lower().split()
        unit = N.SCALES[scale_words[0]] * N.SCALES[scale_words[-1]] if len(scale_words) > 1 else N.SCALES["million"]
        ambiguous = False
        if m.group("num"):
            num = m.group("num")
            en, src = N.readings(num)
            if en is not None and en >= 1000 and (src is None or "," in num or "." not in num):
                value = en * unit
            elif src is not None and src >= 1000:
                value = src * unit
                ambiguous = en is not None            # `2.500 million`: also 2.5 million
            else:
                continue
            if len(scale_words) == 1 and value < N.SCALES["billion"]:
                continue
        else:
            small = N.parse_english(m.group("small")) if m.group("small") else None
            value = unit * small if small is not None else unit
            if not (m.group("art") or small is not None):
                # `five thousand million`, `several thousand million`: the word before
                # stays; only `thousand million` becomes `billion`.
                word = "billion" if scale_words[0] == "thousand" else "trillion"
                span = text[m.start("scale2"):m.end("scale2")]
                yield Hit(m.start("scale2"), m.end("scale2"),
                          f"`{span}` is a {word} in English; write `{word}`.",
                          suggestions=(word,), fix=word)
                continue
        amount = N.english_amount(value)
        out = currency_out(amount, pre, cur, ctx)
        span = text[start:m.end()]
        if ambiguous:
            msg = (f"`{span}` reads in English as {N.english_amount(en * unit)}; "
                   f"if the dot separates thousands (source `{m.group('num')} millones`), it is {amount}: "
                   f"write `{out}`.")
            yield Hit(start, m.end(), msg, suggestions=(out,))
        else:
            yield Hit(start, m.end(), f"`{span}` reads as {amount}; write `{out}`.",
                      suggestions=(out,), fix=out)
