"""TQ5xx: untranslated text, web boilerplate and glued words: one module per rule, the
shared language-identification pass in the other modules."""
