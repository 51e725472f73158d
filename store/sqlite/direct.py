"""A transaction's small statements run where the transaction runs, not one thread hop each.

Why: aiosqlite sends every call (execute, fetch, close) to its database
thread and back, about 50 µs a trip against a few µs for the statement itself,
and a person's message costs some twenty of them while the store's lock is
held. What actually waits is taking the write lock (``BEGIN IMMEDIATE``, which
may wait up to ``busy_timeout`` for another process) and ``COMMIT`` (the
fsync): those stay on the database thread. In between, the statements of a
step are point reads and writes on indexed rows, microseconds each, and run
directly on the same ``sqlite3`` connection from the event loop.

This is safe because every use of the connection holds the store's lock
(:class:`store.sqlite.database.Database`): the database thread is idle while
the loop uses the connection, and the connection is opened with
``check_same_thread=False`` for that reason. Only transactions that promise
small work use it (:meth:`Database.transaction` with ``direct=True``); bulk
work (erasure, purges, exports, reports) keeps the thread.

The surface is the part of aiosqlite's that the repositories use (execute,
execute_fetchall, a cursor's rows, ``rowcount`` and ``lastrowid``), so a
repository runs unchanged in either mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]


class DirectCursor:
    """A finished statement's cursor: its rows, ``rowcount`` and ``lastrowid``."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()


class DirectConnection:
    """The ``sqlite3`` connection behind an aiosqlite one, used from the event loop."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @property
    def in_transaction(self) -> bool:
        return self._connection.in_transaction

    async def execute(self, sql: str, parameters: Params = ()) -> DirectCursor:
        return DirectCursor(self._connection.execute(sql, parameters))

    async def execute_fetchall(self, sql: str, parameters: Params = ()) -> Iterable[Any]:
        return self._connection.execute(sql, parameters).fetchall()
