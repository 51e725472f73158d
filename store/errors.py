"""How a store fails: why it refuses to open (with :class:`store.crypto.KeyProblem`), and
which of its errors pass by themselves (:func:`is_transient`), so the runtime keeps the
work and retries instead of treating it as a bug."""

from __future__ import annotations

import errno
import sqlite3


class SchemaTooNew(Exception):
    """The database was written by a newer CRE Bot; refuse rather than damage it."""


class EmptyDatabase(Exception):
    """The database file is empty while the key is not new: truncated or replaced."""


# Primary SQLite result codes that say "the database could not do it now", not "the
# statement is wrong": BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PROTOCOL.
_TRANSIENT_SQLITE = frozenset({5, 6, 7, 8, 10, 13, 14, 15})
# OS errors of a file write or read that go away by themselves (disk full, quota, I/O).
_TRANSIENT_ERRNO = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EAGAIN, errno.EROFS})


def is_transient(exc: BaseException) -> bool:
    """True if ``exc`` (or what it was raised while handling) is a passing store fault.

    The chain is followed because a failed ROLLBACK after a full disk raises
    "no transaction is active" while handling the SQLITE_FULL that caused it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.OperationalError):
            code = getattr(current, "sqlite_errorcode", None)
            if code is None or code & 0xFF in _TRANSIENT_SQLITE:
                return True
        elif isinstance(current, OSError) and current.errno in _TRANSIENT_ERRNO:
            return True
        current = current.__cause__ or current.__context__
    return False


ENVIRONMENT_ERRORS: tuple[type[BaseException], ...] = (OSError, sqlite3.OperationalError)
"""Failures of the store's environment (disk, lock, I/O), never the fault of the work
being done: a transport retries such work without limit instead of giving up on it."""
