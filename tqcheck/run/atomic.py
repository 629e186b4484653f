"""Atomic file writes, shared by ``--fix`` (``run.fix``) and ``--write-baseline`` (``run.baseline``).

``write_atomic`` writes a temporary file in the target's folder, fsyncs it, gives it the
target's mode, owner and group, and renames it over the target. With ``expect`` (the
target's ``os.stat`` and bytes when it was read) the rename happens only if the target
is still that file with those bytes (same device, inode, size, mtime and content):
otherwise ``FileChanged`` is raised and the file is left alone. SIGTERM and SIGHUP
during the write raise ``Terminated`` (a ``SystemExit``), so the temporary file is
removed before the process ends, as it is for Ctrl-C; only SIGKILL (or a power cut) can
leave a ``.NAME.XXXX.tqfix`` file behind, never a half-written target.
"""
from __future__ import annotations

import contextlib
import os
import signal
import stat


class FileChanged(Exception):
    """The target changed between being read and being replaced."""


class OwnerNotKept(Exception):
    """The new file cannot be given the target's owner and group."""


class Terminated(SystemExit):
    """SIGTERM or SIGHUP arrived during a write (exit status 128 + the signal)."""


def _terminate(signum, frame):
    raise Terminated(128 + signum)


@contextlib.contextmanager
def _signals_raise():
    """SIGTERM/SIGHUP raise ``Terminated`` inside the block (main thread only)."""
    saved = []
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            saved.append((sig, signal.signal(sig, _terminate)))
        except (ValueError, OSError):      # not the main thread
            pass
    try:
        yield
    finally:
        for sig, old in saved:
            signal.signal(sig, old)


def same_file(before: os.stat_result, now: os.stat_result) -> bool:
    return (before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns) == \
        (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns)


def _check_unchanged(target: str, expect: tuple[os.stat_result, bytes]) -> None:
    before, content = expect
    try:
        with open(target, "rb") as fh:
            now = os.fstat(fh.fileno())
            if not same_file(before, now) or fh.read(len(content) + 1) != content:
                raise FileChanged(target)
    except FileNotFoundError:
        raise FileChanged(target) from None


def write_atomic(path: str, data: bytes, expect: tuple[os.stat_result, bytes] | None = None,
                 strict_owner: bool = False) -> None:
    """Replace (or create) ``path`` with ``data``: temp file in the same folder, fsync,
    rename. An existing file's mode, owner and group are kept (``strict_owner``: raise
    ``OwnerNotKept`` rather than change them); a new file gets the umask's default mode.
    ``expect``: see the module docstring."""
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        st = os.stat(target)
        mode = stat.S_IMODE(st.st_mode)
    except FileNotFoundError:
        st = None
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile   # here, not at import: a check run without --fix or --write-baseline never writes

    with _signals_raise():
        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tqfix", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if st is not None and hasattr(os, "chown"):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)
                except PermissionError:
                    if strict_owner:
                        raise OwnerNotKept(target) from None
            os.chmod(tmp, mode)
            if expect is not None:
                _check_unchanged(target, expect)
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
