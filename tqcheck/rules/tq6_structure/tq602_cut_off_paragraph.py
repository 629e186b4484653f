"""TQ602 cut-off-paragraph: Paragraph ends on a conjunction or without terminal punctuation: text was cut off.

Examples: cases/TQ602.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule
from .helpers import credit_tail

_DANGLING = frozenset("""and or but nor while whereas because although though that which who whom whose
    the a an of to in on at with for from by as if when since than so yet including such""".split())
_TERMINAL = set(".!?…:;")
_DASHES = set("-–—")
# A paragraph whose final mark is one of these (and no `...`) is complete for every check below.
_COMPLETE = frozenset(".!?;")
# `... rose in November. consecutively:` closing a paragraph: a sentence was lost between.
_FRAGMENT_RE = re.compile(r"(?<=[a-z]\.)[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}[ \t]*:)[ \t]*$")
_ABBREV_END_RE = re.compile(r"\b(?:e\.g|i\.e|etc|vs|incl|approx|cf|viz|al|ca)\.$")
_CLOSERS = set("”\"’'»)]")
_LIST_MARK = re.compile(r"^(?:[-*•#>]|\d+[.)])\s")
_HEADLINE_WORDS = 20


def _ends_with_credit(body: str) -> bool:
    """A complete sentence followed by a photo credit: `... on Sunday. (AP Photo/Ana Ruiz)`."""
    m = credit_tail(body)
    return bool(m) and body[:m.start()].rstrip()[-1:] in _TERMINAL | _CLOSERS


@rule(
    "TQ602", name="cut-off-paragraph", category=Category.STRUCTURE, severity=Severity.ERROR,
    summary="Paragraph ends on a conjunction or without terminal punctuation: text was cut off.",
    explanation="""Segment-by-segment translation and copy-paste lose the end of a sentence,
    leaving a paragraph that stops on `while`, `and`, `that`, a comma or a dash, on a
    conjunction and an ellipsis (a teaser cut off by a paywall: `and…`), on a lower-case
    fragment after a full stop (`in May. consecutively:`), or simply has no full stop. Headlines, bylines, datelines, list items and a final agency credit (`EFE`)
    are short and legitimately unpunctuated, so only longer paragraphs are checked for a
    missing full stop; a caption whose last sentence ends with a full stop and then a photo
    credit (`... on Sunday. (AP Photo/Ana Ruiz)`, `Photo: ANA RUIZ / AFP`) is complete.""",
)
def cut_off_paragraph(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        body = text[p.start:p.end]
        if _LIST_MARK.match(body):
            continue
        toks = doc.tokens_in(p.start, p.end)
        if not toks:
            continue
        last = toks[-1]
        # Strip closing quotes/brackets to find the real final mark.
        k = len(toks) - 1
        while k >= 0 and toks[k].text in _CLOSERS:
            k -= 1
        final = toks[k] if k >= 0 else last
        if final.text in _COMPLETE and not (k >= 2 and toks[k - 1].text == toks[k - 2].text == "."):
            continue                        # most paragraphs: a full stop (not `...`), `!`, `?`, `;`
        words = [t for t in toks if t.kind != "punct"]
        if not words:
            continue
        frag = _FRAGMENT_RE.search(body) if final.text == ":" else None
        if frag and not _ABBREV_END_RE.search(body, 0, frag.start()):
            yield Hit(p.start + frag.start(1), p.start + frag.end(1), "A lower-case fragment after a full stop ends "
                      "the paragraph: words were lost.", suggestions=("(restore the missing words)",))
            continue
        # `... a third election and…`: an ellipsis after a conjunction is a teaser cut off
        ellipsis = final.text == "…" or (final.text == "." and k >= 2 and toks[k - 1].text == toks[k - 2].text == ".")
        if ellipsis and len(words) >= 4:
            kk = k - (1 if final.text == "…" else 3)
            if kk >= 0 and toks[kk].kind == "word" and toks[kk].lower in _DANGLING:
                yield Hit(toks[kk].start, last.end, f"Paragraph ends on `{toks[kk].text}` and an ellipsis: the text "
                                                    "is cut off.", suggestions=("(restore the rest of the text)",))
                continue
        if final.text in _DASHES and len(words) >= 4 and final is last:
            yield Hit(words[-1].start, last.end, "Paragraph ends on a dash: the sentence is cut off.",
                      suggestions=("(finish the sentence)",))
            continue
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
        elif (final.text not in _TERMINAL and len(words) >= _HEADLINE_WORDS and final.text not in _CLOSERS
              and not _ends_with_credit(body)):
            yield Hit(words[-1].start, last.end,
                      "Paragraph has no terminal punctuation: the text may be cut off.",
                      suggestions=("(end the sentence)",), severity=Severity.WARNING)
