"""TQ504 glued-words: two words glued together at a link or markup boundary.
The split is ``glue.glue_point``.

Examples: cases/TQ504.toml."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter

from ...findings import Category, Hit, Severity
from ..registry import rule
from .data import WordVerdicts, vocab
from .glue import CAMEL_STARTERS, camel_point, glue_point

_NOT_PROSE_BEFORE = frozenset("#@./_\\:`")
# Before a place glued to a first name (`of EcuadorGuillermo Lasso`); brands after these
# are common English words glued (`of SolarWinds`, `in BlackRock`) and stay at info.
_PLACE_BEFORE = frozenset("of in from".split())


def _place_and_first_name(left: str, right: str) -> bool:
    """A known place or name on the left, a rarer word (a first name) on the right."""
    from ...nlp import langid

    return 3.5 <= langid.en_zipf(left.lower()) <= 4.5 and langid.en_zipf(right.lower()) <= 3.0


def _point(w: str) -> tuple[int, bool] | None:
    """Where ``w`` splits, and whether surely (see the comment in ``glued_words``)."""
    if w[1:].islower():
        i = glue_point(w)
        return None if i is None else (i, True)
    return camel_point(w)


_POINTS = WordVerdicts(_point)


@rule(
    "TQ504", name="glued-words", category=Category.UNTRANSLATED, severity=Severity.WARNING,
    summary="Two words glued together (`Sánchezsaid`, `Lulawho`, `Moscowand`).",
    explanation="""Converting a web page to text drops the space at link and markup
    boundaries, gluing a name to the next word (`Sánchezsaid`, `Lulawho`, `Moscowand`).
    A token is flagged when it is not an English word and splits into a frequent English
    word or known name plus a function word, reporting verb or adverb (`and`, `who`,
    `said`, `announced`, `without` ...), or when a lower-case letter runs into a capital
    (`exportsThe`, `PetroHe`, `pandemicLasso`; two capitalised names only when a surname
    follows, at info; a warning after `of`/`in`/`from` when a place is glued to a
    rarer word, a first name). Brands (`YouTube`, `iPhone`, `PlayStation`, `McDonald`, `PayPal`:
    in the English word lists or glue_keeps.txt), listed names, hashtags, addresses and
    code stay quiet. The fix inserts the space; where a capital follows the junction,
    punctuation may be lost too, so the space is only suggested.""",
    sources=["MQM typology: Fluency > Spelling (themqm.org)"],
    fixable=True,
)
def glued_words(doc, ctx):
    # Distinct words first; each is judged once per process (see glue_point).
    # A word with no capital after its first letter can only be a glue_point (which asks
    # for that), any other only a camel_point (which asks for an inner capital).
    points = _POINTS.verdict
    cands = {w: points[w] for w in _POINTS.words_with(vocab(doc))}
    if not cands:
        return
    text = doc.text
    tokens = doc.tokens
    # the tokens holding a candidate, picked at C speed (a token is a tuple, text at 2)
    for k in compress(range(len(tokens)), map(cands.__contains__, map(itemgetter(2), tokens))):
        t = tokens[k]
        w = t.text
        i, sure = cands[w]
        if t.start and text[t.start - 1] in _NOT_PROSE_BEFORE:
            continue  # a hashtag, handle, address or identifier: `#climateAction`, `site.comNews`
        if not sure:
            # Two capitalised parts: a place or word glued to a first name goes on with the
            # surname (`EcuadorGuillermo Lasso`); a brand (`SolarWinds said`) does not.
            nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if not (nxt[:1].isupper() and nxt[1:2].islower() and text[t.end:tokens[k + 1].start] == " "):
                continue
        fixed = f"{w[:i]} {w[i:]}"
        sev = None if sure else Severity.INFO
        if not sure and k and tokens[k - 1].lower in _PLACE_BEFORE and _place_and_first_name(w[:i], w[i:]):
            sev = None   # `the president of EcuadorGuillermo Lasso`: a place, then a first name
        if w[i].isupper():
            # A capital after the junction: the markup often took punctuation with the
            # space (`exports. The`, `pandemic," Lasso`), so the space is a suggestion only.
            options = (f"{w[:i]}. {w[i:]}", fixed) if w[i:] in CAMEL_STARTERS else (fixed,)
            yield Hit(t.start, t.end, f"Words glued together: `{w}` should be `{options[0]}`"
                      " (or with the punctuation the source had).",
                      suggestions=options, severity=sev)
            continue
        yield Hit(t.start, t.end, f"Words glued together: `{w}` should be `{fixed}`.",
                  suggestions=(fixed,), fix=fixed)

