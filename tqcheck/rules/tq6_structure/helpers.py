"""Shared by TQ6xx rules: wire and photo agencies, word repeats English keeps."""
from __future__ import annotations

from itertools import compress
from operator import itemgetter

# News and photo agencies, as they sign a caption or a photo credit.
AGENCIES = ("EFE|AP|AFP|Reuters|REUTERS|Xinhua|XINHUA|ANSA|dpa|DPA|EPA|EPA-EFE|Getty Images|Europa Press|"
            "Télam|Telam|Agência Brasil|Estadão Conteúdo|Estadão Content|Bloomberg|TASS|RIA Novosti|Sputnik|"
            "Anadolu|Notimex|AAP|Kyodo|Yonhap|Andina|Shutterstock|Cuartoscuro|Folhapress|Archivo|Archive|"
            "File|Handout|Presidencia|Presidency")

# Words English repeats on purpose: `had had`, `very very`, `more and more`, `again and again`.
INTENSIFYING = frozenset("""had that is do bye ha knock tut chop very so no yes now there well far many
    much more less fewer again go pretty really over on round through by years months weeks days hours
    minutes miles tons dozens hundreds thousands millions billions layers time times side step bit
    little back forth up down out in off around slowly never please come ever bigger better worse""".split())


# A photo credit closing a paragraph: `(AP Photo/Ana Ruiz, file)`, `(Photo: Presidency)`,
# `Photo: ANA RUIZ / AFP`, `REUTERS/Ana Ruiz`, `(Ana Ruiz/CBC)`, `Ana Ruiz/KEYSTONE`,
# `(AP Photo/Ana Ruiz) ASSOCIATED PRESS` (a gallery repeats the agency). The sentence before it is complete.
_CREDIT_TAIL_RE = None


def credit_tail(body: str):
    """The match of a photo credit that ends `body`, or None."""
    if "/" not in body and "(" not in body:
        return None                         # every form has a slash or an opening bracket
    global _CREDIT_TAIL_RE
    if _CREDIT_TAIL_RE is None:
        import re

        word = r"[A-Z](?:[\w'’-]+|\.)"   # `Ruiz`, an initial `J.`; not `Sunday.` ending a sentence
        name = rf"{word}(?:[ \t]+{word}){{0,3}}"
        _CREDIT_TAIL_RE = re.compile(
            rf"(?:\((?:{AGENCIES})[ \t]+(?:Photos?|Pictures?|Images?)[ \t]*/[^()\n]{{1,60}}\)"
            rf"|\((?:photo|foto|image|picture)s?[ \t]*(?::|by)[ \t]*[^()\n]{{1,60}}\)"
            rf"|(?-i:\(?{name}[ \t]*/[ \t]*(?:{AGENCIES}|[A-Z]{{2,12}})\)?)"
            rf"|(?:(?:photo|foto|image|picture)s?[ \t]*(?::|by)[ \t]*)?"
            rf"(?:(?:{AGENCIES})[ \t]*/[ \t]*{name}|{name}[ \t]*/[ \t]*(?:{AGENCIES})))"
            rf"(?-i:[ \t]+(?:ASSOCIATED[ \t]+PRESS|Associated[ \t]+Press|[A-Z]{{2,12}}))?[ \t]*$",
            re.IGNORECASE)
    return _CREDIT_TAIL_RE.search(body)


_TEXT = itemgetter(2)     # Token.text (a token is a tuple)
_KIND = itemgetter(3)     # Token.kind


def word_list(doc) -> tuple[list, list[str]]:
    """The document's word tokens and their texts, in order (each sentence's words are a
    contiguous run of them): the TQ6 prefilters look for candidates in them once per
    document, at C speed, instead of sentence by sentence."""
    def build(d):
        toks = d.tokens
        words = list(compress(toks, map("word".__eq__, map(_KIND, toks))))
        return words, list(map(_TEXT, words))

    return doc.view("tq6_words", build)


def sentence_starts(doc) -> list[int]:
    """The start offset of each sentence (the view TQ4's ``sentence_index`` reads too)."""
    return doc.view("sentence_starts", lambda d: [s.start for s in d.sentences])
