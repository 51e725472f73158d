"""Binding each case's sealed details to its requester (the column replies are routed
by), for databases sealed before the binding existed.

A migration cannot do it (migrations get no key), so ``_v_case_link`` leaves a
marker in ``meta`` and :func:`bind_case_links`, run by ``SqliteStore.open`` with
the key, re-seals every case's details under :func:`store.crypto.case_aad` and
removes the marker, in one transaction: a crash leaves all rows as they were,
marker included, and the next start does it again.
"""

from __future__ import annotations

import aiosqlite

from store.crypto import KeyProblem, Sealer, SealError, aad, case_aad
from store.sqlite.database import Database

PENDING = "pending:case_link"


async def mark_case_links(conn: aiosqlite.Connection) -> None:
    """The migration: say that the details still need binding to their requester."""
    await conn.execute("INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)", (PENDING, b"1"))


async def bind_case_links(db: Database, sealer: Sealer) -> int:
    """Re-seal every case's details bound to its requester; how many (0 if done)."""
    async with db.transaction() as conn:
        cursor = await conn.execute("SELECT 1 FROM meta WHERE name = ?", (PENDING,))
        pending = await cursor.fetchone()
        await cursor.close()
        if pending is None:
            return 0
        cursor = await conn.execute(
            "SELECT id, ref, requester, details FROM cases WHERE details IS NOT NULL"
        )
        rows = list(await cursor.fetchall())
        await cursor.close()
        for row in rows:
            try:
                plain = sealer.open(bytes(row["details"]), aad("cases", "details", row["ref"]))
            except SealError as exc:
                raise KeyProblem(
                    f"case {row['ref']}'s details do not open (damaged or tampered): "
                    "nothing was changed; restore the database from a backup"
                ) from exc
            bound = sealer.seal(plain, case_aad(row["ref"], row["requester"]))
            await conn.execute("UPDATE cases SET details = ? WHERE id = ?", (bound, row["id"]))
        await conn.execute("DELETE FROM meta WHERE name = ?", (PENDING,))
        return len(rows)
