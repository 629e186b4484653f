"""The TQ4 word lists, read from data (``corpora/word_order.toml``, shipped as
``tqcheck.corpora``) the first time a TQ4 rule module is imported, i.e. when the registry
first loads the rules, not when ``tqcheck`` is imported. Every list is a frozenset of
words; the rules' trigger words (``@rule(triggers=...)``) come from here too."""
from __future__ import annotations

from functools import lru_cache

from ...packagedata import package_file

DATA_FILE = "word_order.toml"


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """Every list in the data file, by name (words split on white space)."""
    from ... import tomlio

    text = package_file("tqcheck.corpora", DATA_FILE).read_text("utf-8")
    return {name: frozenset(value.split()) for name, value in tomlio.loads(text).items()}


def _words(name: str) -> frozenset[str]:
    return word_lists()[name]


WEEKDAYS = _words("weekdays")
MONTHS = _words("months")
REPORT_PAST = _words("report_past")
REPORT_PRESENT = _words("report_present")
REPORTING = REPORT_PAST | REPORT_PRESENT
TITLES = _words("titles")
TITLE_MODIFIERS = _words("title_modifiers")
COPULAS = _words("copulas")
DETERMINERS = _words("determiners")
FUNCTION_WORDS = DETERMINERS | _words("function_words")
TIME_WORDS = _words("time_words")
TIME_PARTS = _words("time_parts")

# TQ401
CLASSIFYING = _words("classifying")
NOUN_EXCEPT = _words("noun_except")
COMPLEX_TRANSITIVE = tuple(sorted(_words("complex_transitive")))  # prefixes, for str.startswith
ASPECT_NOUNS = _words("aspect_nouns")
LANGUAGES = _words("languages")
INSTITUTIONS = _words("institutions")
COMMON_ADJECTIVES = _words("common_adjectives")
NATIONALITY = _words("nationality")

# TQ403
SUBJ_PRONOUNS = _words("subject_pronouns")
CLAUSE_OPENERS = _words("clause_openers")
PERSON_NOUNS = TITLES | _words("person_nouns")
AUX = _words("auxiliaries")
NOT_NAMES = _words("not_names")

# TQ404
CAP_PRONOUNS = _words("cap_pronouns")  # as written: `He`, `Their`
CAP_VERBS = frozenset(w.capitalize() for w in REPORTING - _words("cap_verbs_not"))
CAP_AFTER = _words("cap_after")
CAP_FUNCTION_WORDS = _words("cap_function_words")   # as written: `The`, `Two`
CAP_PARTICIPLES = _words("cap_participles")         # as written: `Adding`
CAP_SUBJECTS = _words("cap_subjects")               # as written: `They`
CAP_DAY_DETERMINERS = _words("cap_day_determiners")  # as written: `This`

# TQ405
INTENSIFYING = _words("intensifying")
CAP_DOUBLET_NOUNS = _words("cap_doublet_nouns")
POSTMODIFIERS = _words("postmodifiers")

# TQ406
THAT_NOT_CONJ = _words("that_not_conjunction")

# TQ407
OVS_VERBS = _words("ovs_verbs")
EVENT_NOUNS = _words("event_nouns")
PEOPLE_NOUNS = _words("people_nouns")
APPROX = _words("approximators")

# TQ409
PLACE_PREPS = _words("place_prepositions")
OBJ_OPENERS = _words("object_openers")
TIME_HEADS = _words("time_heads")

# TQ410
ABBREVIATIONS = _words("abbreviations")
NAME_PARTICLES = _words("name_particles")

# TQ411
FORMAL_TITLES = _words("formal_titles")
TITLE_PORTFOLIO = _words("title_portfolio")
NOT_NAME_WORDS = _words("not_name_words")
AFTER_NAME_NOUNS = _words("after_name_nouns")
DEMONYMS = dict(pair.split(":", 1) for pair in _words("demonyms"))  # adjective -> noun (`?`: gendered)

# TQ412
CLAUSE_VERBS = _words("clause_verbs") | _words("intransitive_verbs")
NOT_OBJECT_HEADS = _words("not_object_heads")

# TQ406
IMPERSONAL_PLACES = _words("impersonal_places")
REACTION_VERBS = _words("reaction_verbs")
CAP_COMMON_ADJECTIVES = _words("cap_common_adjectives")  # TQ404, lower case
PORTFOLIOS = _words("portfolios")  # TQ411
AS_COMPLEMENT_VERBS = _words("as_complement_verbs")  # TQ415

# TQ404 casing evidence (casing_evidence.py)
CAP_EVIDENCE_NOT = _words("cap_evidence_not")
MIXED_CASE_NAMES = _words("mixed_case_names")   # words joined by `_`
LOWERED_ROLES = _words("lowered_roles")         # words joined by `_`
CAP_TITLE_CUES = _words("cap_title_cues")
CAP_TRIGGERS_ALL = frozenset(w.lower() for w in CAP_PRONOUNS | CAP_FUNCTION_WORDS | CAP_PARTICIPLES
                             | CAP_SUBJECTS | CAP_DAY_DETERMINERS | CAP_VERBS)
FRONTED_INVERSION_VERBS = _words("fronted_inversion_verbs")   # TQ408
FRONTED_CONNECTORS = _words("fronted_connectors")             # TQ406
STRANDED_VERBS = _words("stranded_verbs")                     # TQ418
SUBJECTLESS_VERBS = _words("subjectless_verbs")               # TQ406
