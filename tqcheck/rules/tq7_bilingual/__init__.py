"""TQ7xx: source against target (bilingual mode). These rules need the source text beside
the translation: ``tqcheck bitext SRC TGT`` (see ``tqcheck/bitext/`` and docs/bitext.md)
aligns the two and calls each rule as ``check(doc, ctx, bi)`` with a ``_pairs.Bilingual``.
Called by the monolingual engine as ``check(doc, ctx)``, they report nothing."""
