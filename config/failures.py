"""Why ``cre-bot`` or ``cre-admin`` cannot start, as one sentence and an exit code.

Why: a start-up failure used to print a long traceback, and some typer
releases print every local variable in it (the master key, the bot token).
Both commands turn what went wrong into a :class:`Failure` and print only its
sentence. Sentences name the setting or the path to fix, never a secret, and
never an exception's own text (a library may put a URL with the token there).
The exit codes are documented in the README and stable.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from config.settings import ConfigError
from store.crypto import KeyProblem
from store.errors import EmptyDatabase, SchemaTooNew
from store.safekeeping import BackupProblem
from store.sqlite.store import DB_NAME


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    """``doctor`` found a failure, or something unexpected stopped the command."""
    CONFIG = 2
    """A setting is missing or wrong (and command-line usage errors)."""
    KEY = 3
    """The key is missing, malformed, readable by others, or does not open the data."""
    DATABASE = 4
    """The database cannot be read: damaged, not a CRE Bot database, or too new."""
    STORAGE = 5
    """The data directory cannot be written: read-only, not a directory, or disk full."""


@dataclass(frozen=True, slots=True)
class Failure:
    code: ExitCode
    sentence: str


_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_NOT_DIR = {errno.ENOTDIR, errno.EEXIST}


def explain(exc: BaseException, data_dir: Path) -> Failure | None:
    """The failure ``exc`` means for a store in ``data_dir``, or None if unforeseen."""
    if isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        return explain(exc.exceptions[0], data_dir)
    if isinstance(exc, ConfigError):
        return Failure(ExitCode.CONFIG, str(exc))
    if isinstance(exc, KeyProblem):
        return Failure(ExitCode.KEY, str(exc))
    if isinstance(exc, SchemaTooNew | EmptyDatabase | BackupProblem):
        return Failure(ExitCode.DATABASE, str(exc))
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, data_dir)
    if isinstance(exc, OSError):
        return _os(exc, data_dir)
    return None


def _full(data_dir: Path) -> Failure:
    return Failure(
        ExitCode.STORAGE,
        f"the disk holding {data_dir} is full: free some space, then start again "
        "(nothing already accepted was lost)",
    )


def _not_writable(data_dir: Path) -> Failure:
    return Failure(
        ExitCode.STORAGE,
        f"{data_dir} cannot be written (read-only or no permission): "
        "make it writable by this user, or set CRE_DATA_DIR to a directory that is",
    )


def _sqlite(exc: sqlite3.Error, data_dir: Path) -> Failure:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == 13:  # SQLITE_FULL
        return _full(data_dir)
    if code in (3, 8, 14):  # SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN
        return _not_writable(data_dir)
    if code == 10:  # SQLITE_IOERR
        return Failure(
            ExitCode.STORAGE,
            f"reading or writing {data_dir} failed (I/O error): check the disk and free space",
        )
    return Failure(
        ExitCode.DATABASE,
        f"{data_dir / DB_NAME} cannot be read as a CRE Bot database (damaged or not SQLite): "
        "restore it from your backup",
    )


def _os(exc: OSError, data_dir: Path) -> Failure | None:
    if exc.errno in _FULL:
        return _full(data_dir)
    if exc.errno in _READ_ONLY:
        return _not_writable(data_dir)
    if exc.errno in _NOT_DIR or isinstance(exc, NotADirectoryError | FileExistsError):
        return Failure(
            ExitCode.STORAGE,
            f"{data_dir} or a folder inside it is a file, not a directory: "
            "move that file away, or set CRE_DATA_DIR elsewhere",
        )
    return None


def unexpected(command: str, exc: BaseException) -> str:
    """The one line for a failure nobody foresaw: its class only, never its text."""
    return (
        f"{command} stopped: unexpected {type(exc).__name__}; "
        "run `cre-admin doctor` and report what it says"
    )
