"""What went wrong with the disk or the database, in one sentence, and whether to retry.

The poller must outlive a full disk, a database locked for a moment, a read-only file system
remounted under it: each is the environment's fault, passes, and deserves a retry with a
plain word to the editor, never a dead poll service. The command line words the same
failures the same way before it exits.
"""

from __future__ import annotations

import errno
import sqlite3

from extract.errors import SitrepError

_PHRASES = (
    ("database or disk is full", "the disk is full"),
    ("database is locked", "the database is busy (another process holds its lock)"),
    ("disk i/o error", "the disk could not be read or written (I/O error)"),
    ("attempt to write a readonly database", "the database cannot be written here (read-only)"),
    ("unable to open database file", "the database file cannot be opened"),
)
_ERRNO = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk could not be read or written (I/O error)",
}


def environment_failure(exc: BaseException) -> str | None:
    """A sentence for a failure of the disk or a lock (worth retrying), else None."""
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return next((phrase for key, phrase in _PHRASES if key in text), f"database error: {exc}")
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        reason = _ERRNO.get(exc.errno or 0) or exc.strerror or str(exc)
        return f"{reason}{where}"
    return None


def damage(exc: BaseException) -> str | None:
    """A sentence for a database found damaged while reading it, else None."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return (
            f"the database is damaged ({exc}); move it aside and run `sitrep poll --once` "
            "to start a new one, or restore a copy"
        )
    return None


def failure_sentence(exc: BaseException) -> tuple[str, int]:
    """One sentence and the exit status for any failure, the same in both front ends: the
    command line prints it and exits with the status, the dashboard shows it in a notice.

    sitrep's own errors (`SitrepError`) carry both. Damage found in the middle of a query and
    input nested too deeply to read are bad input (2); a full disk, a lock, a read-only file
    system are the environment's (1).
    """
    if isinstance(exc, SitrepError):
        return str(exc), exc.exit_code
    if (damaged := damage(exc)) is not None:
        return damaged, 2
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read", 2
    if (problem := environment_failure(exc)) is not None:
        return problem, 1
    if isinstance(exc, MemoryError):
        return "out of memory", 1
    return f"unexpected error: {exc.__class__.__name__}: {exc}", 1
