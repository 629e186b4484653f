"""Offline NLP: tokens, sentence splitting and (lazily) heavier models."""
