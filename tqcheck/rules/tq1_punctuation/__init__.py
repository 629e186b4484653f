"""TQ1xx: punctuation and typography (quotation marks, dashes, spacing) left by machine
translation: one module per rule, the shared passes in the other modules."""
