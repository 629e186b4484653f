"""TQ601 leaked-metadata: Metadata (date stamp, tags, slug, ids) leaked into the body text.

Examples: cases/TQ601.toml."""
from __future__ import annotations

import re

from ...findings import Category, Hit, Severity
from ..registry import rule

_DATE = r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
_DATE_KEYS = r"date|dated|fecha|data|datum|updated|published|modified|actualizado|publicado|publi[ée]|mis\s+à\s+jour|aktualisiert|timestamp"
_FIELD_KEYS = (r"tags|etiquetas|keywords|palabras\s+clave|mots-cl[ée]s|schlagw[öo]rter|slug|category|"
               r"categor[ií]a|section|secci[óo]n|source\s+url|url|permalink|story\s+id|id|photo|foto|caption")
_METADATA_RE = re.compile(
    rf"\(?(?:(?:{_DATE_KEYS})\s*[:=]?\s*(?:{_DATE})"  # date 2022-02-04, Fecha: 04/02/2022
    rf"|(?:updated|published|posted|modified)(?:\s+(?:at|on))?\s*:?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:h\b|hrs\b|[ap]\.?m\.?)?\.?"
    #                                                   Updated at 05:28h.
    rf"|(?:{_DATE})[T ]\d{{1,2}}:\d{{2}}\S*"       # a bare timestamp
    rf"|(?:{_FIELD_KEYS})\s*[:=][^\n]*)",            # Tags: china, russia
    re.IGNORECASE,
)
# A line that is only a field's label, its value lost (`Posted`, `Article written by`, `Photo:`).
_EMPTY_FIELD_RE = re.compile(
    r"(?:article\s+)?(?:written\s+by|posted(?:\s+(?:on|at))?|published(?:\s+(?:on|at))?|updated?(?:\s+(?:on|at))?"
    r"|last\s+updated|photo|foto|caption|author|credits?"
    r"|source(?:[ \t]+(?:site|website|link|url))?(?:[ \t]*[-–#]?[ \t]*\d+)?"   # a scraper's `source site-7`
    r"|\d+[ \t]+comments?|reading[ \t]+time[ \t]*:?[ \t]*\d+[ \t]*min(?:utes?|s)?|\d+[ \t]+min(?:ute)?s?[ \t]+read"
    # a page's date-and-time stamp alone on its line: `Jan 12, 2024 - 10:45 am`
    r"|(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4})"
    r"[ \t]*[-–|,·]?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?)"
    r"[ \t]*:?[ \t]*\.?[ \t]*$", re.IGNORECASE)
# A line that is only the address of a picture or a media file.
_MEDIA_URL_RE = re.compile(r"https?://\S+?\.(?:jpe?g|png|gif|webp|svg|mp4|mp3)(?:\?\S*)?[ \t]*$", re.IGNORECASE)


@rule(
    "TQ601", name="leaked-metadata", category=Category.STRUCTURE, severity=Severity.ERROR,
    summary="Metadata (date stamp, tags, slug, ids) leaked into the body text.",
    explanation="""Translation and CMS pipelines flatten a story's fields into one text, so
    a date stamp, tag list or slug ends up printed at the start of the body
    (`date 2022-02-04 China and Russia...`), or a field's label survives without its value
    (`Posted`, `Photo: .`), or the page's furniture (`3 comments`, `Reading time: 4 min`,
    a date-and-time stamp alone on its line), or an update stamp (`Updated at 09:15h.`), a photo credit line
    (`(Photo: AP)`) or the bare address of the story's picture. Readers see it as garbage;
    remove it. Only the start of a paragraph or line is looked at, where page fields land.""",
)
def leaked_metadata(doc, ctx):
    text = doc.text
    for p in doc.paragraphs:
        # Metadata sits at the start of a paragraph or of a line inside it.
        starts = [p.start] + [m.end() for m in re.finditer(r"\n[ \t]*", text[p.start:p.end])]
        for i, s in enumerate(starts):
            s = s if i == 0 else p.start + s
            line_end = text.find("\n", s, p.end)
            line_end = p.end if line_end < 0 else line_end
            short = line_end - s <= 500   # (a picture's address or a label is one short line)
            m = (short and (_EMPTY_FIELD_RE.match(text, s, line_end) or _MEDIA_URL_RE.match(text, s, line_end))) \
                or _METADATA_RE.match(text, s, p.end)
            if m:
                span = m.group().rstrip()
                yield Hit(m.start(), m.start() + len(span),
                          f"Metadata leaked into the body: `{span}`.",
                          suggestions=("(remove)",))
