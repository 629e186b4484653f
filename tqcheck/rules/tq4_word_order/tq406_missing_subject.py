"""TQ406 missing-subject: a sentence opening with a reporting verb and no subject (`Added that`).

Examples: cases/TQ406.toml."""
from __future__ import annotations

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import VILAR_2006
from .vocabulary import REPORTING, THAT_NOT_CONJ, TITLES


@rule(
    "TQ406", name="missing-subject", category=Category.WORD_ORDER, severity=Severity.WARNING,
    summary="Sentence opens with a finite reporting verb and no subject (`Added that ...`).",
    explanation="""Spanish, Italian and Portuguese drop the subject (`Añadió que el plan...`),
    and the translation then starts with a bare verb: `Added that the plan...`,
    `Explained that...`. English news always names the subject: `He added that`,
    `The minister added that`. Participles (`Asked about the plan, he said`, `Added to
    this is...`) are not flagged.""",
    sources=("MQM issue types (2015): Accuracy > Omission", VILAR_2006),
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
        if verb.lower not in REPORTING or not verb.text[:1].isupper() and i == 0:
            continue
        # `Explained the minister that ...`: the subject after the verb.
        if i == 0 and that.lower == "the":
            q = i + 2
            while q < len(toks) and q - i < 6 and toks[q].lower not in TITLES and toks[q].kind == "word":
                q += 1
            if q + 1 < len(toks) and toks[q].lower in TITLES and toks[q + 1].lower == "that":
                subj = doc.text[that.start:toks[q].end]
                sugg = f"{subj[:1].upper()}{subj[1:]} {verb.text.lower()} that"
                yield Hit(verb.start, toks[q + 1].end,
                          f"Sentence starts with the verb `{verb.text}` and puts its subject after "
                          f"it: write `{sugg}`.", suggestions=(sugg,))
            continue
        if i > 0 and toks[i - 1].kind == "word" and not verb.text.islower():
            continue
        if that.lower != "that" or after.lower in THAT_NOT_CONJ or after.kind == "punct":
            continue
        v = doc.text[verb.start:that.start].strip().lower()
        yield Hit(verb.start, that.end,
                  f"Sentence starts with the verb `{verb.text}` and has no subject: name it, "
                  f"e.g. `He {v} that`.",
                  suggestions=(f"He {v} that", f"She {v} that"))
