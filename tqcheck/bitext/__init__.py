"""Bilingual mode: an English translation checked against its source (``tqcheck bitext``).

- ``read``: source/target plain files, two-column TSV, XLIFF 1.2 and 2.0, TMX -> ``Bitext``
- ``align``: Gale–Church alignment with number and name anchors (sentences from
  ``nlp.sentences.split_source_sentences``, the language from ``nlp.langid.guess_source_lang``)
- ``run``: paragraph pairing, sentence pairs, the TQ7xx rules (tqcheck/rules/tq7_bilingual/)
  and the monolingual rules on the target -> ``FileResult`` with ``BiFinding``s
- ``confirm``: monolingual number-format and calque findings confirmed by the source
- ``html``: the side-by-side view; ``command``: the CLI command's work

See docs/bitext.md.
"""
