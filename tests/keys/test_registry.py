"""The one list of sealed columns covers the whole schema, and its associated data is
the one each repository seals with (or a rotation would break what it re-seals)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.crypto import Keyring
from store.sqlite.sealed import NOT_RESEALED, SEALED_COLUMNS
from store.sqlite.store import DB_NAME, SqliteStore
from tests.keys.fill import fill, open_all


async def test_every_blob_column_is_in_the_registry(tmp_path: Path) -> None:
    store = await SqliteStore.open(tmp_path, Keyring.generate())
    await store.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    blobs = {
        (table, str(col[1]))
        for table in tables
        for col in conn.execute(f"PRAGMA table_info({table})")
        if str(col[2]).upper() == "BLOB"
    }
    conn.close()
    registered = {(e.table, c) for e in SEALED_COLUMNS for c in e.columns}
    missing = blobs - registered - NOT_RESEALED
    assert missing == set(), f"add these sealed columns to store/sqlite/sealed.py: {missing}"
    assert registered - blobs == set(), "the registry names columns the schema lacks"


async def test_the_registry_opens_what_the_repositories_sealed(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    store = await SqliteStore.open(tmp_path, keyring)
    await fill(store, 2)
    await store.close()
    key_ids, opened = open_all(tmp_path, keyring)
    assert key_ids == (1,)
    # 2 x (address, state, details, file meta, payload, 2 outbox, note, agreement) + the
    # facilitator's 2, the collaborator's 3 and the region queue.
    assert opened == 2 * 9 + 2 + 3 + 1
