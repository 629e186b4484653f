"""TQ408 locative-inversion: subject after a perfect verb in a fronted place phrase
(`On the website has appeared the statement`).

Examples: cases/TQ408.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .fronted import fronted_inversion, relative_inversions
from .helpers import WORD_ORDER_SOURCES


LOC_RE = re.compile(
    r"(?P<pp>(?:On|In|At|From|Onto|Into) (?:the |a |an |its |their |his |her )?[^\W\d_][\w’'-]*(?: [\w’'-]+){0,3}?) "
    r"(?P<aux>has|have|had|is|are|was|were) (?P<part>appeared|been published|been posted|been released|emerged|"
    r"arrived|been placed|been installed|been displayed|been hung|announced|expected|planned|scheduled|"
    r"held|organized|organised|convened|called) "
    r"(?P<np>(?:the|a|an|this|these|his|her|their|its) [^.,;:!?\n]{1,60}?)(?=[.,;:!?]|$)")

_BE = frozenset({"is", "are", "was", "were"})
# With `is`/`was`: an event announced or held (`In the square is planned a rally`).
_PASSIVE = frozenset("announced expected planned scheduled held organized organised convened called".split())


@rule(
    "TQ408", name="locative-inversion", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Subject after a perfect verb in a fronted place phrase (`On the website has appeared the statement`).",
    explanation="""Russian, Spanish and German put the place first and the subject after the
    verb (`На сайте появилось заявление`); English keeps subject-verb order: `The
    statement has appeared on the website`. Literary inversion with a simple verb (`On the
    wall hung a portrait`) is not flagged; the rule needs a perfect auxiliary, or a passive
    of an event (`In the square is planned a rally`: English `A rally is planned in
    the square`). A short fronted phrase followed by a verb of taking part, opening or
    speaking and then its subject is the same slip (`In the meeting participated the
    ministers`, `With the fair will open tomorrow the season`: English `The ministers
    took part in the meeting`); `be`, `come`, `stand`, `hang` and the like, which English
    does invert, are not in that list. The same holds in a relative clause (`the forum,
    in which participated the mayors`: English `in which the mayors took part`).""",
    sources=WORD_ORDER_SOURCES,
)
def locative_inversion(doc, ctx):
    text = doc.text
    yield from relative_inversions(text)
    for s in doc.sentences:
        m = LOC_RE.match(text, s.start, s.end)
        if not m:
            hit = fronted_inversion(text, s)
            if hit:
                yield hit
            continue
        if (m.group("aux") in _BE) != (m.group("part") in _PASSIVE):
            continue   # `has` + `appeared`, or `is` + `announced`
        np = m.group("np").strip()
        pp = m.group("pp")
        sugg = f"{np[:1].upper()}{np[1:]} {m.group('aux')} {m.group('part')} {pp[:1].lower()}{pp[1:]}"
        yield Hit(m.start(), m.end("np"),
                  f"Subject after the verb: English puts the subject first: `{sugg}`.",
                  suggestions=(sugg,))

