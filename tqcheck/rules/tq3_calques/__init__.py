"""TQ3xx: calques, false friends, literal idioms and institution names matched from the
lexicons in corpora/: one module per rule, the shared lexicon pass in the other modules."""
