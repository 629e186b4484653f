"""tqcheck: a translation-quality checker for machine-translated English news copy."""

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_file", "check_paths"]


def __getattr__(name):  # lazy: keep `import tqcheck` and `tqcheck --help` fast
    if name in ("check_text", "check_file", "check_paths"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
