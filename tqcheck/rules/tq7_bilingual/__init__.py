"""TQ7xx: source against target (bilingual mode). These rules need the source text beside
the translation: ``tqcheck bitext SRC TGT`` (see ``tqcheck/bitext/`` and docs/bitext.md)
aligns the two and calls each rule as ``check(doc, ctx, bi)`` with a ``_pairs.Bilingual``.
Called by the monolingual engine as ``check(doc, ctx)``, they report nothing."""


def explain_pairs(rule_code: str):
    """``tqcheck explain``'s extra text for a bilingual rule: each example with its source."""

    def more() -> str:
        from ..registry import get_rule

        r = get_rule(rule_code)
        lines = ["Examples with their sources:"]
        for mark, cases in (("✗", r.cases.fires), ("✓", r.cases.quiet)):
            for c in cases:
                lines.append(f"  {mark} [{c.source_lang}] {c.source}\n      -> {c.marked()}")
        return "\n".join(lines)

    return more
