"""TQ2xx: numbers and locale conventions (long scale, decimal comma, currency order,
source-language dates): one module per rule, the shared passes in the other modules."""
