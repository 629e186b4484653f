"""TQ4xx: word order and syntax slips that Romance, Germanic and Slavic sources leave
in machine-translated English (`partner strategic`, `said today, Xi Jinping,`,
`China and Russia they will`, `citizens and citizens`, `Added that`...).

One pass over the tokens finds every rule's trigger words (``_cands``); cheap lexical
checks drop most of them, and only the survivors are part-of-speech tagged, in a small
window (``tqcheck.nlp.tagger``, NLTK's averaged perceptron), so clean text costs
almost nothing.
"""
from __future__ import annotations

import bisect
import re

from ..findings import Category, Hit, Severity
from ..nlp.tagger import pos_view
from .registry import rule

# --- shared vocabulary -------------------------------------------------------------
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTHS = frozenset("""january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_REPORT_PAST = frozenset("""said stated added stressed explained affirmed declared indicated assured
    noted emphasized emphasised highlighted underlined warned insisted recalled announced asserted
    reiterated maintained acknowledged commented specified detailed argued claimed admitted
    recognized recognised considered expressed reported pointed remarked""".split())
_REPORT_PRESENT = frozenset("""says states adds stresses explains affirms declares indicates assures
    notes emphasizes emphasises highlights underlines warns insists recalls announces asserts
    reiterates maintains acknowledges comments specifies details argues claims admits
    recognizes recognises considers reports points remarks""".split())
_REPORTING = _REPORT_PAST | _REPORT_PRESENT
_TITLES = frozenset("""president minister premier chancellor leader head spokesman spokeswoman
    spokesperson secretary ambassador governor mayor director chairman chairwoman chair chief
    king queen prince princess counterpart senator deputy commander general envoy diplomat
    representative negotiator prosecutor judge commissioner official officer manager founder
    candidate coach vice-president vice president""".split())
_TITLE_MODIFIERS = frozenset("""prime foreign interior defense defence finance economy health
    justice education trade labour labor former acting vice deputy first interim""".split())
_NOUN_TAGS = frozenset({"NN", "NNS"})
_COPULAS = frozenset("is are was were be been being am seems seemed remains remained became".split())
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _is_name_word(tok) -> bool:
    """A capitalised word that can be part of a person's name (`Xi`, `López`, `Jean-Luc`)."""
    t = tok.text
    return tok.kind == "word" and t[0].isupper() and (not t.isupper() or (len(t) == 1 and t not in "AI")) \
        and "'" not in t and "’" not in t and t.lower() not in _WEEKDAYS and t.lower() not in _MONTHS


def _cands(doc, key):
    """(sentence index, tokens, token index) of every trigger word of ``key``.

    One pass over the document's tokens serves the whole family: each token is looked
    up once in ``_TRIGGERS`` (lower-cased word -> rule keys), and every rule then visits
    only its own candidates.
    """
    return doc.view("tq4_candidates", _build_candidates).get(key, ())


def _build_candidates(doc):
    out: dict[str, list] = {}
    get = _TRIGGERS.get
    for si, (_, toks) in enumerate(doc.sentence_tokens()):
        for k, tok in enumerate(toks):
            keys = get(tok.text.lower())
            if keys:
                for key in keys:
                    out.setdefault(key, []).append((si, toks, k))
    return out


# === TQ401 noun + postposed attributive adjective ===================================
# Classifying (relational) adjectives: in English they come before the noun and are
# never used postpositively. Postpositive-capable adjectives (`general`, `elect`,
# `apparent`, `present`, `public`, `martial`, `immemorial`, `important`, `safe`...)
# are deliberately absent, so `attorney general`, `the people present`, `made the
# streets safe` cannot match.
_CLASSIFYING = frozenset("""strategic political economic socialist social financial nuclear foreign federal
    diplomatic environmental cultural regional constitutional judicial legislative presidential
    electoral fiscal monetary bilateral multilateral industrial agricultural technological
    scientific historic historical educational institutional parliamentary governmental
    ministerial municipal provincial territorial humanitarian sanitary medical democratic
    communist nationalist capitalist ideological geopolitical international military civil
    energetic touristic economical budgetary sporting artistic religious
    ecological judiciary migratory bureaucratic strategical
    chinese russian spanish french german italian portuguese american european african asian
    british japanese korean indian mexican brazilian argentine argentinian colombian chilean
    peruvian venezuelan cuban ukrainian""".split())
# Nouns after which a classifying adjective is legitimately postpositive or mentioned.
_NOUN_EXCEPT = frozenset("""thing things matter matters everything something anything nothing
    word words term terms adjective label name language""".split())
# Verbs that take an object and an adjective complement: `consider the decision political`.
_COMPLEX_TRANSITIVE = ("consider", "find", "found", "deem", "call", "make", "made", "render",
                       "keep", "kept", "declare", "judge", "think", "thought", "believe",
                       "label", "term", "brand", "rule", "ruled", "leave", "left", "prove",
                       "turn", "get", "got", "see", "saw", "seen", "regard")
_NP_OPENERS = frozenset({"DT", "PRP$", "JJ", "JJS", "JJR", "POS", "CD", "PDT"})
_PREMOD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "VBG"})


@rule(
    "TQ401", name="postposed-adjective", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A classifying adjective after its noun (`partner strategic`, `decision political`).",
    explanation="""Spanish, French, Italian and Portuguese put most adjectives after the noun
    (`socio estratégico`, `una decisión política`, `le parti socialiste`); machine
    translation often keeps that order. In English a classifying adjective (strategic,
    political, economic, socialist, nationality adjectives) always comes before the noun:
    `strategic partner`, `political decision`, `the Socialist party`. English does have
    postpositive adjectives (`attorney general`, `court martial`, `president elect`,
    `heir apparent`, `the people present`, `something important`) and adjective
    complements (`made the streets safe`, `considered the decision political`); the rule
    only knows classifying adjectives, needs the part-of-speech tagger to confirm a noun
    phrase (`his partner strategic`) and skips object complements.""",
    bad=["Putin sees China as his partner strategic “most important”.",
         "It was a decision political, the minister said.",
         "The candidate of the party socialist won the vote."],
    good=["The attorney general and the president elect met the people present.",
          "Putin sees China as his most important strategic partner.",
          "The cabinet considered the decision political rather than legal.",
          "The government economic plan was approved.",
          "They discussed all things political."],
)
def postposed_adjective(doc, ctx):
    pos = None
    for si, toks, k in _cands(doc, "adj"):
        if k < 2:
            continue
        adj = toks[k]
        noun = toks[k - 1]
        # A lower-case noun, or a capitalised institution before a nationality
        # (`the Government Spanish`, `the Executive French`).
        institution = noun.lower in _INSTITUTIONS and adj.lower in _NATIONALITY and noun.text[:1].isupper()
        if noun.kind != "word" or not (noun.text.islower() or institution) or noun.lower in _NOUN_EXCEPT \
                or noun.lower in _COMMON_ADJECTIVES or "'" in noun.text or "’" in noun.text:
            continue
        if not doc.text[noun.end:adj.start].isspace() or noun.lower in _FUNCTION_WORDS:
            continue
        # Cheap pre-filter before tagging: a determiner or possessive opens the noun
        # phrase (`his partner strategic`, `a new decision political`).
        d1, d2 = toks[k - 2], toks[k - 3] if k >= 3 else None
        if not (d1.lower in _DETERMINERS or d1.text.endswith(("'s", "’s"))
                or (d2 is not None and d2.lower in _DETERMINERS and d1.text.islower()
                    and d1.lower not in _FUNCTION_WORDS)):
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        pos = pos or pos_view(doc)
        tags = pos.near(si, k - 5, k + 1)
        # `a meeting bilateral`: after a determiner an -ing word is a noun.
        noun_ok = tags[k - 1] in _NOUN_TAGS or (tags[k - 1] == "VBG" and d1.lower in _DETERMINERS) \
            or (institution and tags[k - 1] in {"NNP", "NN"})
        if not noun_ok or tags[k] not in {"JJ", "NN", "NNP"}:
            continue
        if adj.text[0].isupper() and adj.lower not in _NATIONALITY:
            continue
        # Inside a noun phrase: determiner, possessive or adjective before the noun.
        if tags[k - 2] not in _NP_OPENERS:
            continue
        # Not premodifying a following noun (`the government economic plan`).
        if nxt is not None and nxt.kind != "punct" and tags[k + 1] in _PREMOD_TAGS:
            continue
        # Not an adjective with its own complement (`a country European in spirit`).
        if nxt is not None and nxt.lower == "in" and k + 2 < len(toks) and toks[k + 2].lower in _ASPECT_NOUNS:
            continue
        # The word before the noun phrase (`taught her children`, `found the decision`).
        j = k - 2
        while j > 0 and tags[j] in _NP_OPENERS:
            j -= 1
        # Not a language taught or spoken (`She taught her children Spanish`).
        if adj.lower in _LANGUAGES and (nxt is None or nxt.kind == "punct" or tags[k + 1] == "IN"):
            if (tags[j] or "").startswith("VB"):
                continue
        # Not a gapped predicate (`her mother is Spanish and her father Russian`).
        d = k - 2 if d1.lower in _DETERMINERS or d1.text.endswith(("'s", "’s")) else k - 3
        if d > 0 and toks[d - 1].lower in {"and", "but", "while", "whereas", "or", ",", ";"} \
                and (nxt is None or nxt.kind == "punct") \
                and any(x.lower in _COPULAS for x in toks[:d - 1]):
            continue
        # Not an object complement (`found the decision political`).
        before = toks[j] if tags[j] is not None and tags[j] not in _NP_OPENERS else None
        if before is not None and tags[j].startswith("VB") and before.lower.startswith(_COMPLEX_TRANSITIVE):
            continue
        fixed = f"{adj.text} {noun.text}"
        suggestions = [fixed]
        m = _SUPERLATIVE_AFTER.match(doc.text, adj.end)
        if m:
            suggestions.insert(0, f"{m.group(1)} {fixed}")
        yield Hit(noun.start, adj.end,
                  f"Adjective after the noun (`{noun.text} {adj.text}`): in English a "
                  f"classifying adjective goes before it: `{suggestions[0]}`.",
                  suggestions=tuple(suggestions))


_DETERMINERS = frozenset("""the a an his her its their our your my this that these those each every
    any some no whose another such""".split())
_FUNCTION_WORDS = _DETERMINERS | frozenset("""and or but nor of to in on at by for with from as than
    into onto over under about after before between among through during without within against
    is are was were be been being am has have had do does did will would can could shall should
    may might must not also very more most less least so too only just even it he she they we you
    i him them us me who whom which what that there here then when where while if because
    although though whether""".split())
_ASPECT_NOUNS = frozenset("""spirit nature character origin outlook scope tone style form essence name
    appearance orientation""".split())
_LANGUAGES = frozenset("chinese russian spanish french german italian portuguese japanese korean".split())
_INSTITUTIONS = frozenset("""government executive ministry congress senate parliament army police
    court party embassy president presidency""".split())
# Frequent attributive adjectives before a classifying one (`the new economic plan`):
# never the noun of `NOUN ADJ`, so they are dropped before tagging.
_COMMON_ADJECTIVES = frozenset("""new main latest first last next other same former largest biggest
    major key local own recent current top senior global big small large great good high low
    long short old young early late further certain whole entire overall important only
    possible total full""".split())
_NATIONALITY = frozenset("""chinese russian spanish french german italian portuguese american european
    african asian british japanese korean indian mexican brazilian argentine argentinian colombian
    chilean peruvian venezuelan cuban ukrainian""".split())
_SUPERLATIVE_AFTER = re.compile(r"\s*[“\"‘']?\s*(most \w+|least \w+|\w+est)\b")


# === TQ402 reporting verb before a comma-set title and name ===========================
_TIME_WORDS = frozenset({"today", "yesterday", "tonight"})
_TIME_PARTS = frozenset({"morning", "afternoon", "evening", "night", "week"})


def _time_phrase_end(toks, i):
    """Index after an optional time adverb at toks[i] (`today`, `on Tuesday`, `this morning`)."""
    if i >= len(toks):
        return i
    w = toks[i].lower
    if w in _TIME_WORDS:
        return i + 1
    if w in {"on", "this", "last"} and i + 1 < len(toks) and (
            toks[i + 1].lower in _WEEKDAYS or (w != "on" and toks[i + 1].lower in _TIME_PARTS)):
        return i + 2
    if w in _WEEKDAYS:
        return i + 1
    return i


def _name_end(toks, i):
    """Index after a 1-4 word personal name starting at toks[i], or -1."""
    j = i
    while j < len(toks) and j - i < 4 and _is_name_word(toks[j]):
        j += 1
    if j == i:
        return -1
    if j < len(toks) and toks[j].text not in {",", ".", ";"}:
        return -1
    return j


def _title_case(words):
    return " ".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words)


def _named_subject(title, name, place, verb, when):
    """The English order: `Chinese President Xi Jinping said today` (or, with a place,
    `Gustavo Petro, the president of Colombia, said today`)."""
    if place:
        sugg = f"{name}, the {' '.join(title)} of {place}, {verb}"
    else:
        sugg = f"{_title_case(title)} {name} {verb}"
    return f"{sugg} {when}" if when else sugg


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
    bad=["China will deepen ties, the Chinese president said today, Xi Jinping, during the meeting.",
         "The reform will pass, stated the minister, Ana López, during the session.",
         "The talks failed, the foreign minister said on Tuesday, Sergei Lavrov."],
    good=["Chinese President Xi Jinping said today that ties will deepen.",
          "The president said on Tuesday, February 4, that ties will deepen.",
          "“The reform will pass,” said the minister, Ana López.",
          "The minister said today, Friday, that the plan is ready.",
          "He noted the minister, Ana López, had agreed."],
)
def verb_before_named_subject(doc, ctx):
    text = doc.text
    for si, toks, v in _cands(doc, "report"):
        n = len(toks)
        if v < 1:
            continue
        verb = toks[v]
        # A: [the] [Adj...] TITLE [of Place] VERB [time] , NAME ,
        head, place = v - 1, None
        if head >= 2 and toks[head - 1].lower == "of" and toks[head - 2].lower in _TITLES \
                and _is_name_word(toks[head]):
            head, place = head - 2, toks[v - 1].text
        if toks[head].lower in _TITLES:
            t = _time_phrase_end(toks, v + 1)
            if t < n and toks[t].text == ",":
                e = _name_end(toks, t + 1)
                if e > 0:
                    s = head
                    while s > 0 and toks[s - 1].kind == "word" and (
                            _cap(toks[s - 1].text) or toks[s - 1].lower in _TITLES
                            or toks[s - 1].lower in _TITLE_MODIFIERS) \
                            and toks[s - 1].lower not in {"the", "a", "an"}:
                        s -= 1
                    if s > 0 and toks[s - 1].lower in {"the", "a", "an"}:
                        s -= 1
                    title = [x.text for x in toks[s:head + 1] if x.lower not in {"the", "a", "an"}]
                    name = " ".join(x.text for x in toks[t + 1:e])
                    when = text[toks[v].end:toks[t].start].strip()
                    sugg = _named_subject(title, name, place, verb.text, when)
                    end = toks[e].end if e < n and toks[e].text == "," else toks[e - 1].end
                    yield Hit(toks[s].start, end,
                              f"Verb before the named subject: English puts title and name "
                              f"together before the verb: `{sugg}`.",
                              suggestions=(sugg,))
                    continue
        # B: , VERB the [Adj...] TITLE , NAME ,   (inversion after a clause, no quote)
        if toks[v - 1].text != "," or (v >= 2 and toks[v - 2].text in "”\"’'"):
            continue
        j = _time_phrase_end(toks, v + 1)  # `, stated yesterday the minister, ...`
        # English does invert `said` after reported speech (`..., said the spokesman, John
        # Kirby.`), but not other reporting verbs, nor with a time phrase in between.
        if verb.lower in {"said", "says"} and j == v + 1:
            continue
        if j < n and toks[j].lower in {"the", "a", "an"}:
            j += 1
        else:
            continue
        k = j
        while k < n and toks[k].kind == "word" and (_cap(toks[k].text) or toks[k].lower in _TITLE_MODIFIERS) \
                and k - j < 4 and toks[k].lower not in _TITLES:
            k += 1
        if k >= n or toks[k].lower not in _TITLES:
            continue
        place = None
        c = k + 1
        if c + 2 < n and toks[c].lower == "of":
            q = c + 2 if toks[c + 1].lower == "the" else c + 1
            if q < n and _is_name_word(toks[q]):
                place, c = doc.text[toks[c + 1].start:toks[q].end], q + 1
        if c < n and toks[c].text == ",":
            e = _name_end(toks, c + 1)
            if e > 0:
                title = [x.text for x in toks[j:k + 1]]
                name = " ".join(x.text for x in toks[c + 1:e])
                when = doc.text[verb.end:toks[j - 1].start].strip()
                sugg = _named_subject(title, name, place, verb.text, when)
                end = toks[e].end if e < n and toks[e].text == "," else toks[e - 1].end
                yield Hit(verb.start, end,
                          f"Verb before the named subject: write `{sugg}` (title and name "
                          f"together, before the verb).",
                          suggestions=(sugg,))


# === TQ403 resumptive subject pronoun ================================================
_SUBJ_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "“", "\"", "(", "—", "–", "that", "and", "but", "because",
                             "while", "although", "whereas", "since", "so"})
_PERSON_NOUNS = _TITLES | frozenset("""government ministry company police authorities country countries
    parties party leaders ministers presidents officials companies governments nations
    union army families workers citizens students people residents farmers doctors teachers
    members experts analysts investors unions protesters voters women men children patients""".split())
_AUX = frozenset("""will would can could must should may might shall has have had is are was were
    does do did""".split())
_NOT_NAMES = frozenset("""yesterday today tonight then now later here there meanwhile instead still
    finally perhaps together also however so thus yet afterwards first next again sometimes
    once soon only even last this that these those""".split())
_NNP = frozenset({"NNP", "NNPS"})


@rule(
    "TQ403", name="resumptive-pronoun", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A subject repeated by a pronoun (`China and Russia they will`).",
    explanation="""When a translation system re-inserts the subject that Spanish or Italian
    leaves implicit, a pronoun follows the real subject: `China and Russia they will
    deepen`, `The minister he said`. Drop the pronoun. Time phrases (`Last year they`),
    objects (`He warned China it would`) and reduced relative clauses (`The minister he
    appointed resigned`) are not flagged.""",
    bad=["China and Russia they will deepen their coordination.",
         "The minister he said that the plan would pass.",
         "In Beijing, Xi Jinping he met the Russian president."],
    good=["Last year they signed a deal.", "He warned China it would face sanctions.",
          "The minister he appointed resigned on Friday.", "Yesterday they met in Beijing.",
          "On Monday they met again.", "The people they met were friendly."],
)
def resumptive_pronoun(doc, ctx):
    pos = None
    for si, toks, p in _cands(doc, "pron"):
        n = len(toks)
        if not 1 <= p < n - 1:
            continue
        pron = toks[p]
        if not pron.text.islower():
            continue
        prev = toks[p - 1]
        if prev.kind != "word":
            continue
        nxt = toks[p + 1]
        if nxt.kind != "word":
            continue
        proper = _is_name_word(prev) and prev.lower not in _NOT_NAMES
        common = prev.lower in _PERSON_NOUNS
        if not (proper or common):
            continue
        # Tag the subject and, for common nouns, the rest of the clause (reduced relatives).
        hi = p + 1
        if common and not proper:
            while hi + 1 < n and toks[hi + 1].text not in {",", ";", ".", "that"}:
                hi += 1
            hi = min(hi + 1, n - 1)
        pos = pos or pos_view(doc)
        tags = pos.near(si, p - 7, hi)
        if tags[p + 1] not in _FINITE and nxt.lower not in _AUX:
            continue
        # Walk back over the subject noun phrase.
        s = p - 1
        if proper and tags[s] in _NNP:
            while s > 0 and (tags[s - 1] in _NNP or (toks[s - 1].lower in {"and", "&"} and s >= 2
                                                     and tags[s - 2] in _NNP)):
                s -= 1
            if s > 1 and toks[s - 1].text == "." and toks[s - 2].lower in {"mr", "mrs", "ms", "dr"}:
                s -= 2
            if s > 0 and toks[s - 1].lower == "the":
                s -= 1
            kind = "proper"
        elif common and tags[s] in _NOUN_TAGS:
            while s > 0 and tags[s - 1] in {"DT", "JJ", "NNP", "PRP$", "NN", "CC"} and \
                    toks[s - 1].kind == "word":
                s -= 1
            if tags[s] not in {"DT", "PRP$"}:
                continue
            kind = "common"
        else:
            continue
        if any(toks[x].lower in _NOT_NAMES or toks[x].lower in _WEEKDAYS or toks[x].lower in _MONTHS
               for x in range(s, p)):
            continue
        # The subject must open a clause (a number before it ends an opening phrase:
        # `In 2022 China and Russia they`, or a leaked date stamp).
        if s > 0 and toks[s - 1].lower not in _CLAUSE_OPENERS and toks[s - 1].kind != "number":
            continue
        if kind == "common":
            # Reduced relative clause (`The minister he said would resign ...`): a finite
            # verb follows the pronoun's verb group later in the clause.
            agree = (pron.lower == "they") == (tags[p - 1] == "NNS" or any(
                toks[x].lower == "and" for x in range(s, p)))
            if not agree:
                continue
            q = p + 2
            while q < n and toks[q].text not in {",", ";", ".", "that"}:
                if tags[q] in _FINITE:
                    break
                q += 1
            if q < n and tags[q] in _FINITE:
                continue
            if nxt.lower not in _AUX and nxt.lower not in _REPORTING:
                continue
        subj = doc.text[toks[s].start:prev.end]
        sugg = f"{subj} {nxt.text}"
        yield Hit(toks[s].start, nxt.end,
                  f"Subject repeated by the pronoun `{pron.text}`: write `{sugg}`.",
                  suggestions=(sugg,))


# === TQ404 capitalised pronoun or verb after a comma ====================================
_CAP_PRONOUNS = frozenset("He She It They We His Her Its Their Our Him Them".split())
_CAP_VERBS = frozenset(w.capitalize() for w in _REPORTING - {"said", "says", "considered", "considers",
                                                              "details", "detailed", "points", "reports"})
_CAP_AFTER = frozenset({",", "that", "and", "but", "because", "while", "although", "when", "if"})


@rule(
    "TQ404", name="capitalised-mid-sentence", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A pronoun or verb capitalised in mid-sentence (`Pérez, He stressed`).",
    explanation="""Segment-based translation starts a new sentence where the source only had
    a clause: `Ana Ruiz Pérez, He stressed`, `and that It will open`. After a comma or a
    conjunction a pronoun or a reporting verb is lower case. Capitalised words followed by
    another capitalised word (titles such as `It Follows`) and words after an opening
    quotation mark are left alone.""",
    bad=["The minister, Ana Ruiz Pérez, He stressed that the plan would pass.",
         "The company said that It will open a new plant.",
         "The plan is ready, Stressed the minister."],
    good=["“He will come,” she said.", "The minister said: He is ready.",
          "They watched the film It Follows on Friday.", "He arrived, and she left."],
    fixable=True,
)
def capitalised_mid_sentence(doc, ctx):
    text = doc.text
    for si, toks, i in _cands(doc, "cap"):
        if not 1 <= i < len(toks) - 1:
            continue
        w = toks[i]
        if w.text not in _CAP_PRONOUNS and w.text not in _CAP_VERBS:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if prev.text not in _CAP_AFTER or "\n" in text[prev.end:w.start]:
            continue
        if nxt.kind != "word" or not nxt.text[:1].islower():
            continue
        low = w.text.lower()
        kind = "pronoun" if w.text in _CAP_PRONOUNS else "verb"
        yield Hit(w.start, w.end,
                  f"Capitalised {kind} `{w.text}` in mid-sentence: write `{low}`.",
                  suggestions=(low,), fix=low)


# === TQ405 collapsed gender doublets =====================================================
_DOUBLET_RE = re.compile(r"\b((?:the |all |los )?([^\W\d_][\w’'-]*)) (and|or) (\1)\b")
_INTENSIFYING = frozenset("""years days hours weeks months minutes seconds miles ages times rows
    layers pages piles heaps lots tons thousands millions hundreds billions dozens more less
    again over on round through by out up ever far better worse""".split())


@rule(
    "TQ405", name="gender-doublet", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="A collapsed gender doublet (`citizens and citizens`, `candidate or candidate`).",
    explanation="""Spanish, Portuguese, French and Italian name both genders for inclusive
    language (`ciudadanos y ciudadanas`, `candidato o candidata`); English has one word for
    both, so machine translation produces `citizens and citizens`. Write the noun once.
    Intensifying repetition (`again and again`, `more and more`, `years and years`,
    `bigger and bigger`) is fine. Chinese sources produce the same slip from two
    near-synonyms (`experience and experience`).""",
    bad=["The mayor thanked the citizens and citizens of Madrid.",
         "Each candidate or candidate must register.",
         "the children and the children of the town"],
    good=["Prices rose again and again.", "More and more people came.",
          "They waited for years and years.", "The queue grew longer and longer.",
          "He ran round and round."],
    fixable=True,
)
def gender_doublet(doc, ctx):
    pos = None
    text = doc.text
    for p in doc.paragraphs:
        for m in _DOUBLET_RE.finditer(text, p.start, p.end):
            word = m.group(2)
            if not word.islower() or word in _INTENSIFYING or word.endswith(("er", "est")) and \
                    not word.endswith(("ers",)):
                # comparatives (`longer and longer`) are intensifiers; singular agent nouns
                # in -er are left out too (too close to comparatives for a lexical check)
                continue
            pos = pos or pos_view(doc)
            si = _sentence_index(doc, m.start(2))
            if si is None:
                continue
            toks = doc.sentence_tokens()[si][1]
            k = next((i for i, t in enumerate(toks) if t.start == m.start(2)), None)
            if k is None or pos.near(si, k, k)[k] not in _NOUN_TAGS:
                continue
            # Two different sets: a premodified noun and a postmodified one
            # (`densely populated areas and areas with high demand`).
            after = text[m.end():m.end() + 8].lstrip().split(" ", 1)[0].lower()
            if after in _POSTMODIFIERS and k >= 1 and pos.near(si, k - 1, k)[k - 1] in {"JJ", "VBN", "VBG"}:
                continue
            keep = m.group(1)
            yield Hit(m.start(), m.end(),
                      f"Collapsed doublet `{m.group()}` (a gender pair such as `ciudadanos y "
                      f"ciudadanas`, or two source synonyms): write it once: `{keep}`.",
                      suggestions=(keep,), fix=keep)


_POSTMODIFIERS = frozenset("with that which where who whose without".split())


def _sentence_index(doc, offset):
    sents = doc.sentences
    starts = doc.view("sentence_starts", lambda d: [s.start for s in d.sentences])
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < sents[i].end:
        return i
    return None


# === TQ406 subjectless sentence opening with a reporting verb ===========================
_THAT_NOT_CONJ = frozenset("""way much far long day time year night morning moment week month is
    was""".split())


@rule(
    "TQ406", name="missing-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Sentence opens with a finite reporting verb and no subject (`Added that ...`).",
    explanation="""Spanish, Italian and Portuguese drop the subject (`Añadió que el plan...`),
    and the translation then starts with a bare verb: `Added that the plan...`,
    `Explained that...`. English news always names the subject: `He added that`,
    `The minister added that`. Participles (`Asked about the plan, he said`, `Added to
    this is...`) are not flagged.""",
    bad=["Added that the plan would be approved next month.",
         "Explained that the talks had failed.",
         "And stressed that the coordination is necessary."],
    good=["He added that the plan would be approved.", "Added to that is the cost of energy.",
          "Asked about the plan, he said it was ready.", "Stated that way, it sounds simple."],
)
def missing_subject(doc, ctx):
    for _, toks in doc.sentence_tokens():
        i = 0
        while i < len(toks) and toks[i].kind == "punct" and toks[i].text in "“\"'‘(—–-":
            i += 1
        if i < len(toks) and toks[i].lower in {"and", "also"} and len(toks) > i + 1:
            i += 1
        if i + 2 >= len(toks):
            continue
        verb, that, after = toks[i], toks[i + 1], toks[i + 2]
        if verb.lower in {"pointed", "points"} and that.lower == "out" and i + 3 < len(toks):
            that, after = toks[i + 2], toks[i + 3]
        if verb.lower not in _REPORTING or not verb.text[:1].isupper() and i == 0:
            continue
        # `Explained the minister that ...`: the subject after the verb.
        if i == 0 and that.lower == "the":
            q = i + 2
            while q < len(toks) and q - i < 6 and toks[q].lower not in _TITLES and toks[q].kind == "word":
                q += 1
            if q + 1 < len(toks) and toks[q].lower in _TITLES and toks[q + 1].lower == "that":
                subj = doc.text[that.start:toks[q].end]
                sugg = f"{subj[:1].upper()}{subj[1:]} {verb.text.lower()} that"
                yield Hit(verb.start, toks[q + 1].end,
                          f"Sentence starts with the verb `{verb.text}` and puts its subject after "
                          f"it: write `{sugg}`.", suggestions=(sugg,))
            continue
        if i > 0 and toks[i - 1].kind == "word" and not verb.text.islower():
            continue
        if that.lower != "that" or after.lower in _THAT_NOT_CONJ or after.kind == "punct":
            continue
        v = doc.text[verb.start:that.start].strip().lower()
        yield Hit(verb.start, that.end,
                  f"Sentence starts with the verb `{verb.text}` and has no subject: name it, "
                  f"e.g. `He {v} that`.",
                  suggestions=(f"He {v} that", f"She {v} that"))


# === TQ407 object-verb-subject with a number subject ======================================
_OVS_VERBS = frozenset("attended visited watched applauded signed enjoyed".split())
_EVENT_NOUNS = frozenset("""concert match game event exhibition exhibit fair show festival ceremony
    rally march demonstration protest meeting conference summit museum park mass funeral parade
    race premiere screening tournament congress forum session debate petition broadcast
    programme program film movie performance play opera fiesta celebration procession
    inauguration opening gala talk lecture course workshop""".split())
_PEOPLE_NOUNS = frozenset("""spectators people fans visitors viewers persons attendees participants
    tourists protesters protestors demonstrators pilgrims delegates guests students citizens
    residents supporters onlookers worshippers faithful runners athletes children families
    members users readers listeners voters individuals""".split())
_APPROX = frozenset("some about nearly over around almost more than approximately roughly".split())


@rule(
    "TQ407", name="object-verb-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Object-verb-subject order with a number subject (`The concert attended 3,000 spectators`).",
    explanation="""Russian, Spanish and other free-word-order languages put a new subject
    after the verb (`На концерт пришли 3000 зрителей`); translated word for word, the
    event seems to do the attending: `The concert attended 3,000 spectators`. English:
    `3,000 spectators attended the concert`. Only event or place subjects with verbs
    whose subject must be people (attend, visit, watch, applaud, sign) are flagged, so
    `The concert attracted 3,000 spectators` and `The queen visited 300 patients` pass.""",
    bad=["The concert attended 3,000 spectators.",
         "The exhibition visited more than 20,000 people last year.",
         "The petition signed thousands of citizens."],
    good=["3,000 spectators attended the concert.", "The concert attracted 3,000 spectators.",
          "The queen visited 300 patients.", "The stadium holds 40,000 fans."],
)
def object_verb_subject(doc, ctx):
    for si, toks, v in _cands(doc, "ovs"):
        n = len(toks)
        if not 1 <= v < n - 2:
            continue
        if toks[v - 1].lower not in _EVENT_NOUNS:
            continue
        j = v + 1
        while j < n and toks[j].lower in _APPROX:
            j += 1
        if j >= n:
            continue
        if toks[j].kind == "number" or toks[j].lower in {"thousands", "hundreds", "millions", "dozens",
                                                           "tens"}:
            j += 1
            if j < n and toks[j].lower in {"of", "thousand", "million", "hundred"}:
                j += 1
            if j < n and toks[j].kind == "word" and not toks[j].text.islower():
                continue
            if j < n and toks[j].lower in _PEOPLE_NOUNS:
                s = v - 1
                if s > 0 and toks[s - 1].lower in {"the", "this", "that", "a", "an"}:
                    s -= 1
                subj = doc.text[toks[v + 1].start:toks[j].end]
                obj = doc.text[toks[s].start:toks[v - 1].end]
                obj = obj[:1].lower() + obj[1:] if toks[s].lower in {"the", "this", "that", "a", "an"} else obj
                sugg = f"{subj} {toks[v].text} {obj}"
                yield Hit(toks[s].start, toks[j].end,
                          f"Object-verb-subject order: the {toks[v - 1].text} does not "
                          f"{toks[v].lower[:-2] if toks[v].lower.endswith('ed') else toks[v].lower}; "
                          f"write `{sugg}`.",
                          suggestions=(sugg[:1].upper() + sugg[1:],))


# === TQ408 locative inversion with a perfect auxiliary =====================================
_LOC_RE = re.compile(
    r"(?P<pp>(?:On|In|At|From|Onto|Into) (?:the |a |an |its |their |his |her )?[^\W\d_][\w’'-]*(?: [\w’'-]+){0,3}?) "
    r"(?P<aux>has|have|had) (?P<part>appeared|been published|been posted|been released|emerged|arrived|"
    r"been placed|been installed|been displayed|been hung) "
    r"(?P<np>(?:the|a|an|this|these|his|her|their|its) [^.,;:!?\n]{1,60}?)(?=[.,;:!?]|$)")


@rule(
    "TQ408", name="locative-inversion", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Subject after a perfect verb in a fronted place phrase (`On the website has appeared the statement`).",
    explanation="""Russian, Spanish and German put the place first and the subject after the
    verb (`На сайте появилось заявление`); English keeps subject-verb order: `The
    statement has appeared on the website`. Literary inversion with a simple verb (`On the
    wall hung a portrait`) is not flagged; the rule needs a perfect auxiliary.""",
    bad=["On the website has appeared the statement of the ministry.",
         "In the square have been installed the new benches."],
    good=["The statement has appeared on the website.", "On the wall hung a portrait of the king.",
          "In the past year, prices have risen."],
)
def locative_inversion(doc, ctx):
    text = doc.text
    for s in doc.sentences:
        m = _LOC_RE.match(text, s.start, s.end)
        if not m:
            continue
        np = m.group("np").strip()
        pp = m.group("pp")
        sugg = f"{np[:1].upper()}{np[1:]} {m.group('aux')} {m.group('part')} {pp[:1].lower()}{pp[1:]}"
        yield Hit(m.start(), m.end("np"),
                  f"Subject after the verb: English puts the subject first: `{sugg}`.",
                  suggestions=(sugg,))


# === TQ409 adverbials between the verb and its object (French order) =========================
_PREPS = frozenset("at in on from before during after inside outside near".split())
_OBJ_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those"})
_TIME_HEADS = frozenset("day days week month year eve same anniversary night morning evening".split())


@rule(
    "TQ409", name="adverbial-before-object", category=Category.WORD_ORDER, severity=Severity.INFO,
    summary="Comma-set time and place between a verb and its object (`Receiving, Tuesday, at the Élysée, the delegation`).",
    explanation="""French (and Spanish, Italian) put time and place adverbials between the
    verb and its object, set off by commas: `recevant, mardi, à l'Élysée, la délégation`.
    Translated word for word this reads `Receiving, Tuesday, at the Élysée, the
    delegation`; English keeps the object next to its verb and moves the adverbials to the
    end: `Receiving the delegation at the Élysée on Tuesday`. English writers do
    occasionally interrupt a verb and its object this way for emphasis, so the rule only
    informs.""",
    bad=["Receiving, Tuesday, at the Élysée, the delegation, the president spoke of peace.",
         "The president received, on Tuesday, the delegation of the opposition."],
    good=["The president received the delegation at the Élysée on Tuesday.",
          "The minister said, on Tuesday, that talks would resume.",
          "He arrived, on Tuesday, the day after the vote."],
)
def adverbial_before_object(doc, ctx):
    pos = None
    text = doc.text
    seen = set()
    for si, toks, k in _cands(doc, "time"):
        n = len(toks)
        c = k - 1 if toks[k - 1].text == "," else k - 2
        if (si, c) in seen:
            continue
        seen.add((si, c))
        if not 1 <= c < n - 3:
            continue
        if toks[c].text != ",":
            continue
        t_end = _time_phrase_end(toks, c + 1)
        if t_end == c + 1 or t_end >= n or toks[t_end].text != ",":
            continue
        verb = toks[c - 1]
        if verb.kind != "word" or verb.lower in {"said", "says", "told", "tells"}:
            continue
        j = t_end + 1
        place = ""
        if j < n and toks[j].lower in _PREPS:
            k = j + 1
            while k < n and k - j <= 6 and toks[k].text != ",":
                k += 1
            if k >= n or toks[k].text != ",":
                continue
            place = text[toks[j].start:toks[k - 1].end]
            j = k + 1
        if j + 1 >= n or toks[j].lower not in _OBJ_OPENERS or toks[j + 1].kind != "word" \
                or any(x.lower in _TIME_HEADS for x in toks[j + 1:j + 3]):
            continue
        pos = pos or pos_view(doc)
        tags = pos.near(si, c - 2, c)
        # A sentence-initial participle followed by a comma is often tagged as a noun.
        if not ((tags[c - 1] or "").startswith("VB") or (c == 1 and verb.lower.endswith("ing"))):
            continue
        e = j + 1
        while e < n and e - j < 8 and toks[e].kind == "word":
            e += 1
        obj = text[toks[j].start:toks[e - 1].end]
        when = text[toks[c + 1].start:toks[t_end - 1].end]
        if toks[c + 1].lower in _WEEKDAYS:
            when = "on " + when
        sugg = " ".join(x for x in (verb.text, obj, place, when) if x)
        yield Hit(verb.start, toks[e - 1].end,
                  f"Time and place set between the verb and its object: keep the object "
                  f"next to the verb and move the adverbials to the end: `{sugg}`.",
                  suggestions=(sugg,))


# Trigger words of the one-pass candidate index (see ``_cands``).
def _triggers():
    table: dict[str, tuple] = {}

    def add(words, key):
        for w in words:
            table[w] = table.get(w, ()) + (key,)

    add(_CLASSIFYING, "adj")
    add(_REPORTING, "report")
    add(_SUBJ_PRONOUNS, "pron")
    add({w.lower() for w in _CAP_PRONOUNS | _CAP_VERBS}, "cap")
    add(_OVS_VERBS, "ovs")
    add(_TIME_WORDS | _WEEKDAYS | _TIME_PARTS, "time")
    return table


_TRIGGERS = _triggers()
