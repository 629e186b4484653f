"""TQ701 number-value: a number of the source whose value is not in the translation, or a
number of the translation that is not in the source.

Examples: cases/TQ701.toml (each with its source sentence)."""
from __future__ import annotations

from ...findings import Category, Severity
from ..registry import rule
from . import explain_pairs
from ._pairs import BiHit, target_span


@rule(
    "TQ701", name="number-value", category=Category.NUMBER_FORMAT, severity=Severity.ERROR,
    summary="A number, amount, percentage or time whose value differs from the source's (bilingual mode).",
    explanation="""Every number of each source sentence is read with the source locale's
    conventions (CLDR, through Babel: `150.000` is 150000 in Spanish, `4,7` is 4.7; long
    scale: `150.000 millones` and `mil millones` are billions, `billón` 10^12; `milliard`,
    `Milliarde`, `miliardo`, `bilhão` 10^9; written numbers such as `dos millones`), and
    looked for in the aligned English sentence, which may round it (`1,52 millones` ->
    `1.5 million`) or keep the source format (`150,000 million`, left to TQ2xx). A value
    off by a power of ten (`$15 billion` for `150.000 millones de dólares`) or another value
    in its place is an error; a source number with no counterpart, or an English number
    that is nowhere in the source paragraph, a warning.""",
    sources=("MQM: Accuracy / Mistranslation / Number (https://themqm.org/error-types-2/typology/)",
             "CLDR number symbols per locale (https://cldr.unicode.org/translation/number-currency-formats)"),
    bilingual=True,
)
def number_value(doc, ctx, bi=None):
    if bi is None:
        return
    # imported on first use: a check without a source text never needs them (~5 ms)
    from ._numbers import NumIndex, numbers, scaled, show

    text, src = doc.text, bi.source
    para_nums: dict[int, tuple] = {}
    for p in bi.matched_pairs():
        s_nums = numbers(src, p.src_start, p.src_end, bi.lang)
        t_nums = numbers(text, p.tgt_start, p.tgt_end, "en", bi.lang)
        t_index, s_index = NumIndex(t_nums), NumIndex(s_nums)
        s_free = [s for s in s_nums if not t_index.has(s)]
        t_free = [t for t in t_nums if not s_index.has_source(t)]
        if not s_free and not t_free:
            continue
        if p.para not in para_nums:      # once per paragraph
            ps, pe, pts, pte = bi.paragraphs[p.para]
            para_nums[p.para] = (NumIndex(numbers(src, ps, pe, bi.lang)),
                                 NumIndex(numbers(text, pts, pte, "en", bi.lang)))
        s_para, t_para = para_nums[p.para]
        # Moved within the paragraph (alignment slack): not an error.
        s_free = [s for s in s_free if not t_para.has(s)]
        t_free = [t for t in t_free if t.digits and not s_para.has_source(t)]
        used = set()
        pair = len(s_free) * len(t_free) <= 10000    # a table of numbers, not prose: no pairing
        for t in t_free:
            s = None if not pair else next(
                (s for s in s_free if id(s) not in used and s.time == t.time and scaled(s, t)), None)
            if s is None and pair and len(s_free) == len(t_free):
                s = next((s for s in s_free if id(s) not in used and s.digits and s.time == t.time), None)
            if s is not None:
                used.add(id(s))
                sv = show(min(s.values))
                yield BiHit(t.start, t.end, f"Wrong value: the source has `{src[s.start:s.end]}` "
                            f"({sv}), not `{text[t.start:t.end]}`.", suggestions=(sv,),
                            source_start=s.start, source_end=s.end)
            else:
                yield BiHit(t.start, t.end, f"`{text[t.start:t.end]}` is not in the source sentence.",
                            severity=Severity.WARNING, source_start=p.src_start, source_end=p.src_end)
        for s in s_free:
            if id(s) in used or not s.digits:
                continue
            a, b = target_span(doc, p)
            yield BiHit(a, b, f"The source's `{src[s.start:s.end]}` ({show(min(s.values))}) is missing "
                        "from the translation.", severity=Severity.WARNING,
                        source_start=s.start, source_end=s.end)


number_value.explain_more = explain_pairs("TQ701")
