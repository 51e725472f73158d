"""Online key rotation: count values per key id, re-seal them in small batches
under the active key, then retire the old keys.

Why this works while the bot runs: ``activate_key`` records the active key id
in the database (``meta.active_key``), and every write transaction of every
process reads it right after ``BEGIN IMMEDIATE`` (see
:meth:`store.sqlite.store.SqliteStore.transaction`), so once it is committed no
process seals anything new under an old key. Each batch is one short write
transaction (the bot waits at most a batch for the lock). A crash, even
``kill -9``, loses at most one uncommitted batch; running the rotation again
finds what is left by its key id byte. Old keys are retired only when nothing
names them.

Sealed files are re-sealed under the same write lock: written beside the
original (``<id>.rekey.tmp``, fsynced) and renamed over it, so a crash leaves
the old file or the new one, whole. A file whose rename is still pending
(``.sealed.tmp``) is left for the next pass.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path

import aiosqlite

from store.crypto import KeyProblem, Sealer, SealError, aad
from store.files import FileArea
from store.safekeeping import KeyUsage
from store.sqlite.base import StoreBase
from store.sqlite.sealed import SEALED_COLUMNS, Row, SealedColumns

ACTIVE_KEY = "active_key"
REKEY = ".rekey.tmp"
FILE_BATCH_BYTES = 16 * 2**20
"""A batch of files stops after this many bytes, to keep the write lock short."""


def _sealed_filter(entry: SealedColumns) -> str:
    return " OR ".join(
        f"(length({c}) > 0 AND hex(substr({c}, 1, 1)) != :active)" for c in entry.columns
    )


async def database_active_key(conn: aiosqlite.Connection) -> int | None:
    """The key id the database says to seal with, or None (never rotated online)."""
    rows = list(await conn.execute_fetchall("SELECT value FROM meta WHERE name = ?", (ACTIVE_KEY,)))
    return None if not rows else int(bytes(rows[0][0]).decode())


class ResealQueries(StoreBase):
    """The key rotation's store side (``cre-admin keys status`` / ``keys rotate``)."""

    file_area: FileArea
    _cursors: dict[str, int]

    async def key_usage(self) -> KeyUsage:
        rows: dict[int, int] = {}
        for entry in SEALED_COLUMNS:
            for column in entry.columns:
                found = await self.db.read(
                    f"SELECT hex(substr({column}, 1, 1)) AS k, count(*) AS n"  # noqa: S608
                    f" FROM {entry.table} WHERE length({column}) > 0 GROUP BY k"
                )
                for row in found:
                    key_id = int(str(row["k"]), 16)
                    rows[key_id] = rows.get(key_id, 0) + int(row["n"])
        listed = await self.db.read("SELECT id FROM files")
        files = await asyncio.to_thread(_file_key_ids, self.file_area, [r["id"] for r in listed])
        return KeyUsage(rows, files)

    async def activate_key(self) -> int:
        """Make this keyring's active key the database's: every process seals with it
        from its next transaction on."""
        active = self.sealer.keyring.active
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (ACTIVE_KEY, str(active).encode()),
            )
        return active

    async def reseal(self, batch: int = 500) -> int:
        """Re-seal up to ``batch`` values (or a few files) not under the active key, in
        one transaction; how many were re-sealed, 0 once a full pass found none."""
        if not hasattr(self, "_cursors"):
            self._cursors = {}
        active = self.sealer.keyring.active
        if await self._active_in_database() != active:
            raise KeyProblem("run activate_key first: the database names another active key")
        for entry in SEALED_COLUMNS:
            done = await self._reseal_rows(entry, batch, f"{active:02X}")
            if done:
                return done
        done = await self._reseal_files(batch)
        if done:
            return done
        self._cursors.clear()  # a full pass: the next call starts again from the top
        return 0

    async def retire_keys(self) -> tuple[int, ...]:
        """Forget the key checks of every key but the active one; refuses while anything
        is still sealed under them (that data would be lost)."""
        active = self.sealer.keyring.active
        usage = await self.key_usage()
        if usage.outside(active):
            raise KeyProblem(
                f"{usage.outside(active)} values or files are still sealed under an old key: "
                "run `cre-admin keys rotate` again to finish re-sealing them"
            )
        retired = tuple(sorted(self.sealer.keyring.retiring))
        async with self.db.transaction() as conn:
            await conn.execute(
                "DELETE FROM meta WHERE name LIKE 'check:key%' AND name != ?",
                (f"check:key{active}",),
            )
        await asyncio.to_thread(_remove_leftovers, self.file_area)
        return retired

    async def _active_in_database(self) -> int | None:
        rows = await self.db.read("SELECT value FROM meta WHERE name = ?", (ACTIVE_KEY,))
        return int(bytes(rows[0]["value"]).decode()) if rows else None

    async def _reseal_rows(self, entry: SealedColumns, batch: int, active_hex: str) -> int:
        columns = ", ".join(dict.fromkeys((*entry.key, *entry.columns)))
        after = self._cursors.get(entry.table, 0)
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                f"SELECT rowid AS rid, {columns} FROM {entry.table}"  # noqa: S608
                f" WHERE rowid > :after AND ({_sealed_filter(entry)}) ORDER BY rowid LIMIT :n",
                {"after": after, "active": active_hex, "n": batch},
            )
            found = list(await cursor.fetchall())
            await cursor.close()
            for row in found:
                updates = {
                    c: _resealed(self.sealer, entry, row, c)
                    for c in entry.columns
                    if row[c] is not None and len(row[c]) > 0
                }
                assignments = ", ".join(f"{c} = :{c}" for c in updates)
                await conn.execute(
                    f"UPDATE {entry.table} SET {assignments} WHERE rowid = :rid",  # noqa: S608
                    {**updates, "rid": row["rid"]},
                )
        if found:
            self._cursors[entry.table] = int(found[-1]["rid"])
        return len(found)

    async def _reseal_files(self, batch: int) -> int:
        """Scan file rows a batch at a time until some file was re-sealed or none is left."""
        while True:
            after = self._cursors.get("files/data", 0)
            async with self.db.transaction() as conn:  # the write lock: no file row changes
                cursor = await conn.execute(
                    "SELECT rowid AS rid, id FROM files WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (after, batch),
                )
                found = list(await cursor.fetchall())
                await cursor.close()
                done = await asyncio.to_thread(
                    _reseal_file_batch, self.file_area, self.sealer, [r["id"] for r in found]
                )
            if not found:
                return 0
            self._cursors["files/data"] = int(found[done.scanned - 1]["rid"])
            if done.resealed:
                return done.resealed


@dataclass(slots=True)
class _FileBatch:
    resealed: int = 0
    scanned: int = 0


def _resealed(sealer: Sealer, entry: SealedColumns, row: Row, column: str) -> bytes:
    where = entry.where(row, column)
    try:
        return sealer.reseal(bytes(row[column]), where)
    except SealError as exc:
        raise KeyProblem(
            f"{entry.table} row {row['rid']} ({column}) does not open with any key "
            "(damaged or tampered): rotation stopped, nothing was lost"
        ) from exc


def _reseal_file_batch(area: FileArea, sealer: Sealer, file_ids: list[str]) -> _FileBatch:
    """Re-seal each file not under the active key, until FILE_BATCH_BYTES are written."""
    result = _FileBatch()
    written = 0
    active = bytes([sealer.keyring.active])
    for file_id in file_ids:
        result.scanned += 1
        final = area.final(file_id)
        if area.temp(file_id).exists() or not final.exists():
            continue  # its rename is pending (or it is gone): the next pass sees it
        sealed = final.read_bytes()
        if sealed[:1] == active:
            continue
        try:
            fresh = sealer.reseal(sealed, aad("files", "data", file_id))
        except SealError as exc:
            raise KeyProblem(
                f"sealed file {file_id} does not open with any key (damaged or tampered): "
                "rotation stopped, nothing was lost"
            ) from exc
        _replace(final, fresh)
        result.resealed += 1
        written += len(fresh)
        if written >= FILE_BATCH_BYTES:
            break
    if result.resealed:
        area.sync()
    return result


def _replace(final: Path, sealed: bytes) -> None:
    tmp = final.with_name(final.name.removesuffix(".sealed") + REKEY)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(sealed)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, final)


def _remove_leftovers(area: FileArea) -> None:
    """A crash while writing a re-sealed file leaves its ``.rekey.tmp``: remove it."""
    if area.root.is_dir():
        for entry in area.root.glob(f"*{REKEY}"):
            entry.unlink(missing_ok=True)


def _file_key_ids(area: FileArea, file_ids: list[str]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for file_id in file_ids:
        first = _first_byte(area, file_id)
        if first is not None:
            counts[first] = counts.get(first, 0) + 1
    return counts


def _first_byte(area: FileArea, file_id: str) -> int | None:
    for path in (area.final(file_id), area.temp(file_id)):
        try:
            with path.open("rb") as handle:
                head = handle.read(1)
            return head[0] if head else None
        except FileNotFoundError:
            continue
    return None
