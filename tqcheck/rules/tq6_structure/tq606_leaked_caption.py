"""TQ606 leaked-caption: A photo caption or photo credit left in the body (`Ana Ruiz, minister (EFE)`).

Examples: cases/TQ606.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import AGENCIES

# `... (EFE)` or `... (Photo: AP)` closing a short paragraph.
_AGENCY_END_RE = re.compile(rf"\((?:(?:photo|foto|image)\s*:\s*)?(?:{AGENCIES})(?:\s*/\s*[^()\n]{{1,40}})?\)[ \t]*$",
                            re.IGNORECASE)
# `02/21/2019 REUTERS / Ana Ruiz`, `Ana Ruiz / AFP`: a photographer's credit.
_CREDIT_RE = re.compile(
    rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}[ \t]+)?(?:(?:{AGENCIES})[ \t]*/[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){{0,3}}"
    rf"|[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){{0,3}}[ \t]*/[ \t]*(?:{AGENCIES}))[ \t]*$")
# `(photo: INSTAGRAM/REPRODUCTION)`, `(Photo: Disclosure)`: any credit in parentheses
# closing a paragraph, not only an agency's.
_PHOTO_END_RE = re.compile(r"\((?:photo|foto|image|picture)s?\s*(?::|by)\s*[^()\n]{1,60}\)[ \t]*$", re.IGNORECASE)
_MAX_WORDS = 25


def _twice(body: str, following: str) -> bool:
    """A short line without sentence punctuation, repeated as the next paragraph."""
    words = body.split(None, 12)            # the words, when there are at most 12
    return 2 <= len(words) <= 12 and words == following.split() and body.rstrip()[-1:] not in ".!?:;”\""


# `The Attorney General of Ruritania, Ana Ruiz.`: a title, a comma, a name of capitalised words.
_TITLE_NAME_RE = re.compile(r"[A-Z][^,\n]{3,80},[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}\.$")


def _verbless_title_and_name(doc, p, body: str) -> bool:
    if not _TITLE_NAME_RE.match(body.rstrip()):
        return False
    from ...nlp.tagger import tag_tokens

    tags = tag_tokens(doc.tokens_in(p.start, p.end), doc.text)
    return not any(t.startswith(("VB", "MD")) for t in tags)


@rule(
    "TQ606", name="leaked-caption", category=Category.STRUCTURE, severity=Severity.WARNING,
    summary="A photo caption or photo credit left in the body (`Ana Ruiz, minister (EFE)`).",
    explanation="""Copy taken from a web page keeps the captions of its pictures as short
    paragraphs between the story's paragraphs: a name and a title signed by the agency
    (`Ana Ruiz, Minister of Labour (EFE)`) or a photographer's credit (`REUTERS / Ana Ruiz`,
    a closing `(Photo: Instagram/Reproduction)`).
    A short paragraph that is only a title and a name (`The Minister of Labour, Ana
    Ruiz.`, no verb) is probably a caption too, reported at info severity.
    A short line without a full stop printed twice in a row is a caption shown with the
    picture's text. Only short paragraphs without a sentence's full stop are looked at; a dateline
    (`MADRID (EFE) — The ...`) and the agency's own sign-off (`EFE` alone) are not captions.""",
    sources=("MQM: Design and markup > Truncation/addition of non-content elements",),
)
def leaked_caption(doc, ctx):
    text = doc.text
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        body = text[p.start:p.end]
        if i + 1 < len(paras) and _twice(body, text[paras[i + 1].start:paras[i + 1].end]):
            yield Hit(p.start, p.end, "Photo caption left in the body text (printed twice: caption and picture text).",
                      suggestions=("(remove both)",))
            continue
        if "\n" in body or len(body.split(None, _MAX_WORDS)) > _MAX_WORDS:   # more words than that
            continue
        if body.rstrip().endswith("."):
            if _verbless_title_and_name(doc, p, body):
                yield Hit(p.start, p.end, "Probably a photo caption left in the body text (a title and a name, "
                                          "no verb).", suggestions=("(remove)",), severity=Severity.INFO)
            continue
        if body.rstrip().endswith(("!", "?", ":")):
            continue
        m = _CREDIT_RE.search(body) if "/" in body else None    # every credit has a slash
        if m:
            yield Hit(p.start + m.start(), p.start + m.end(), "Photo credit left in the body text.",
                      suggestions=("(remove)",))
            continue
        # Both patterns end the line with `)` (and the body has no line break here).
        closed = body.rstrip(" \t").endswith(")")
        m = _AGENCY_END_RE.search(body) if closed else None
        if not (m and body[:m.start()].strip()):
            credit = _PHOTO_END_RE.search(body) if closed else None
            if credit:
                yield Hit(p.start + credit.start(), p.start + len(body[:credit.end()].rstrip()),
                          "Photo credit left in the body text.", suggestions=("(remove)",))
            continue
        if m:
            yield Hit(p.start, p.end, "Photo caption left in the body text (a short line signed by the agency).",
                      suggestions=("(remove)",))
