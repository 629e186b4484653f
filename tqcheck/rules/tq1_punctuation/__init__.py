"""TQ1xx: punctuation and typography (quotation marks, dashes, spacing) left by machine
translation and by copy from Spanish, French, Russian, German or Chinese sources: one
module per rule.

Two passes over the document are shared by the rules through cached views:
``quote_pass`` reads the quotation-mark model (``tqcheck.nlp.quotes``: every double mark
gets a role and a certainty) and works out, once per mark, what is wrong with it and the
edit that repairs it; ``scan`` runs one regular-expression scan for dashes and spacing and
lists its matches by kind. Each rule picks its own marks or matches and decides. Fixes are
offered only where the edit is certain; house style (``quotes`` curly|straight, ``dash``
em|en) decides which marks a fix writes."""
