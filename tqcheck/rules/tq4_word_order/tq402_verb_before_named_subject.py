"""TQ402 verb-before-named-subject: reporting verb before a comma-set title and name
(`the president said today, Xi Jinping,`).

Examples: cases/TQ402.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import WORD_ORDER_SOURCES, cap, is_name_word, name_end, named_subject, time_phrase_end
from .vocabulary import REPORTING, TITLE_MODIFIERS, TITLES


@rule(
    "TQ402", name="verb-before-named-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Reporting verb before a comma-set name (`the president said today, Xi Jinping,`).",
    explanation="""Spanish reports put the verb first and the name in apposition at the end
    (`dijo hoy el presidente chino, Xi Jinping`), and machine translation copies it:
    `the Chinese president said today, Xi Jinping,` or `stated the minister, Ana López,`.
    English news puts the title and name together as the subject: `Chinese President Xi
    Jinping said today`. The rule needs a title noun (president, minister, spokesman...),
    a reporting verb and a capitalised name set off by commas; dates (`said on Tuesday,
    Feb. 4,`), agency credits in capitals and the English inversion of `said` after
    reported speech (`“...,” said the minister, Ana López.`) are left alone.""",
    triggers=REPORTING,
    sources=("AP Stylebook, titles: capitalize a formal title used directly before a name", *WORD_ORDER_SOURCES),
)
def verb_before_named_subject(doc, ctx):
    text = doc.text
    for si, toks, v in positions(doc, "TQ402"):
        n = len(toks)
        if v < 1:
            continue
        verb = toks[v]
        # A: [the] [Adj...] TITLE [of Place] VERB [time] , NAME ,
        head, place = v - 1, None
        if head >= 2 and toks[head - 1].lower == "of" and toks[head - 2].lower in TITLES \
                and is_name_word(toks[head]):
            head, place = head - 2, toks[v - 1].text
        if toks[head].lower in TITLES:
            t = time_phrase_end(toks, v + 1)
            if t < n and toks[t].text == ",":
                e = name_end(toks, t + 1)
                if e > 0:
                    s = head
                    while s > 0 and toks[s - 1].kind == "word" and (
                            cap(toks[s - 1].text) or toks[s - 1].lower in TITLES
                            or toks[s - 1].lower in TITLE_MODIFIERS) \
                            and toks[s - 1].lower not in {"the", "a", "an"}:
                        s -= 1
                    if s > 0 and toks[s - 1].lower in {"the", "a", "an"}:
                        s -= 1
                    title = [x.text for x in toks[s:head + 1] if x.lower not in {"the", "a", "an"}]
                    name = " ".join(x.text for x in toks[t + 1:e])
                    when = text[toks[v].end:toks[t].start].strip()
                    sugg = named_subject(title, name, place, verb.text, when)
                    end = toks[e].end if e < n and toks[e].text == "," else toks[e - 1].end
                    yield Hit(toks[s].start, end,
                              f"Verb before the named subject: English puts title and name "
                              f"together before the verb: `{sugg}`.",
                              suggestions=(sugg,))
                    continue
        # B: , VERB the [Adj...] TITLE , NAME ,   (inversion after a clause; after a quote
        # only with a time phrase: `”, said yesterday the spokesman, ...`)
        if toks[v - 1].text != ",":
            continue
        j = time_phrase_end(toks, v + 1)  # `, stated yesterday the minister, ...`
        if v >= 2 and toks[v - 2].text in "”\"’'" and j == v + 1:
            continue
        # English does invert `said` after reported speech (`..., said the spokesman, John
        # Kirby.`), but not other reporting verbs, nor with a time phrase in between.
        if verb.lower in {"said", "says"} and j == v + 1:
            continue
        if j < n and toks[j].lower in {"the", "a", "an"}:
            j += 1
        else:
            continue
        k = j
        while k < n and toks[k].kind == "word" and (cap(toks[k].text) or toks[k].lower in TITLE_MODIFIERS) \
                and k - j < 4 and toks[k].lower not in TITLES:
            k += 1
        if k >= n or toks[k].lower not in TITLES:
            continue
        place = None
        c = k + 1
        if c + 2 < n and toks[c].lower == "of":
            q = c + 2 if toks[c + 1].lower == "the" else c + 1
            while q + 1 < n and q - c < 4 and is_name_word(toks[q]) and is_name_word(toks[q + 1]):
                q += 1   # `of the Casa Rosada`
            if q < n and is_name_word(toks[q]):
                place, c = doc.text[toks[c + 1].start:toks[q].end], q + 1
        if c < n and toks[c].text == ",":
            e = name_end(toks, c + 1)
            if e > 0:
                title = [x.text for x in toks[j:k + 1]]
                name = " ".join(x.text for x in toks[c + 1:e])
                when = doc.text[verb.end:toks[j - 1].start].strip()
                sugg = named_subject(title, name, place, verb.text, when)
                end = toks[e].end if e < n and toks[e].text == "," else toks[e - 1].end
                yield Hit(verb.start, end,
                          f"Verb before the named subject: write `{sugg}` (title and name "
                          f"together, before the verb).",
                          suggestions=(sugg,))
