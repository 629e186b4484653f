"""LanguageTool's ``/v2/check`` answer built from a tqcheck result (runs in a worker).

Offsets and lengths are in UTF-16 code units, as LanguageTool (a Java program) counts
them: a character outside the Basic Multilingual Plane (an emoji, say) counts two. With
``data`` (annotated text), offsets point into the original document, markup included.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

CATEGORY_NAMES = {
    "punctuation": "Punctuation and typography",
    "number-format": "Numbers and locale conventions",
    "calque": "Calques and false friends",
    "word-order": "Word order and syntax",
    "untranslated": "Untranslated text and glued words",
    "structure": "Structure and leaks",
    "style": "Style",
}
# Localization Quality Issue Types (ITS 2.0), the vocabulary LanguageTool's issueType uses.
ISSUE_TYPES = {
    "punctuation": "typographical",
    "number-format": "locale-violation",
    "calque": "mistranslation",
    "word-order": "grammar",
    "untranslated": "untranslated",
    "structure": "formatting",
    "style": "style",
}
LANGUAGE_NAMES = {"en": "English", "en-US": "English (US)", "en-GB": "English (GB)"}
SOURCE_NAMES = {"es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian",
                "de": "German", "ru": "Russian"}
CONTEXT_CHARS = 40          # LanguageTool's default context size, each side

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_CONTROL_WS = str.maketrans("\r\n\t\f\v", "     ")


def category_id(category: str) -> str:
    """``word-order`` -> ``WORD_ORDER`` (LanguageTool's category ids are upper case)."""
    return category.upper().replace("-", "_")


def category_name(category: str) -> str:
    return CATEGORY_NAMES.get(category, category.replace("-", " ").capitalize())


def category_from_id(value: str) -> str:
    """A category as given in enabledCategories/disabledCategories -> tqcheck's name."""
    return value.strip().lower().replace("_", "-")


class Utf16:
    """Code-point offsets of one string -> UTF-16 offsets."""

    def __init__(self, text: str):
        self.astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, index: int) -> int:
        return index + bisect_left(self.astral, index)


class OriginalMap:
    """Offsets in the checked text -> offsets in the annotated original (``data``)."""

    def __init__(self, segments):
        self.segments = segments
        self.starts = [s[0] for s in segments]

    def start(self, p: int) -> int:
        i = bisect_right(self.starts, p) - 1     # the last segment starting at or before p
        while i >= 0:
            ps, pe, os_, oe, is_text = self.segments[i]
            if ps <= p < pe:
                return os_ + (p - ps) if is_text else os_
            if ps < pe:
                break
            i -= 1
        return self.segments[-1][3] if self.segments else 0

    def end(self, p: int) -> int:
        i = bisect_left(self.starts, p) - 1      # the last segment starting before p
        if i < 0:
            return self.start(p)
        ps, pe, os_, oe, is_text = self.segments[i]
        return os_ + min(p - ps, oe - os_) if is_text else oe


def _rule_selection(config, job):
    """The codes of the rules to run, from the project configuration and the request; None
    when the request leaves the configured selection unchanged."""
    from ..rules import select_rules

    base = select_rules(config.select, config.ignore)
    enabled = {r.upper() for r in job["enabled_rules"]}
    disabled = {r.upper() for r in job["disabled_rules"]}
    enabled_cats = {category_from_id(c) for c in job["enabled_categories"]}
    disabled_cats = {category_from_id(c) for c in job["disabled_categories"]}
    codes = []
    for r in base:
        if job["enabled_only"] and r.code not in enabled and r.category.value not in enabled_cats:
            continue
        if r.code in disabled or r.category.value in disabled_cats:
            continue
        codes.append(r.code)
    return None if len(codes) == len(base) else tuple(codes)


def _sentence_finder(result, text: str):
    doc = getattr(result, "document", None)
    spans = None
    try:
        spans = [(s[0], s[1]) for s in doc.sentences] if doc is not None else None
    except Exception:        # the sentence field is a courtesy; never fail a check on it
        spans = None
    starts = [s for s, _ in spans] if spans else []

    def sentence(start: int, end: int) -> str:
        if spans:
            i = bisect_right(starts, start) - 1
            if i >= 0 and spans[i][0] <= start < max(spans[i][1], start + 1):
                return text[spans[i][0]:max(spans[i][1], end)]
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        return text[a:b if b >= 0 else len(text)]

    return sentence


def replacements(f) -> list[str]:
    """LanguageTool replacements replace exactly the match: the safe fix first, then the
    suggestions that are text for the span. Punctuation suggestions show the mark with the
    words around it and parenthesised ones are instructions ("(remove)"): not replacements."""
    out = []
    if f.fix is not None:
        out.append(f.fix)
    if f.category.value != "punctuation":
        for s in f.suggestions:
            t = s.strip()
            if t and not (t.startswith("(") and t.endswith(")")) and s not in out:
                out.append(s)
    return out


def _context(text: str, start: int, end: int) -> dict:
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    pre = "..." if a > 0 else ""
    post = "..." if b < len(text) else ""
    ctx = pre + text[a:b].translate(_CONTROL_WS) + post
    u = Utf16(ctx)
    s = len(pre) + start - a
    return {"text": ctx, "offset": u(s), "length": u(s + end - start) - u(s)}


def check(job: dict, config, base_url: str, version: str) -> dict:
    """The LanguageTool answer for a ``languagetool`` job."""
    from ..api import check_text
    from ..rules import get_rule

    text = job["text"]
    if job["source_lang"]:
        config = config.replace(source_lang=job["source_lang"])
    codes = _rule_selection(config, job)
    findings, result = [], None
    if codes is None or codes:
        if codes is not None:
            config = config.replace(select=codes, ignore=())
        result = check_text(text, config)
        findings = [f for f in result.findings if job["picky"] or f.severity.value != "info"]

    original = job["original"] if job["original"] is not None else text
    omap = OriginalMap(job["segments"]) if job["segments"] is not None else None
    u = Utf16(original)
    sentence = _sentence_finder(result, text) if findings else None
    matches = []
    for f in findings:
        rule = get_rule(f.rule)
        cat = f.category.value
        o_start, o_end = (omap.start(f.start), omap.end(f.end)) if omap else (f.start, f.end)
        o_end = max(o_end, o_start)
        offset = u(o_start)
        match = {
            "message": f.message,
            "shortMessage": rule.name.replace("-", " ").capitalize() if rule else "",
            "replacements": [{"value": v} for v in replacements(f)],
            "offset": offset,
            "length": u(o_end) - offset,
            "context": _context(text, f.start, f.end),
            "sentence": sentence(f.start, f.end),
            "type": {"typeName": "Hint" if f.severity.value == "info" else "Other"},
            "rule": {
                "id": f.rule,
                "description": rule.summary if rule else f.rule,
                "issueType": ISSUE_TYPES.get(cat, "other"),
                "category": {"id": category_id(cat), "name": category_name(cat)},
                "urls": [{"value": f"{base_url}api/v1/rules/{f.rule}"}],
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
            "tqcheck": {"severity": f.severity.value, "category": cat, "safeFix": f.fix is not None,
                        "suggestions": list(f.suggestions)},
        }
        matches.append(match)

    lang = job["language"]
    name = LANGUAGE_NAMES.get(lang, "English")
    guess = result.source_language if result is not None else None
    source = None
    if guess is not None and getattr(guess, "guess", None):
        source = {"code": guess.guess, "name": SOURCE_NAMES.get(guess.guess, guess.guess),
                  "confidence": guess.confidence}
    return {
        "software": {"name": "tqcheck", "version": version, "buildDate": None, "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": lang,
            # tqcheck checks English only: the detected language echoes the request, and
            # sourceLanguage is tqcheck's guess of the language the copy was translated from.
            "detectedLanguage": {"name": name, "code": lang, "confidence": 1.0,
                                 "sourceLanguage": source},
        },
        "matches": matches,
    }
