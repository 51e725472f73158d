"""What every repository module shares: the open connection (or the database), the
sealer, and small row helpers."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from store.crypto import Sealer
from store.files import FileEffects
from store.sqlite.database import Database


def iso(moment: datetime) -> str:
    return moment.isoformat()


def words(text: str | None) -> frozenset[str]:
    """A stored space- or comma-separated list (countries, regions, languages)."""
    return frozenset(x for x in (text or "").replace(",", " ").split() if x)


class TxBase:
    """Inside one BEGIN/COMMIT: the repositories' shared state and row helpers."""

    def __init__(self, conn: aiosqlite.Connection, sealer: Sealer, files: FileEffects) -> None:
        self.conn = conn
        self.sealer = sealer
        self.files = files

    async def _one(self, sql: str, params: tuple[object, ...]) -> aiosqlite.Row | None:
        rows = await self._all(sql, params)
        return rows[0] if rows else None

    async def _all(self, sql: str, params: tuple[object, ...]) -> list[aiosqlite.Row]:
        # One trip to the database thread (execute, fetch and close there), not three.
        return list(await self.conn.execute_fetchall(sql, params))


class StoreBase:
    """Outside any caller's transaction: each query takes the lock (and its own
    transaction when it writes)."""

    db: Database
    sealer: Sealer
