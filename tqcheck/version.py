"""The tqcheck version (a module of its own, so low layers can name it without importing the package)."""

__version__ = "0.4.0"
