"""TQ411 title-article: an article before a title and a name (`the president Luis Arce`,
`the Spanish Carlos Alcaraz`).

Examples: cases/TQ411.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from ..triggers import positions
from .helpers import is_name_word, matches_at, title_case
from .vocabulary import (AFTER_NAME_NOUNS, DEMONYMS, FORMAL_TITLES, NAME_PARTICLES, NOT_NAME_WORDS,
                         PORTFOLIOS, TITLE_PORTFOLIO)

_TITLE_WORDS = FORMAL_TITLES | TITLE_PORTFOLIO
_ARTICLE = frozenset({"the"})
_POSSESSIVE = ("'s", "’s")
# Nationality adjectives that are not also nouns for a person (besides those in -ish).
_NOT_PERSON_NOUNS = frozenset({"french", "dutch"})
# `the President of the Republic` (`el presidente de la República`, `le président de la
# République`): the head of state's title in the source, not English news usage.
_OF_REPUBLIC_RE = re.compile(r"\b[Tt]he (?P<t>(?:[Vv]ice[- ])?[Pp]resident) of the [Rr]epublic\b(?! of\b)"
                             r"(?:, (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})(?=[,.;]))?")
_SURNAME_ZIPF = 4.0   # `Territories`, `Jones` are 4.0 and above; `Mendes`, `Garcia` below


def _rare(word: str) -> bool:
    """A surname is rarely a frequent English word (`Alcaraz`, not `Territories` or `War`)."""
    from ...nlp.langid import en_zipf

    return en_zipf(word.removesuffix("'s").removesuffix("’s")) < _SURNAME_ZIPF


def _name(toks, j):
    """(end index, last token has 's) of a 1-4 word personal name at toks[j], or (-1, False)."""
    n, i, possessive = len(toks), j, False
    while i < n and i - j < 5:
        t = toks[i]
        word = t.text[:-2] if t.text.endswith(_POSSESSIVE) else t.text
        low = word.lower()
        if low in NOT_NAME_WORDS or low in _TITLE_WORDS or low in DEMONYMS:
            return -1, False
        if t.kind == "word" and (is_name_word(t) or (word != t.text and word[:1].isupper())
                                 or (i == j and word.isupper() and 3 <= len(word) <= 5 and word.isalpha())):
            i += 1
            if word != t.text:
                possessive = True
                break
        elif low in NAME_PARTICLES and i > j and i + 1 < n and is_name_word(toks[i + 1]):
            i += 1
        else:
            break
    if i == j or i - j > 4:
        return -1, False
    return i, possessive


@rule(
    "TQ411", name="title-article", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="An article before a title and a name (`the president Luis Arce`, `the Spanish Carlos Alcaraz`).",
    explanation="""Spanish, Portuguese, Italian, French and German put the article before a
    title and a name (`el presidente Luis Arce`, `il premier Rossi`, `der Minister
    Weber`), and machine translation keeps it: `the president Luis Arce`, `the Governor
    Ana Ruiz`. English news drops the article and capitalises a formal title before a
    name: `President Luis Arce`, `Governor Ana Ruiz`; with a comma the title is an
    apposition (`the president, Luis Arce,`), which is English and not flagged. A
    nationality adjective that is not a noun for a person (`the Spanish Carlos Alcaraz`)
    becomes the noun (`Spaniard Carlos Alcaraz`); where the adjective is also the noun
    (`the Brazilian Ana Lima`, natural in British sports copy) the rule only informs, as it
    does for titles with a nationality (`the Chinese president Xi Jinping`), which some
    English styles write with the article. Spanish `el también ministro` gives `the also
    minister`: English says `X, who is also minister,` or `also the minister`. A title and
    name used as a modifier (`the President Lula administration`), former or late office
    holders, and places or bodies named after a title (`the President Hotel`, `the
    Governor General`) are left alone. `the President of the Republic` is the source's
    title for a head of state: English writes `President Ana Ruiz` before a name, else
    `the president` (information only without a name).""",
    fixable=True, triggers=FORMAL_TITLES | frozenset(DEMONYMS) | {"also"},
    sources=("AP Stylebook, titles: capitalize formal titles used directly before a name",
             "MQM issue types (2015): Fluency > Grammar"),
)
def title_article(doc, ctx):
    text = doc.text
    yield from _of_the_republic(text)
    for si, toks, k in positions(doc, "TQ411"):
        n = len(toks)
        if k < 1 or k + 1 >= n:
            continue
        t = toks[k]
        low = t.lower
        if low == "also":
            if toks[k - 1].lower == "the" and toks[k + 1].kind == "word" and t.text == "also":
                yield Hit(toks[k - 1].start, t.end,
                          f"`{toks[k - 1].text} also {toks[k + 1].text}` keeps the Spanish order (`el también "
                          f"ministro`): English writes `also the {toks[k + 1].text}` or "
                          f"`..., who is also {toks[k + 1].text}, ...`.",
                          suggestions=("also the",))
            continue
        if low in FORMAL_TITLES and toks[k + 1].lower == "of":
            hit = _portfolio_title(text, toks, k)
            if hit:
                yield hit
            continue
        if low in FORMAL_TITLES:
            if toks[k + 1].lower in FORMAL_TITLES:
                continue   # `Attorney General`: the last title word decides
            s = k
            while s > 0 and k - s < 2 and toks[s - 1].lower in TITLE_PORTFOLIO:
                s -= 1
            nationality = s > 0 and toks[s - 1].lower in DEMONYMS and toks[s - 1].text[:1].isupper()
            if nationality:
                s -= 1
        elif t.text[:1].isupper() and low in DEMONYMS and toks[k + 1].lower not in _TITLE_WORDS:
            s, nationality = k, True
        else:
            continue
        if s < 1 or toks[s - 1].lower not in _ARTICLE or toks[s - 1].kind != "word":
            continue
        e, possessive = _name(toks, k + 1)
        if e < 0 or (low in DEMONYMS and (e - (k + 1) < 2 or not _rare(toks[e - 1].text))):
            continue
        if e < n and not possessive:
            nxt = toks[e]
            if nxt.kind == "word" and (not nxt.text[:1].islower() or nxt.lower in AFTER_NAME_NOUNS):
                continue
            if nxt.kind == "number" or nxt.text in "-‐" or nxt.lower == "of":
                continue   # `the General Directorate of Customs`: a body, not a person
        art = toks[s - 1]
        name = text[toks[k + 1].start:toks[e - 1].end]
        if low in DEMONYMS:
            noun = DEMONYMS[low]
            if not (low.endswith("ish") or low in _NOT_PERSON_NOUNS):
                # `the Brazilian Ana Lima`: the adjective is also a noun for the person, and
                # British sports and news copy writes `the Belgian X` natively.
                yield Hit(art.start, toks[e - 1].end,
                          f"Article and nationality before a name: English news usually writes "
                          f"`{noun} {name}` or `{name}, a {noun},`.",
                          suggestions=(f"{noun} {name}",), severity=Severity.INFO)
                continue
            if noun.endswith("?"):
                base = noun[:-1]
                sugg = (f"{base} {name}", f"{base[:-3]}woman {name}")
                fix = None
            else:
                sugg = (f"{noun} {name}",)
                fix = sugg[0]
            yield Hit(art.start, toks[e - 1].end,
                      f"Article and nationality adjective before a name: `{t.text}` is not a noun "
                      f"for a person; English writes `{sugg[0]}`.",
                      suggestions=sugg, fix=fix)
            continue
        title = title_case([x.text for x in toks[s:k + 1]])
        sugg = f"{title} {name}"
        yield Hit(art.start, toks[e - 1].end,
                  f"Article before a title and a name: English writes the title before the "
                  f"name without the article, capitalised: `{sugg}`.",
                  suggestions=(sugg,), fix=None if nationality else sugg,
                  severity=Severity.INFO if nationality else None)


def _portfolio_title(text, toks, k):
    """`the minister of Economy Ana Ruiz` -> `Economy Minister Ana Ruiz`."""
    n = len(toks)
    if k < 1 or toks[k - 1].lower != "the":
        return None
    j = k + 2
    if j < n and toks[j].lower == "the":
        j += 1
    p = j
    while p < n and p - j < 4 and ((toks[p].lower in PORTFOLIOS and toks[p].text[:1].isupper())
                                   or (toks[p].lower == "and" and p > j)):
        p += 1
    if p == j or toks[p - 1].lower == "and":
        return None
    e, possessive = _name(toks, p)
    if e < 0 or e - p < 2:
        return None
    if e < n and not possessive and (toks[e].kind == "word" and not toks[e].text[:1].islower()
                                     or toks[e].lower in AFTER_NAME_NOUNS or toks[e].lower == "of"):
        return None
    portfolio = text[toks[j].start:toks[p - 1].end]
    name = text[toks[p].start:toks[e - 1].end]
    sugg = f"{portfolio} {title_case([toks[k].text])} {name}"
    return Hit(toks[k - 1].start, toks[e - 1].end,
               f"Article before a title and a name: English writes the portfolio and the title "
               f"before the name, without the article: `{sugg}`.",
               suggestions=(sugg,), fix=sugg)


def _of_the_republic(text):
    """`the President of the Republic, Ana Ruiz` -> `President Ana Ruiz`."""
    if "epublic" not in text:
        return
    # `resident of the ` comes 5 characters into `the President of the Republic`, 10 into
    # `the Vice-President of the Republic`.
    for m in matches_at(_OF_REPUBLIC_RE, text, "resident of the ", (5, 10)):
        title = m.group("t")
        title = title[:1].upper() + title[1:]
        if m.group("name"):
            sugg = f"{title} {m.group('name')}"
            yield Hit(m.start(), m.end(),
                      f"`{m.group()}` copies the source's title for the head of state: English "
                      f"writes `{sugg}`.", suggestions=(sugg,))
        else:
            low = f"the {title.lower()}"
            yield Hit(m.start(), m.end(),
                      f"`{m.group()}` copies the source's title for the head of state: English "
                      f"news writes `{low}` (or the title before the name).",
                      suggestions=(low,), severity=Severity.INFO)
