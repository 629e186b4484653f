"""TQ6xx: structure and leaks (metadata in the body, cut-off paragraphs, doubled
punctuation, datelines, repeated words): one module per rule."""
