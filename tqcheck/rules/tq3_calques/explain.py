"""`tqcheck explain TQ30x`: what the built-in lexicons hold for the rule's kind."""
from __future__ import annotations

from collections import defaultdict


def _example_span(e) -> str:
    from ...lexicon import compile_entry
    from ...lexicon.matcher import Matcher

    ex, span = e.fire_examples[0]
    if span is not None:
        return f"`{ex[span[0]:span[1]]}`"
    hits = Matcher([compile_entry(e)]).scan_text(ex)
    return f"`{ex[hits[0].start:hits[0].end]}`" if hits else f"`{e.pattern}`"


def _descriptions() -> dict[str, str]:
    """Each built-in lexicon file's `[meta] description` (the classes it covers)."""
    from ... import tomlio
    from ...lexicon.cache import lexicon_sources

    out = {}
    for src in lexicon_sources():
        meta = tomlio.loads(src.data.decode("utf-8")).get("meta", {})
        out[src.name] = " ".join(str(meta.get("description", "")).split())
    return out


def explain_more(kind: str):
    """The function ``tqcheck explain`` calls for a rule of lexicon kind ``kind``."""
    def more() -> str:
        from ...lexicon import LANGUAGE_NAMES, builtin_entries

        entries = [e for e in builtin_entries() if e.kind == kind]
        by_lang: dict[str, list] = defaultdict(list)
        for e in entries:
            by_lang[e.lang].append(e)
        lines = [f"Built-in lexicon entries of kind `{kind}`: {len(entries)}"]
        for lang in sorted(by_lang):
            es = by_lang[lang]
            weak = sum(e.weak for e in es)
            lines.append(f"  {lang} ({LANGUAGE_NAMES.get(lang, lang)}): {len(es)} entr{'y' if len(es) == 1 else 'ies'}"
                         + (f", {weak} weak (only when the source language is {lang})" if weak else ""))
            for e in es[::max(1, len(es) // 4)][:4]:
                lines.append(f"      {_example_span(e):<30} from '{e.source}' -> {e.suggest[0]}")
        files = sorted({e.file for e in entries})
        descriptions = _descriptions()
        lines.append("Classes covered, per lexicon file:")
        for f in files:
            n = sum(e.file == f for e in entries)
            lines.append(f"  {f} ({n}): {descriptions.get(f, '')}".rstrip())
        lines.append("Add entries in corpora/<src>-en/*.toml, or your own with --phrasebook FILE.")
        return "\n".join(lines)

    return more
