"""Binding each case's sealed details to its requester (the column replies are routed
by), for databases sealed before the binding existed.

Why not a migration: re-sealing needs the key, which migrations do not get, and a
schema version bump would write to every new database for nothing. Instead
:func:`bind_case_links`, run by ``SqliteStore.open`` with the key, tries the
first case's details under the binding; if they only open the old way, every
case's details are re-sealed under :func:`store.crypto.case_aad` in one
transaction (a crash leaves them all as they were, and the next start does it
again). A case whose details open neither way (damaged, or its requester
changed in the file) is left alone: it fails loudly when used, and does not keep
the bot from starting.

Once the first case is seen bound, ``meta.case_link`` records it and the old
form is never accepted again: otherwise someone with write access and an old
copy of a case's details (sealed the old way, e.g. from an old backup) could put
it back beside another requester and have the next start bind it to them. A
database without cases writes nothing; an up-to-date one costs one read.
"""

from __future__ import annotations

from store.crypto import Sealer, SealError, aad, case_aad
from store.sqlite.database import Database

_FIRST = "SELECT ref, requester, details FROM cases WHERE details IS NOT NULL ORDER BY id LIMIT 1"
DONE = "case_link"
"""The ``meta`` row that says every case is bound: the old form is refused from then on."""
_MARK = "INSERT OR IGNORE INTO meta (name, value) VALUES (?, ?)"


async def bind_case_links(db: Database, sealer: Sealer) -> int:
    """Re-seal every case's details bound to its requester; how many (0 if done)."""
    if await db.read("SELECT 1 FROM meta WHERE name = ?", (DONE,)):
        return 0
    first = await db.read(_FIRST)
    if not first:
        return 0
    if _bound(sealer, first[0]["ref"], first[0]["requester"], first[0]["details"]):
        async with db.transaction() as conn:
            await conn.execute(_MARK, (DONE, b"1"))
        return 0
    async with db.transaction() as conn:
        await conn.execute(_MARK, (DONE, b"1"))
        cursor = await conn.execute(
            "SELECT id, ref, requester, details FROM cases WHERE details IS NOT NULL"
        )
        rows = list(await cursor.fetchall())
        await cursor.close()
        bound = 0
        for row in rows:
            if _bound(sealer, row["ref"], row["requester"], row["details"]):
                continue
            try:
                plain = sealer.open(bytes(row["details"]), aad("cases", "details", row["ref"]))
            except SealError:
                continue  # damaged or tampered: left as it is, to fail loudly when used
            sealed = sealer.seal(plain, case_aad(row["ref"], row["requester"]))
            await conn.execute("UPDATE cases SET details = ? WHERE id = ?", (sealed, row["id"]))
            bound += 1
        return bound


def _bound(sealer: Sealer, ref: str, requester: str | None, details: bytes) -> bool:
    try:
        sealer.open(bytes(details), case_aad(ref, requester))
    except SealError:
        return False
    return True
