"""The SQLite store, opened: cases, conversations, inbox, outbox, files and audit on one
file in the data dir, sealed files beside it.

Opening checks the key before anything is written: a wrong key or a database
from a newer version stops the bot with a clear message and leaves the file
as it was.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import aiosqlite

from store.crypto import KeyProblem, Keyring, KeySource, Sealer, SealError, aad
from store.errors import EmptyDatabase, SchemaTooNew
from store.files import FileArea, FileEffects, Repaired, repair
from store.ports import AdminStore, RuntimeStore
from store.sqlite.audit import AuditQueries
from store.sqlite.backup import BackupQueries
from store.sqlite.case_export import CaseExportQueries
from store.sqlite.case_link import bind_case_links
from store.sqlite.casework import DueQueries
from store.sqlite.coordinator import CoordinatorQueries
from store.sqlite.database import Database
from store.sqlite.directory import DirectoryQueries
from store.sqlite.erasure import PurgeQueries
from store.sqlite.followup import FollowupQueries
from store.sqlite.inbox import InboxQueries
from store.sqlite.migrations import MIGRATIONS
from store.sqlite.outbox import OutboxQueries
from store.sqlite.outbox_admin import OutboxAdminQueries
from store.sqlite.reporting import ReportingQueries, TallyQueries
from store.sqlite.resealing import ResealQueries, database_active_key
from store.sqlite.transaction import SqliteTransaction

DB_NAME = "cre.sqlite3"
_CHECK_TEXT = b"cre-bot key check"


class SqliteStore(
    PurgeQueries,
    InboxQueries,
    OutboxQueries,
    DueQueries,
    AuditQueries,
    CoordinatorQueries,
    FollowupQueries,
    # --- issue 15: reports, exports, the outbox view ---
    ReportingQueries,
    TallyQueries,
    DirectoryQueries,
    CaseExportQueries,
    OutboxAdminQueries,
    ResealQueries,
    BackupQueries,
):
    """The opened store: a database, the sealer and the data dir's file area.

    Implements :class:`store.ports.RuntimeStore` and :class:`store.ports.AdminStore`.
    Build it only in a composition root (``bot.main``, ``admin_cli.opening``).
    """

    def __init__(self, db: Database, sealer: Sealer, data_dir: Path) -> None:
        self.db = db
        self.sealer = sealer
        self.data_dir = data_dir
        self.files_dir = data_dir / "files"
        self.file_area = FileArea(self.files_dir)
        self.leaving: set[str] = set()
        """People just forgotten whose last reply (the erasure's confirmation) is queued."""
        self.db_path = data_dir / DB_NAME
        self._cursors: dict[str, int] = {}

    @staticmethod
    async def check_key(data_dir: Path, keyring: Keyring) -> None:
        """Raise KeyProblem / SchemaTooNew if ``keyring`` does not open the database in
        ``data_dir``, reading only: the doctor answers this even on a full disk."""
        checker = await Database.connect(data_dir / DB_NAME, read_only=True)
        try:
            await _verify(checker, Sealer(keyring))
        finally:
            await checker.close()

    @classmethod
    async def open(
        cls,
        data_dir: Path,
        keyring: Keyring,
        *,
        source: KeySource | None = None,
        new_key: bool = False,
    ) -> SqliteStore:
        """Open (or create) the store; raise KeyProblem / SchemaTooNew / EmptyDatabase
        before writing.

        The key is checked on a read-only connection, so a refused key leaves the
        database and its WAL byte for byte as they were (no checkpoint on close).
        Then file work a crash left half-done is finished (see :mod:`store.files`).
        ``source`` re-reads the keyring when another process rotated the key (the
        bot passes it); ``new_key`` says the key file was just made, the only case
        in which an empty (zero-length) database file is taken as a new store.
        Once open, the WAL is checkpointed (TRUNCATE): a crash in the middle of work
        may have cut off an erasure's own checkpoint, leaving decryptable frames.
        """
        await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True, mode=0o700)
        path = data_dir / DB_NAME
        sealer = Sealer(keyring, source)
        if not new_key:
            await asyncio.to_thread(_refuse_empty, path)
        if await asyncio.to_thread(path.exists):
            await cls.check_key(data_dir, keyring)
        db = await Database.connect(path)
        try:
            await _verify(db, sealer)
            await db.configure()
            await db.migrate(MIGRATIONS)
            await _write_checks(db, sealer)
            await bind_case_links(db, sealer)
            await db.checkpoint()  # frames a kill -9 left (an erasure's among them) go
            store = cls(db, sealer, data_dir)
            await store._repair_files()
        except BaseException:
            await db.close()
            raise
        return store

    async def _repair_files(self) -> Repaired:
        async with self.db.transaction() as conn:  # the write lock: no write is in flight
            cursor = await conn.execute("SELECT id FROM files")
            known = {str(r[0]) for r in await cursor.fetchall()}
            await cursor.close()
            repaired = await asyncio.to_thread(repair, self.file_area, known)
        if repaired.published or repaired.removed:
            logging.getLogger("cre.store").info(
                "files.repaired",
                extra={
                    "fields": {
                        "event": "files.repaired",
                        "count": repaired.published + repaired.removed,
                        "status": f"published={repaired.published} removed={repaired.removed}",
                    }
                },
            )
        return repaired

    def pseudonym(self, channel: str, user_id: str) -> str:
        """The stable pseudonym of a messenger user (keyed: the id itself is never stored)."""
        return self.sealer.pseudonym(channel, user_id)

    async def close(self) -> None:
        await self.db.close()

    def step_transaction(self) -> AbstractAsyncContextManager[SqliteTransaction]:
        """A transaction for the runtime's per-message work (see :meth:`transaction`)."""
        return self.transaction(direct=True)

    @asynccontextmanager
    async def transaction(self, direct: bool = False) -> AsyncIterator[SqliteTransaction]:
        """One transaction; its file writes and deletions take effect only if it commits.

        ``direct``: its statements are small (one person's message), so they run on
        the event loop instead of one thread hop each (:mod:`store.sqlite.direct`).
        """
        effects = FileEffects(self.file_area)
        async with self.db.transaction(effects, direct=direct) as conn:
            await self._follow_active_key(conn)
            tx = SqliteTransaction(conn, self.sealer, effects)
            yield tx
        if tx.erased:
            self.leaving.update(tx.forgotten)
            await self.checkpoint()
            await self._nothing_left_to_send(tx.forgotten)

    async def _nothing_left_to_send(self, people: tuple[str, ...]) -> None:
        """Who a purge forgot has no confirmation queued: the checkpoint above was their
        last, so they leave :attr:`leaving` at once (a ``/forget`` stays until sent)."""
        if not people:
            return
        rows = await self.db.read(
            "SELECT DISTINCT recipient FROM outbox WHERE status = 'pending'"
            " AND recipient IN (SELECT value FROM json_each(?))",
            (json.dumps(people),),
        )
        self.leaving.difference_update(set(people) - {str(r["recipient"]) for r in rows})

    async def _follow_active_key(self, conn: aiosqlite.Connection) -> None:
        """Seal with the key the database names (``cre-admin keys rotate`` sets it): read
        under the write lock, so nothing is sealed under a key being retired."""
        active = await database_active_key(conn)
        if active is None or active == self.sealer.keyring.active:
            return
        if active not in self.sealer.keyring.keys:
            await asyncio.to_thread(self.sealer.reload)
        self.sealer.use_active(active)

    async def load_file(self, file_id: str) -> tuple[str, str, str | None, bytes] | None:
        """(kind, mime, name, bytes) of a stored file, or None if it was erased."""
        rows = await self.db.read("SELECT kind, meta FROM files WHERE id = ?", (file_id,))
        if not rows:
            return None
        meta = self.sealer.open_json(rows[0]["meta"], aad("files", "meta", file_id))
        assert isinstance(meta, dict)
        async with self.transaction() as tx:
            data = await tx.read_file(file_id)
        return str(rows[0]["kind"]), str(meta.get("mime")), meta.get("name"), data


def _refuse_empty(path: Path) -> None:
    """A zero-length database file with no WAL beside it is not a new store: it is a
    truncated or replaced one, and taking it as new would start over silently."""
    wal = path.with_name(path.name + "-wal")
    if path.exists() and path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size):
        raise EmptyDatabase(
            f"{path} is empty (0 bytes) while its key is not new: the database was "
            "truncated or replaced. Restore it with `cre-admin restore`, or, to start over "
            "on purpose, move the empty file and the key file away and run `cre-admin init`"
        )


async def _verify(db: Database, sealer: Sealer) -> None:
    """Refuse a newer schema or a keyring that does not open this database. Reads only."""
    version = await db.version()
    if version > len(MIGRATIONS):
        raise SchemaTooNew(
            f"the database is at schema version {version} but this CRE Bot knows only "
            f"{len(MIGRATIONS)}: upgrade CRE Bot, or restore a backup made for this version"
        )
    if version == 0:
        return
    rows = await db.read("SELECT name, value FROM meta WHERE name LIKE 'check:%'")
    if not rows:
        raise KeyProblem("the database has no key check; it was not created by CRE Bot")
    for row in rows:
        name = str(row["name"])
        if name == "check:pseudonym":
            if bytes(row["value"]).decode() != sealer.pseudonym("meta", "check"):
                raise KeyProblem(
                    "the key (pseudonym key) does not open this database: wrong key file or "
                    "CRE_MASTER_KEY. Nothing was changed."
                )
            continue
        try:
            sealer.open(bytes(row["value"]), aad("meta", "value", name))
        except SealError as exc:
            raise KeyProblem(
                f"the key ({name.removeprefix('check:')}) does not open this database: wrong key "
                "file or CRE_MASTER_KEY. Nothing was changed."
            ) from exc


async def _write_checks(db: Database, sealer: Sealer) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT OR IGNORE INTO meta (name, value) VALUES ('check:pseudonym', ?)",
            (sealer.pseudonym("meta", "check").encode(),),
        )
        for key_id in sealer.keyring.keys:
            name = f"check:key{key_id}"
            cursor = await conn.execute("SELECT 1 FROM meta WHERE name = ?", (name,))
            exists = await cursor.fetchone()
            await cursor.close()
            if exists is None:
                sealed = Sealer(
                    Keyring(sealer.keyring.keys, key_id, sealer.keyring.pseudonym_key)
                ).seal(_CHECK_TEXT, aad("meta", "value", name))
                await conn.execute("INSERT INTO meta (name, value) VALUES (?, ?)", (name, sealed))


def _implements_the_ports(store: SqliteStore) -> tuple[RuntimeStore, AdminStore]:
    """Never called: mypy checks here that the SQLite store implements the ports."""
    return store, store
