"""Migrations: fresh, upgrade, all-or-nothing, and refusal of a newer schema."""

from __future__ import annotations

import hashlib
from pathlib import Path

import aiosqlite
import pytest

from store.crypto import Keyring
from store.errors import SchemaTooNew
from store.sqlite.database import Database
from store.sqlite.migrations import MIGRATIONS
from store.sqlite.store import DB_NAME, SqliteStore


async def _create_a(conn: aiosqlite.Connection) -> None:
    await conn.execute("CREATE TABLE a (x INTEGER)")


async def _create_b(conn: aiosqlite.Connection) -> None:
    await conn.execute("CREATE TABLE b (y INTEGER)")
    await conn.execute("INSERT INTO b VALUES (1)")


async def _half_then_fail(conn: aiosqlite.Connection) -> None:
    await conn.execute("CREATE TABLE c (z INTEGER)")
    raise RuntimeError("boom")


async def _tables(db: Database) -> set[str]:
    return {r[0] for r in await db.read("SELECT name FROM sqlite_master WHERE type = 'table'")}


async def test_fresh_database_gets_every_migration(store: SqliteStore) -> None:
    assert await store.db.version() == len(MIGRATIONS)
    assert {"cases", "conversations", "inbox", "outbox", "audit", "people"} <= await _tables(
        store.db
    )


async def test_upgrade_applies_only_missing_migrations(tmp_path: Path) -> None:
    db = await Database.connect(tmp_path / "x.db")
    try:
        assert await db.migrate([_create_a]) == 1
        assert await db.migrate([_create_a, _create_b]) == 2
        assert await db.version() == 2
        assert {"a", "b"} <= await _tables(db)
        assert await db.migrate([_create_a, _create_b]) == 2  # idempotent
    finally:
        await db.close()


async def test_failed_migration_changes_nothing(tmp_path: Path) -> None:
    db = await Database.connect(tmp_path / "x.db")
    try:
        await db.migrate([_create_a])
        with pytest.raises(RuntimeError):
            await db.migrate([_create_a, _half_then_fail])
        assert await db.version() == 1
        assert "c" not in await _tables(db)
    finally:
        await db.close()


async def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, keyring: Keyring) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, keyring)
    await store.db.connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    await store.close()
    before = hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest()
    with pytest.raises(SchemaTooNew, match="upgrade CRE Bot"):
        await SqliteStore.open(data, keyring)
    assert hashlib.sha256((data / DB_NAME).read_bytes()).hexdigest() == before
