"""One aiosqlite connection with explicit transactions and versioned migrations.

Why one connection and a lock: SQLite has one writer at a time anyway, and a
single connection makes "the reply is committed with the state that produced
it" trivially true. WAL with ``synchronous=FULL`` means an acknowledged answer
survives a crash of the process or of the machine.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Protocol, cast

import aiosqlite

from store.errors import SchemaTooNew
from store.sqlite.direct import DirectConnection

JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024
"""Bytes of WAL kept after a checkpoint: stale frames beyond it are cut off."""

Migration = Callable[[aiosqlite.Connection], Awaitable[None]]


class Effects(Protocol):
    """What a transaction does outside the database (files), finished under the same lock.

    ``committed`` runs after COMMIT and ``abandoned`` after ROLLBACK, both before
    the next transaction can start, so two transactions' effects never interleave.
    """

    async def committed(self) -> None: ...

    async def abandoned(self) -> None: ...


class Database:
    """Owns the connection. Use :meth:`transaction` for every read-modify-write."""

    def __init__(self, connection: aiosqlite.Connection) -> None:
        self.connection = connection
        self._lock = asyncio.Lock()

    @classmethod
    async def connect(cls, path: Path, read_only: bool = False) -> Database:
        """Open ``path``; ``read_only`` opens it with ``mode=ro``, for checks that must
        write nothing: such a connection cannot checkpoint the WAL, even when it closes.

        With no ``-wal`` file beside it no connection has the database open in WAL
        mode, so the read-only connection opens it ``immutable``: SQLite then creates
        no ``-shm`` either, and a check still answers on a full disk.
        """
        if read_only:
            absolute = await asyncio.to_thread(path.absolute)
            wal = absolute.with_name(absolute.name + "-wal")
            quiet = not await asyncio.to_thread(wal.exists)
            uri = absolute.as_uri() + ("?mode=ro&immutable=1" if quiet else "?mode=ro")
            connection = await aiosqlite.connect(uri, uri=True, isolation_level=None)
            await connection.execute("PRAGMA query_only=ON")
        else:  # used from the event loop too, always under the lock: see store.sqlite.direct
            connection = await aiosqlite.connect(
                path, isolation_level=None, check_same_thread=False
            )
        connection.row_factory = aiosqlite.Row
        return cls(connection)

    async def configure(self) -> None:
        """Pragmas that write to the file: only called once the key has been checked."""
        await self.connection.execute("PRAGMA journal_mode=WAL")
        await self.connection.execute("PRAGMA synchronous=FULL")
        await self.connection.execute("PRAGMA foreign_keys=ON")
        await self.connection.execute("PRAGMA secure_delete=ON")
        await self.connection.execute("PRAGMA busy_timeout=5000")
        await self.connection.execute(f"PRAGMA journal_size_limit={JOURNAL_SIZE_LIMIT:d}")

    @asynccontextmanager
    async def transaction(
        self, effects: Effects | None = None, direct: bool = False
    ) -> AsyncIterator[aiosqlite.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (a failed COMMIT too).

        ``effects`` are finished (or undone) before the lock is released. With
        ``direct`` the statements in between run on the event loop (see
        :mod:`store.sqlite.direct`): only for small work on indexed rows.
        """
        async with self._lock:
            await self.connection.execute("BEGIN IMMEDIATE")
            try:
                if direct:
                    # The same methods with the same results, without the thread hop:
                    # the repositories are written against aiosqlite's surface.
                    yield cast(aiosqlite.Connection, DirectConnection(self.connection._conn))
                else:
                    yield self.connection
                await self.connection.execute("COMMIT")
            except BaseException:
                try:
                    if self.connection.in_transaction:
                        await self.connection.execute("ROLLBACK")
                finally:
                    if effects is not None:
                        await effects.abandoned()
                raise
            if effects is not None:
                await effects.committed()

    async def read(
        self, sql: str, params: tuple[object, ...] | Mapping[str, object] = ()
    ) -> list[aiosqlite.Row]:
        async with self._lock:
            return list(await self.connection.execute_fetchall(sql, params))

    async def stream(
        self, sql: str, params: tuple[object, ...] | Mapping[str, object] = (), batch: int = 1000
    ) -> AsyncIterator[list[aiosqlite.Row]]:
        """The rows of a read in batches, holding the lock until the caller is done, so a
        report over a large store keeps one batch in memory at a time."""
        async with self._lock:
            cursor = await self.connection.execute(sql, params)
            try:
                while rows := await cursor.fetchmany(batch):
                    yield list(rows)
            finally:
                await cursor.close()

    async def version(self) -> int:
        cursor = await self.connection.execute("PRAGMA user_version")
        row = await cursor.fetchone()
        await cursor.close()
        return int(row[0]) if row else 0

    async def migrate(self, migrations: list[Migration]) -> int:
        """Apply the missing migrations, each in its own transaction with its version bump."""
        current = await self.version()
        if current > len(migrations):
            raise SchemaTooNew(
                f"the database is at schema version {current} but this CRE Bot knows only "
                f"{len(migrations)}: upgrade CRE Bot, or restore a backup made for this version"
            )
        for number, migration in enumerate(migrations[current:], start=current + 1):
            async with self.transaction() as conn:
                await migration(conn)
                await conn.execute(f"PRAGMA user_version = {number:d}")
        return len(migrations)

    async def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate it to nothing, so rows deleted by
        an erasure leave no decryptable frame behind; False if a reader kept it busy."""
        async with self._lock:
            cursor = await self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            row = await cursor.fetchone()
            await cursor.close()
        return row is None or int(row[0]) == 0

    async def close(self) -> None:
        await self.connection.close()
