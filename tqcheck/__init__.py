"""tqcheck: a translation-quality checker for machine-translated English news copy."""

from .version import __version__

__all__ = ["__version__", "check_text", "check_file", "check_paths"]


def __getattr__(name):  # lazy: keep `import tqcheck` and `tqcheck --help` fast
    if name in ("check_text", "check_file", "check_paths"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
