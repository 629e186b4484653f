"""TQ2xx: numbers and locale conventions (long scale, decimal comma, currency order,
source-language dates): one module per rule, the shared passes in the other modules.

- ``helpers``: the digit windows every rule scans (``scan``: cost follows the amount of
  numbers in the text, not of prose), lazy patterns, shared word lists (count nouns,
  citations, months);
- ``currency``: currency words, signs and ISO prefixes, and how an amount is written back;
- ``tqNNN_*``: one rule each, with its examples in ``cases/TQNNN.toml``.

Candidates are read with the CLDR conventions of the source locales and of English (Babel,
through ``tqcheck.nlp.numbers``) and reported with the English value computed from them.
"""
