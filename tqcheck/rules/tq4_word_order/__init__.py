"""TQ4xx: word order and syntax slips (postposed adjectives, inversion, resumptive
pronouns, collapsed doublets): one module per rule, shared helpers in the other modules."""
