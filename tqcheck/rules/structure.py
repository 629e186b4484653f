"""TQ6xx: structure and leaks — metadata in the body, cut-off paragraphs, doubled
punctuation, Spanish dateline dashes, repeated words."""
from __future__ import annotations

import re

from ..findings import Category, Hit, Severity
from .registry import rule

# --- TQ601 leaked metadata ---------------------------------------------------------
_DATE = r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
_DATE_KEYS = r"date|dated|fecha|data|datum|updated|published|modified|actualizado|publicado|publi[ée]|mis\s+à\s+jour|aktualisiert|timestamp"
_FIELD_KEYS = (r"tags|etiquetas|keywords|palabras\s+clave|mots-cl[ée]s|schlagw[öo]rter|slug|category|"
               r"categor[ií]a|section|secci[óo]n|source\s+url|url|permalink|story\s+id|id|photo|foto|caption")
_METADATA_RE = re.compile(
    rf"(?:(?:{_DATE_KEYS})\s*[:=]?\s*(?:{_DATE})"  # date 2022-02-04, Fecha: 04/02/2022
    rf"|(?:{_DATE})[T ]\d{{1,2}}:\d{{2}}\S*"       # a bare timestamp
    rf"|(?:{_FIELD_KEYS})\s*[:=][^\n]*)",            # Tags: china, russia
    re.IGNORECASE,
)


@rule(
    "TQ601", name="leaked-metadata", category=Category.STRUCTURE, severity=Severity.ERROR,
    summary="Metadata (date stamp, tags, slug, ids) leaked into the body text.",
    explanation="""Translation and CMS pipelines flatten a story's fields into one text, so
    a date stamp, tag list or slug ends up printed at the start of the body
    (`date 2022-02-04 China and Russia...`). Readers see it as garbage; remove it.""",
    bad=["date 2022-02-04 China and Russia will deepen their ties.",
         "Tags: China, Russia, Olympics",
         "Fecha: 04/02/2022\n\nThe president arrived on Friday."],
    good=["The date was set for 2022-02-04 by the committee.",
          "By Ana Ruiz\n\nMADRID (EFE) — The president arrived on Friday.",
          "Data from the ministry showed growth of 3%."],
)
def leaked_metadata(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        # Metadata sits at the start of a paragraph or of a line inside it.
        starts = [p.start] + [m.end() for m in re.finditer(r"\n[ \t]*", text[p.start:p.end])]
        for i, s in enumerate(starts):
            s = s if i == 0 else p.start + s
            m = _METADATA_RE.match(text, s, p.end)
            if m:
                span = m.group().rstrip()
                yield Hit(m.start(), m.start() + len(span),
                          f"Metadata leaked into the body: `{span}`.",
                          suggestions=("(remove)",))


# --- TQ602 cut-off paragraph ---------------------------------------------------------
_DANGLING = frozenset("""and or but nor while whereas because although though that which who whom whose
    the a an of to in on at with for from by as if when since than so yet including such""".split())
_TERMINAL = set(".!?…:;")
_CLOSERS = set("”\"’'»)]")
_LIST_MARK = re.compile(r"^(?:[-*•#>]|\d+[.)])\s")
_HEADLINE_WORDS = 20


@rule(
    "TQ602", name="cut-off-paragraph", category=Category.STRUCTURE, severity=Severity.ERROR,
    summary="Paragraph ends on a conjunction or without terminal punctuation: text was cut off.",
    explanation="""Segment-by-segment translation and copy-paste lose the end of a sentence,
    leaving a paragraph that stops on `while`, `and`, `that` or a comma, or simply has no
    full stop. Headlines, bylines, datelines, list items and a final agency credit (`EFE`)
    are short and legitimately unpunctuated, so only longer paragraphs are checked for a
    missing full stop.""",
    bad=["Xi said the coordination was necessary “in view of the deep changes the scene is experiencing”, while\n\nThe talks continued.",
         "The ministry said the talks covered energy, trade and the security of the region and they would continue next week in Moscow with",
         "The minister said the reform would be approved next month,"],
    good=["China and Russia sign energy pact\n\nThe two countries agreed to deepen ties.",
          "By Ana Ruiz\n\nThe minister spoke on Friday.\n\nEFE",
          "He said: “We will win.”"],
)
def cut_off_paragraph(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        body = text[p.start:p.end]
        if _LIST_MARK.match(body):
            continue
        toks = doc.tokens_in(p.start, p.end)
        words = [t for t in toks if t.kind != "punct"]
        if not words:
            continue
        last = toks[-1]
        # Strip closing quotes/brackets to find the real final mark.
        k = len(toks) - 1
        while k >= 0 and toks[k].text in _CLOSERS:
            k -= 1
        final = toks[k] if k >= 0 else last
        if final.kind == "word" and final.lower in _DANGLING and len(words) >= 4:
            wi = next(i for i, w in enumerate(words) if w.start == final.start)
            start = words[max(0, wi - 2)].start
            yield Hit(start, last.end,
                      f"Paragraph ends on `{final.text}`: the sentence is cut off.",
                      suggestions=("(finish the sentence)",))
        elif final.text == "," and len(words) >= 4:
            yield Hit(words[-1].start, last.end,
                      "Paragraph ends on a comma: the sentence is cut off.",
                      suggestions=("(finish the sentence)",))
        elif final.text not in _TERMINAL and len(words) >= _HEADLINE_WORDS and final.text not in _CLOSERS:
            yield Hit(words[-1].start, last.end,
                      "Paragraph has no terminal punctuation: the text may be cut off.",
                      suggestions=("(end the sentence)",), severity=Severity.WARNING)


# --- TQ603 doubled punctuation ---------------------------------------------------------
_DOUBLE_RE = re.compile(r"([.,;:])([ \t]*)\1|([,;:])[ \t]*\.(?!\.)")


@rule(
    "TQ603", name="doubled-punctuation", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="Doubled punctuation such as `ended. .` or `,,` left by segment joins.",
    explanation="""When translated segments are joined, the mark closing one segment is
    often kept alongside the mark of the next (`the vote ended. .`, `farmers,, which`).
    Ellipses (`...`, `. . .`) and abbreviations followed by a comma (`U.S.,`) are fine.""",
    bad=["The vote ended. . Then the count began.", "The farmers,, who protested, left.",
         "He left the room, ."],
    good=["He paused... then spoke.", "Wait . . . what?", "The U.S., China and Russia agreed.",
          "It rose 3.5 percent."],
    fixable=True,
)
def doubled_punctuation(doc, ctx):
    text = doc.text
    for m in _DOUBLE_RE.finditer(text):
        s, e = m.span()
        mark = m.group(1) or m.group(3)
        if mark == "." and m.group(1):
            # Part of an ellipsis: `...` or `. . .`
            if (s > 0 and text[s - 1] == ".") or (e < len(text) and text[e] == "."):
                continue
            if text[max(0, s - 2):s] == ". " or text[e:e + 2] == " .":
                continue
        keep = "." if m.group(3) else mark
        yield Hit(s, e, f"Doubled punctuation `{text[s:e]}`.", suggestions=(keep,), fix=keep)


# --- TQ604 Spanish dateline dash ----------------------------------------------------------
_DATELINE_RE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][^\n.!?]{0,60}?(\.-+|\.–|\.—)[ \t]*(?=\S)")


@rule(
    "TQ604", name="spanish-dateline", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="Spanish-style dateline `Bogotá.-` or `(EFE).-` at the start of a story.",
    explanation="""Spanish agencies open a story with the place, a full stop and a dash
    (`Bogotá.- El presidente...`, `MADRID, 4 feb (EFE).-`). English wire style writes
    `BOGOTÁ (EFE) —` or simply starts the sentence.""",
    bad=["Bogotá.- The president of Colombia said on Monday that talks will resume.",
         "MADRID, 4 Feb (EFE).- The government approved the budget."],
    good=["BOGOTÁ (EFE) — The president of Colombia said on Monday that talks will resume.",
          "St.-Denis is a suburb of Paris.", "He was 3.-year-old? No."],
    fixable=True,
)
def spanish_dateline(doc, ctx):
    text = doc.text
    dash = "—" if ctx.house_style.get("dash", "em") == "em" else "–"
    for p in doc.paragraphs:
        m = _DATELINE_RE.match(text, p.start, p.end)
        if not m:
            continue
        s, e = m.span(1)
        # Require the dash to close the dateline: followed by space then a capital/quote.
        after = text[e:m.end()]
        nxt = text[m.end():m.end() + 1]
        if not after or not (nxt.isupper() or nxt in "“\"‘'¿¡"):
            continue
        yield Hit(s, m.end(), f"Spanish dateline dash `{text[s:e]}`: English wire copy uses `{dash}`.",
                  suggestions=(f" {dash} ",), fix=f" {dash} ", source_lang="es")


# --- TQ605 repeated words -------------------------------------------------------------
_LEGIT_REPEATS = frozenset("""had that is do bye ha knock tut chop very so no yes now there well
    far many much more again go pretty really""".split())


@rule(
    "TQ605", name="repeated-word", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="The same word twice in a row (`the the`).",
    explanation="""Segment joins and post-editing leave a word doubled. Legitimate repeats
    (`had had`, `that that`, names such as `Bora Bora`) are not flagged.""",
    bad=["The minister said the the plan would pass.", "They will will vote on Friday."],
    good=["What he had had was enough.", "He said that that was wrong.", "They flew to Bora Bora.",
          "It was very very cold.", "The score was 2 2 at half-time."],
    fixable=True,
)
def repeated_word(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        toks = doc.tokens_in(p.start, p.end)
        for a, b in zip(toks, toks[1:]):
            if a.kind != "word" or b.kind != "word" or a.lower != b.lower:
                continue
            if a.lower in _LEGIT_REPEATS or b.text[:1].isupper() or not text[a.end:b.start].isspace():
                continue
            if "\n" in text[a.end:b.start]:
                continue
            yield Hit(a.start, b.end, f"Repeated word `{a.text}`.", suggestions=(a.text,), fix=a.text)
