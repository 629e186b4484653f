"""Fronted-phrase inversion, shared by TQ408 (which reports it) and TQ412 (which stays
quiet on it): `In the meeting participated the ministers`, `With the concert will open
tomorrow the festival` -- a short fronted phrase, a verb of taking part, opening or
speaking, and only then its subject."""
from __future__ import annotations

import re

from ...findings import Hit
from .helpers import matches_at
from .vocabulary import FRONTED_INVERSION_VERBS, WEEKDAYS

# The phrase is kept to one word after its determiner (or a name, or a year) so that a
# subject cannot hide in it (`At the summit leaders met the press`).
_MODAL = r"(?:will|would|shall|can|could|may|might|must|should) "
_FRONTED_RE = re.compile(
    r"(?P<pp>(?:In|At|On|During|With|To|From|Among) (?:(?:the|a|an|this|that|its|their|his|her) "
    r"[a-z][\w’'-]*(?: of (?:the )?[\w’'-]+)?|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?|\d{4})) "
    r"(?P<verb>(?P<modal>" + _MODAL + r")?(?P<v>[a-z]+)(?P<part> part)?) "
    r"(?P<when>(?:today|tomorrow|yesterday|tonight|on [A-Z][a-z]+day|this [a-z]+|next [a-z]+|last [a-z]+) )?"
    r"(?P<np>(?:the|a|an|several|some|many|two|three|four|five|more|dozens|hundreds|thousands) "
    r"[^.,;:!?\n]{1,60}?)(?=[.,;:!?]|$)")
# The same order in a relative clause: `the forum, in which participated the mayors`.
_RELATIVE_RE = re.compile(
    r"(?<![\w-])(?P<pp>(?:in|at|during|on) which) (?P<verb>(?P<modal>" + _MODAL + r")?(?P<v>[a-z]+)(?P<part> part)?) "
    r"(?P<when>)(?P<np>(?:the|a|an|several|some|many|two|three|four|five|more|dozens|hundreds|thousands) "
    r"[^.,;:!?\n]{1,60}?)(?=[.,;:!?]|$)")
_RELATIVE_BACK = (2, 6)   # ` which ` after `in`, `at`, `on` (two letters) or `during` (six)
_PAST_ONLY = frozenset({"With"})   # `With the doors opened the crowd...`: an absolute phrase
_TAKE = frozenset({"take", "takes", "took"})
_IRREGULAR_PAST = frozenset({"began", "spoke", "met", "took"})


def fronted_match(text: str, start: int, end: int):
    """The regex match of the slip at the start of ``text[start:end]``, or None."""
    return _checked(_FRONTED_RE.match(text, start, end))


def relative_inversions(text: str):
    """`..., in which participated the mayors`: the relative clause's subject after its verb."""
    if " which " not in text:
        return
    for m in matches_at(_RELATIVE_RE, text, " which ", _RELATIVE_BACK):
        if _checked(m):
            np = m.group("np").strip()
            sugg = f"{m.group('pp')} {np} {m.group('verb')}"
            yield Hit(m.start(), m.end("np"),
                      f"Subject after the verb in the relative clause: English writes `{sugg}`.",
                      suggestions=(sugg,))


def _checked(m):
    if not m:
        return None
    v, modal, pp = m.group("v"), m.group("modal"), m.group("pp")
    if v not in FRONTED_INVERSION_VERBS or bool(m.group("part")) != (v in _TAKE):
        return None   # `took` only in `took part`
    bare = not (v.endswith("s") or v.endswith("ed") or v in _IRREGULAR_PAST)
    if bare != bool(modal):
        return None   # `In the city open ...`: no finite verb
    if (pp.split()[0] in _PAST_ONLY and not modal) or pp.split()[-1].lower() in WEEKDAYS:
        return None
    return m


def fronted_inversion(text: str, sentence) -> Hit | None:
    """`In the meeting participated the ministers` -> `The ministers participated in the meeting`."""
    m = fronted_match(text, sentence.start, sentence.end)
    if not m:
        return None
    pp, np = m.group("pp"), m.group("np").strip()
    when = f" {m.group('when').strip()}" if m.group("when") else ""
    sugg = f"{np[:1].upper()}{np[1:]} {m.group('verb')}{when} {pp[:1].lower()}{pp[1:]}"
    return Hit(m.start(), m.end("np"),
               f"Subject after the verb: English puts the subject first: `{sugg}`.",
               suggestions=(sugg,))
