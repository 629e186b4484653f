"""TQ1xx: punctuation and typography — quotation marks, dashes and spacing left by
machine translation and by copy from Spanish, French, Russian or German sources.

Two passes over the document, shared by all rules of the family through cached views:
the quotation-mark model (``tqcheck.nlp.quotes``: every double mark gets a role and a
certainty) and one regular-expression scan for dashes and spacing. Each rule only
picks its own hits. Fixes are offered only where the edit is certain; house style
(``quotes`` curly|straight, ``dash`` em|en) decides which marks a fix writes.

The passes live in ``_punct_quotes`` and ``_punct_spacing`` (private modules, not
families); this module registers the rules.
"""
from __future__ import annotations

from ..findings import Category, Severity
from ._punct_quotes import quote_hits
from ._punct_spacing import scan_hits
from .registry import rule


# --- the rules ---------------------------------------------------------------------------

def _tq1(code, hits, **meta):
    """Register ``code`` as a fixable punctuation warning that picks its hits from ``hits``."""
    rule(code, category=Category.PUNCTUATION, severity=Severity.WARNING, fixable=True,
         **meta)(lambda doc, ctx: hits(doc, ctx).get(code, ()))


_tq1("TQ101", quote_hits, name="quote-direction",
     summary="Opening quotation mark used to close a quotation, or closing mark used to open one.",
     explanation="""MT and copy-paste from sources with other quotation conventions leave
     `security“Xi said` (an opening mark that closes) or `are ” a model` (a closing mark that
     opens). The marks of each paragraph are paired, so the mark's role is known from its
     neighbours; the fix turns it round and puts the space on the right side (and adds the
     comma before an attribution such as `Xi said`).""",
     bad=["“We will confront outside interference and threats to region security“Xi said.",
          "Putin said the ties are ” a model of what international relations should be”.",
          "“We back the Reform“, the minister said.",
          "”Chile’s economy will recover,” the minister said."],
     good=["“We will confront interference,” Xi said.",
           "He called the ties “a model” for the region.",
           "They face “external interference” and “threats”."])

_tq1("TQ102", quote_hits, name="unpaired-quote",
     summary="A quotation mark with no partner in its paragraph (stray close, quotation never closed).",
     explanation="""Segment-by-segment translation drops or duplicates quotation marks:
     `justice.” and international fairness,” Xi said` has two closing marks for one opening
     mark. Quotations running over several paragraphs (the paragraph ends open and the next
     one reopens) are fine. Which mark is wrong usually needs a human; the one safe fix is
     a closing mark after which the sentence runs on in lower case up to a second closing
     mark (`justice.” and ... fairness,”`): that first mark and its full stop go.""",
     bad=["“We safeguard justice.” and international fairness,” Xi said.",
          "The minister promised “a new era for the region.",
          "The plan was approved” by the cabinet on Friday."],
     good=["“We will win,” she said. “Then we rest.”",
           "“The first paragraph of a long quotation.\n\n“The second paragraph,” he said.",
           "He is 6'2\" tall."])

_tq1("TQ103", quote_hits, name="quote-spacing",
     summary="Space on the wrong side of a quotation mark, or a mark glued to the next word.",
     explanation="""`the plan, ”she said` and `decline ”.` put the space inside the quotation;
     `said,“We` glues the opening mark to the previous word. The fix moves the space.""",
     bad=["“We will go ahead with the plan, ”she said.",
          "“Prices will continue to decline ”.",
          "“We thank the voters ”, the mayor said.",
          "He said:“We will win.”"],
     good=["“We will go ahead with the plan,” she said.",
           "He said: “We will win.”",
           "They want “peace” (and quiet)."])

_tq1("TQ104", quote_hits, name="mixed-quotes",
     summary="Straight and curly double quotation marks mixed in one story.",
     explanation="""Copy assembled from several sources mixes `"` and `“ ”`. The marks that
     are not in the house style (curly by default) are flagged and converted.""",
     bad=["\"We agree on the terms,” the spokesman said.",
          "“We agree,” he said. The minister called it \"a success\"."],
     good=["\"We agree on the terms,\" the spokesman said.",
           "“We agree on the terms,” the spokesman said."])

_tq1("TQ105", quote_hits, name="foreign-quotes",
     summary="Guillemets « » or German low-9 marks „ “ left in English copy.",
     explanation="""French, Spanish, Italian, Portuguese and Russian copy quotes with
     guillemets, German with „…“. English uses “…”. French spacing inside guillemets
     (`« non »`) points to a French source and `„` to a German one.""",
     bad=["The minister called it « a historic day » on Friday.",
          "The minister called it „a historic day“ on Friday.",
          "The minister called it «a historic day» on Friday."],
     good=["The minister called it “a historic day” on Friday.",
           "He wrote ≪ and ≫ on the board."])

_tq1("TQ106", quote_hits, name="dash-before-attribution",
     summary="Dash between a quotation and its attribution (`terms,” – the spokesman said`).",
     explanation="""Russian punctuation puts a dash between a quotation and the words that
     attribute it (`«…», — сказал он`). English ends the quotation with a comma inside the
     marks and no dash: `“We agree,” the spokesman said.`""",
     bad=["\"We agree on the terms,” – the spokesman said.",
          "“We agree on the terms”, — said the spokesman."],
     good=["“We agree on the terms,” the spokesman said.",
           "“We agree” — and so did everyone else in the room."])

_tq1("TQ107", scan_hits, name="accent-as-apostrophe",
     summary="Acute accent, backtick or opening single quote used as an apostrophe (`Pérez´s`).",
     explanation="""Spanish and Portuguese keyboards put `´` next to the apostrophe key, and
     word processors turn `'` into `‘` after a space. `Pérez´s`, `don`t` and `‘90s` should
     use the apostrophe `’`.""",
     bad=["Pérez´s government fell.", "They don`t agree.", "It was a hit in the ´90s."],
     good=["Pérez’s government fell.", "It was a hit in the ’90s.", "He said ‘no’ twice."])

_tq1("TQ111", scan_hits, name="hyphen-as-parenthetical-dash",
     summary="Hyphens glued to the inside of a parenthetical (` -which ... dollars-,`), Spanish style.",
     explanation="""Spanish sets off an aside with rayas glued to its words and often follows
     the closing one with a comma (`—que el año pasado ...—,`); MT turns them into hyphens:
     `trade -which last year reached a record-, as well as`. The fix writes the house dash
     (closed-up em dash, or spaced en dash).""",
     bad=["They agreed to expand trade -which last year reached a record figure-, as well as cooperation.",
          "The minister -who arrived on Friday- met the president."],
     good=["The two- and three-year bonds rose.", "It was -5 degrees in Moscow.",
           "The long-term plan, which is well-known, was approved."])

_tq1("TQ112", scan_hits, name="spaced-hyphen",
     summary="A spaced hyphen or a double hyphen used as a dash between words.",
     explanation="""` - ` and `--` are typewriter substitutes for a dash. The fix writes the
     house dash (closed-up em dash or spaced en dash). Number ranges (`10 - 20`), list
     bullets and a web title's source credit (`Headline - China News Network`) are left alone.""",
     bad=["The pressure has shown signs of escalating - first, the Netherlands joined.",
          "The plan--which was approved--failed.",
          "BEIJING, Feb. 11 (Xinhua) -- According to the report, exports rose.",
          "The chip war hits the global semiconductor industry hard-Chinanews.com"],
     good=["The economy started the year poorly - China News Network",
           "Scores ranged from 10 - 20 points.", "- first item\n- second item",
           "The plan – which was approved – failed.", "Visit the e-commerce site cross-border.com today."])

_tq1("TQ121", scan_hits, name="space-before-punctuation",
     summary="A space before a comma or full stop (`farmers , which`, `session .`).",
     explanation="""Detokenised MT output and copy-paste leave a space before `,` and `.`.
     Ellipses (`wait ...`), decimals (`.5`) and domain names (`.com`) are not flagged.""",
     bad=["The farmers , which protested, left.", "The talks ended in the session ."],
     good=["He paused ... then spoke.", "The rate is .5 percent.", "Wait . . . what?",
           "Visit the site at example .com later."])

_tq1("TQ122", scan_hits, name="french-spacing",
     summary="A space before `: ; ? !` (French typography) in English copy.",
     explanation="""French sets a (thin) space before `: ; ? !`; English closes them up:
     `He said : “No.”`, `Why ?` The hit is evidence of a French source.""",
     bad=["The minister said : the talks will resume.", "Why is the plan late ?",
          "Two goals ; one victory."],
     good=["The minister said: the talks will resume.", "The vote was 2 : 1 in favour.",
           "It was 10:30 when he left.", "Smile :) please."])

_tq1("TQ123", scan_hits, name="missing-space-after-punctuation",
     summary="No space after sentence punctuation (`?they`, `Lima.Asked`, `farmers,which`).",
     explanation="""Segment joins drop the space after a full stop, question mark or comma.
     URLs, e-mail addresses, abbreviations (`U.S.`, `a.m.`), decimals and times are not
     flagged.""",
     bad=["Who will pay?they asked.", "He arrived in Lima.Asked why, he smiled.",
          "The farmers,which protested, left."],
     good=["See www.example.com/page?id=3 for details.", "Write to info@efe.com today.",
           "The U.S. and the E.U. agreed at 10 a.m. on Friday.", "It rose 3.5 percent to 1,200.",
           "He uses Node.js daily."])

_tq1("TQ124", scan_hits, name="doubled-space",
     summary="Two or three spaces between words (`vote  that`).",
     explanation="""Deleted words and segment joins leave doubled spaces inside a sentence.
     Two spaces after a full stop (an old typing convention) and wide alignment gaps are
     not flagged.""",
     bad=["They will vote  that day.", "The  plan failed."],
     good=["They will vote that day.", "It ended.  Then the count began.",
           "Name        Age"])

_tq1("TQ125", scan_hits, name="space-inside-brackets",
     summary="A space after an opening bracket or before a closing one (`( the`, `SCO )`).",
     explanation="""English closes brackets up against their contents.""",
     bad=["The Shanghai Cooperation Organization ( SCO ) met.", "The group (SCO ) met."],
     good=["The Shanghai Cooperation Organization (SCO) met.", "Tick the box [ ] below.", "Use ( ) here."])

_tq1("TQ126", scan_hits, name="inverted-marks",
     summary="Spanish inverted `¿` or `¡` left in English copy.",
     explanation="""Spanish opens questions and exclamations with `¿` and `¡`; English does not.
     The hit is evidence of a Spanish source; the fix deletes the mark.""",
     bad=["¿Why did the talks fail? he asked.", "¡Enough! the crowd shouted."],
     good=["Why did the talks fail? he asked.", "Enough! the crowd shouted."])

_tq1("TQ127", scan_hits, name="full-width-punctuation",
     summary="Full-width (CJK) punctuation `，。：（）` in English copy.",
     explanation="""Translations from Chinese or Japanese keep full-width commas, stops and
     brackets, which set wide and look broken in English text. Inside CJK text they are fine.""",
     bad=["The plan was approved，the minister said.", "Prices rose（slightly）."],
     good=["The plan was approved, the minister said.", "The sign read 北京，上海。"])
