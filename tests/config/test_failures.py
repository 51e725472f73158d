"""Each start-up failure maps to one sentence and its documented exit code (item 14)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from config.failures import ExitCode, explain, unexpected
from config.settings import ConfigError, load_settings
from store.crypto import KeyProblem
from store.errors import SchemaTooNew

DATA = Path("/srv/cre/data")


def _sqlite_error(code: int) -> sqlite3.Error:
    try:
        connection = sqlite3.connect(":memory:")
        if code == sqlite3.SQLITE_READONLY:
            connection.execute("PRAGMA query_only=ON")
            connection.execute("CREATE TABLE t (x)")
        connection.execute("SELECT * FROM nowhere")
    except sqlite3.Error as exc:
        return exc
    raise AssertionError("no error")


@pytest.mark.parametrize(
    ("error", "code", "words"),
    [
        (ConfigError("CRE_LOG_LEVEL must be one of ..."), ExitCode.CONFIG, "CRE_LOG_LEVEL"),
        (KeyProblem("the key does not open this database"), ExitCode.KEY, "does not open"),
        (SchemaTooNew("schema version 9"), ExitCode.DATABASE, "schema version 9"),
        (OSError(errno.ENOSPC, "No space left on device"), ExitCode.STORAGE, "is full"),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), ExitCode.STORAGE, "is full"),
        (OSError(errno.EROFS, "Read-only file system"), ExitCode.STORAGE, "cannot be written"),
        (PermissionError(errno.EACCES, "Permission denied"), ExitCode.STORAGE, "cannot be"),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), ExitCode.STORAGE, "is a file"),
        (ExceptionGroup("g", [OSError(errno.ENOSPC, "full")]), ExitCode.STORAGE, "is full"),
    ],
)
def test_known_failures_have_their_exit_code(
    error: BaseException, code: ExitCode, words: str
) -> None:
    failure = explain(error, DATA)
    assert failure is not None and failure.code == code and words in failure.sentence
    assert "\n" not in failure.sentence


def test_sqlite_errors_are_classified_by_their_code() -> None:
    readonly = _sqlite_error(sqlite3.SQLITE_READONLY)
    failure = explain(readonly, DATA)
    assert failure is not None and failure.code == ExitCode.STORAGE
    missing_table = _sqlite_error(0)  # SQLITE_ERROR: something is wrong with the database
    failure = explain(missing_table, DATA)
    assert failure is not None and failure.code == ExitCode.DATABASE
    assert "restore it from your backup" in failure.sentence
    assert "nowhere" not in failure.sentence  # never the library's own text


def test_unforeseen_failures_name_only_their_class() -> None:
    secret = "123456:SECRET-token"
    error = RuntimeError(f"https://api.telegram.org/bot{secret}/getMe failed")
    assert explain(error, DATA) is None
    line = unexpected("cre-bot", error)
    assert "RuntimeError" in line and secret not in line and "\n" not in line


def test_an_unreadable_cre_toml_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "cre.toml").mkdir()
    with pytest.raises(ConfigError, match="cannot be read"):
        load_settings({}, tmp_path / "cre.toml")
