"""Scores: the MQM-style quality score of a file, and reference metrics."""
