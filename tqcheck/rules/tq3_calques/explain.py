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
        lines.append("Add entries in corpora/<src>-en/*.toml, or your own with --phrasebook FILE.")
        return "\n".join(lines)

    return more
