"""Standard output that never fails to encode a report: ``output_errors`` sets an error
handler on stdout (and backslash escapes on stderr) so that an ASCII or Latin-1 stdout,
or a lone surrogate, gives escapes instead of a ``UnicodeEncodeError``."""
from __future__ import annotations

import sys


def escape_unencodable(exc: UnicodeError):
    """Codec error handler ``tqcheck-escape``: what the output's encoding cannot hold
    becomes ``\\uXXXX`` (UTF-16 pairs above U+FFFF), valid inside JSON strings and
    readable in text, so an ASCII or Latin-1 stdout never crashes a report."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        c = ord(ch)
        if c > 0xFFFF:
            c -= 0x10000
            out.append(f"\\u{0xD800 + (c >> 10):04x}\\u{0xDC00 + (c & 0x3FF):04x}")
        else:
            out.append(f"\\u{c:04x}")
    return "".join(out), exc.end


def output_errors(handler: str) -> None:
    """Let stdout escape what its encoding cannot hold (``handler``: a codec error handler)."""
    import codecs

    try:
        codecs.lookup_error("tqcheck-escape")
    except LookupError:
        codecs.register_error("tqcheck-escape", escape_unencodable)
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):      # (even UTF-8 cannot encode a lone surrogate)
        try:
            stream.reconfigure(errors=handler)
        except (ValueError, OSError):
            pass
    if hasattr(sys.stderr, "reconfigure"):
        try:
            sys.stderr.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):
            pass
