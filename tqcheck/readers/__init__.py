"""Readers turn input files into Documents (one module per input format)."""
from .base import InputError, Source, collect_paths, read_path, read_stdin

__all__ = ["InputError", "Source", "collect_paths", "read_path", "read_stdin"]
