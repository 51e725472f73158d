"""The store: cases, conversations, inbox, outbox, files and audit on one SQLite file.

Opening checks the key before anything is written: a wrong key or a database
from a newer version stops the bot with a clear message and leaves the file
as it was.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, Channel, Inbound, Outbound
from flows.core.state import CaseSummary, Conversation
from store.codec import inbound_from_json, inbound_to_json
from store.crypto import KeyProblem, Keyring, Sealer, SealError, aad
from store.database import Database, SchemaTooNew
from store.files import FileArea, FileEffects, Repaired, repair
from store.migrations import MIGRATIONS
from store.workspace_repo import WorkspaceQueries

DB_NAME = "cre.sqlite3"
_CHECK_TEXT = b"cre-bot key check"
_NO_CAP = 2**62


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """A pending reply, opened. ``parts_sent`` pieces of it were already delivered."""

    id: int
    channel: Channel
    recipient: str
    locale: str
    address: str
    message: Outbound
    attempts: int
    parts_sent: int = 0


@dataclass(frozen=True, slots=True)
class UnreadableOutboxRow:
    """A pending row whose sealed payload or address does not open (damaged, wrong key
    id, a format this version cannot read): it can never be sent, only failed."""

    id: int
    channel: Channel
    recipient: str
    error: str


@dataclass(frozen=True, slots=True)
class TransportEventCount:
    """How often a content-free transport event happened (for ``cre-admin doctor``)."""

    channel: str
    kind: str
    count: int
    first_at: str
    last_at: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who can be reached about new cases (for start-up warnings and ``cre-admin doctor``)."""

    coordinators: int
    coordinator_channels: tuple[str, ...]
    uncovered_regions: tuple[str, ...]
    """Regions with no active facilitator (their cases reach only the coordinator)."""
    facilitator_channels: tuple[str, ...]
    queue_channels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A case as the coordinator sees it; ``details`` is None after erasure."""

    ref: str
    status: str
    region: str
    level: int
    urgent: bool
    country: str | None
    locale: str
    channel: str
    strategies: tuple[str, ...]
    created_at: str
    updated_at: str
    details: dict[str, Any] | None


def _iso(moment: datetime) -> str:
    return moment.isoformat()


class SqliteTransaction(WorkspaceQueries):
    """Implements :class:`flows.core.ports.Transaction` inside one BEGIN/COMMIT."""

    def __init__(self, conn: aiosqlite.Connection, sealer: Sealer, files: FileEffects) -> None:
        self.conn = conn
        self.sealer = sealer
        self.files = files

    async def _one(self, sql: str, params: tuple[object, ...]) -> aiosqlite.Row | None:
        cursor = await self.conn.execute(sql, params)
        row = await cursor.fetchone()
        await cursor.close()
        return row

    async def _all(self, sql: str, params: tuple[object, ...]) -> list[aiosqlite.Row]:
        cursor = await self.conn.execute(sql, params)
        rows = await cursor.fetchall()
        await cursor.close()
        return list(rows)

    # ----- people and conversations --------------------------------------------

    async def remember_person(
        self, person: str, channel: Channel, address: str, now: datetime
    ) -> None:
        sealed = self.sealer.seal_text(address, aad("people", "address", person))
        await self.conn.execute(
            "INSERT INTO people (pseudonym, channel, address, created_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(pseudonym) DO UPDATE SET"
            " address = excluded.address, seen_at = excluded.seen_at",
            (person, channel.value, sealed, _iso(now), _iso(now)),
        )

    async def address_of(self, person: str) -> tuple[Channel, str] | None:
        row = await self._one("SELECT channel, address FROM people WHERE pseudonym = ?", (person,))
        if row is None:
            return None
        address = self.sealer.open_text(row["address"], aad("people", "address", person))
        return Channel(row["channel"]), address

    async def load_conversation(self, person: str) -> Conversation | None:
        row = await self._one("SELECT state FROM conversations WHERE pseudonym = ?", (person,))
        if row is None:
            return None
        data = self.sealer.open_json(row["state"], aad("conversations", "state", person))
        return Conversation.from_json(data) if isinstance(data, dict) else None

    async def save_conversation(self, person: str, state: Conversation, now: datetime) -> None:
        sealed = self.sealer.seal_json(state.to_json(), aad("conversations", "state", person))
        await self.set_person_locale(person, state.locale)
        await self.conn.execute(
            "INSERT INTO conversations (pseudonym, state, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT(pseudonym) DO UPDATE SET state = excluded.state,"
            " updated_at = excluded.updated_at",
            (person, sealed, _iso(now)),
        )

    # ----- cases ------------------------------------------------------------------

    async def cases_of(self, person: str) -> list[CaseSummary]:
        rows = await self._all(
            "SELECT ref, status, created_at FROM cases WHERE requester = ? ORDER BY id", (person,)
        )
        return [CaseSummary(r["ref"], r["status"], r["created_at"][:10]) for r in rows]

    async def ref_taken(self, ref: str) -> bool:
        return await self._one("SELECT 1 FROM cases WHERE ref = ?", (ref,)) is not None

    async def create_case(
        self, person: str, case: CaseSubmitted, region: str, now: datetime
    ) -> None:
        details = {"answers": case.answers, "consented_at": case.consented_at}
        strategies = case.answers.get("strategies") or []
        await self.conn.execute(
            "INSERT INTO cases (ref, requester, channel, locale, status, level, urgent, country,"
            " region, strategies, details, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case.ref,
                person,
                case.channel.value,
                case.locale,
                case.level,
                int(case.urgent),
                case.country,
                region,
                ",".join(strategies) if isinstance(strategies, list) else "",
                self.sealer.seal_json(details, aad("cases", "details", case.ref)),
                _iso(now),
                _iso(now),
            ),
        )
        for file_id in case.file_ids:
            await self.conn.execute(
                "UPDATE files SET case_ref = ? WHERE id = ? AND owner = ?",
                (case.ref, file_id, person),
            )

    # ----- files --------------------------------------------------------------------

    async def save_file(
        self,
        person: str,
        file_id: str,
        attachment: Attachment,
        now: datetime,
        case_ref: str | None = None,
    ) -> None:
        """The sealed file gets its final name only once this transaction commits."""
        data = attachment.data or b""
        sealed = self.sealer.seal(data, aad("files", "data", file_id))
        await self.files.write(file_id, sealed)
        meta = {"mime": attachment.mime, "size": len(data), "name": attachment.name}
        await self.conn.execute(
            "INSERT INTO files (id, owner, kind, meta, created_at, case_ref)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                file_id,
                person,
                attachment.kind.value,
                self.sealer.seal_json(meta, aad("files", "meta", file_id)),
                _iso(now),
                case_ref,
            ),
        )

    async def file_usage(self, person: str, since: datetime) -> tuple[int, int]:
        rows = await self._all(
            "SELECT id, meta FROM files WHERE owner = ? AND created_at >= ?", (person, _iso(since))
        )
        total = 0
        for row in rows:
            meta = self.sealer.open_json(row["meta"], aad("files", "meta", row["id"]))
            if isinstance(meta, dict):
                total += int(meta.get("size") or 0)
        return len(rows), total

    async def read_file(self, file_id: str) -> bytes:
        sealed = await asyncio.to_thread(self.files.area.read, file_id)
        return self.sealer.open(sealed, aad("files", "data", file_id))

    async def discard_files(self, file_ids: tuple[str, ...]) -> None:
        """Delete the rows now and the sealed files once this transaction commits."""
        for file_id in file_ids:
            await self.conn.execute("DELETE FROM files WHERE id = ?", (file_id,))
            self.files.delete(file_id)

    # ----- erasure -----------------------------------------------------------------

    async def forget_person(self, person: str, now: datetime) -> None:
        """Keep only anonymous counts (country, level, strategies, dates) for reporting."""
        refs = [
            r["ref"]
            for r in await self._all("SELECT ref FROM cases WHERE requester = ?", (person,))
        ]
        files = await self._all(  # theirs, and what facilitators sent them about their cases
            "SELECT id FROM files WHERE owner = ? OR case_ref IN"
            " (SELECT ref FROM cases WHERE requester = ?)",
            (person, person),
        )
        await self.discard_files(tuple(r["id"] for r in files))
        for ref in refs:
            await self.conn.execute("DELETE FROM notes WHERE case_ref = ?", (ref,))
            await self.conn.execute("DELETE FROM agreements WHERE case_ref = ?", (ref,))
            await self.conn.execute(
                "DELETE FROM due_jobs WHERE case_ref = ? AND done_at IS NULL", (ref,)
            )
        await self.conn.execute(
            "UPDATE cases SET requester = NULL, details = NULL, updated_at = ? WHERE requester = ?",
            (_iso(now), person),
        )
        await self.conn.execute("DELETE FROM conversations WHERE pseudonym = ?", (person,))
        await self.conn.execute("DELETE FROM people WHERE pseudonym = ?", (person,))
        await self.conn.execute(
            "DELETE FROM outbox WHERE recipient = ? AND status = 'pending'", (person,)
        )
        await self.conn.execute("DELETE FROM inbox WHERE pseudonym = ?", (person,))

    # ----- outbox and audit -----------------------------------------------------------

    async def enqueue(
        self, channel: Channel, address: str, locale: str, message: Outbound, now: datetime
    ) -> None:
        uid = uuid.uuid4().hex
        await self.conn.execute(
            "INSERT INTO outbox (uid, channel, recipient, locale, address, payload,"
            " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                uid,
                channel.value,
                message.recipient,
                locale,
                self.sealer.seal_text(address, aad("outbox", "address", uid)),
                self.sealer.seal_json(message.to_json(), aad("outbox", "payload", uid)),
                _iso(now),
                _iso(now),
            ),
        )

    async def audit(
        self, now: datetime, actor: str, action: str, case_ref: str | None = None, detail: str = ""
    ) -> None:
        await self.conn.execute(
            "INSERT INTO audit (at, actor, action, case_ref, detail) VALUES (?, ?, ?, ?, ?)",
            (_iso(now), actor, action, case_ref, detail),
        )

    async def outbox_failed(self, row_id: int, error: str) -> None:
        """A permanent failure (blocked, chat gone): kept as a record (without the message
        or address), never retried."""
        await self.conn.execute(
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, error = ?,"
            " payload = X'', address = X'' WHERE id = ?",
            (error[:200], row_id),
        )

    # ----- inbox ------------------------------------------------------------------------

    async def inbox_add(
        self, channel: Channel, dedupe: str, inbound: Inbound, address: str, now: datetime
    ) -> int | None:
        """Commit an inbound message before it is acknowledged; None if already seen."""
        seen = await self._one(
            "SELECT 1 FROM inbox_seen WHERE channel = ? AND dedupe = ?"
            " UNION ALL SELECT 1 FROM inbox WHERE channel = ? AND dedupe = ?",
            (channel.value, dedupe, channel.value, dedupe),
        )
        if seen is not None:
            return None
        payload = {"inbound": inbound_to_json(inbound), "address": address}
        cursor = await self.conn.execute(
            "INSERT INTO inbox (channel, dedupe, pseudonym, payload, received_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                channel.value,
                dedupe,
                inbound.sender,
                self.sealer.seal_json(
                    payload, aad("inbox", "payload", f"{channel.value}:{dedupe}")
                ),
                _iso(now),
            ),
        )
        return cursor.lastrowid

    async def inbox_take(self, row_id: int, now: datetime) -> tuple[Inbound, str] | None:
        """Load an inbox row and mark it handled; the caller's commit makes both final."""
        row = await self._one("SELECT channel, dedupe, payload FROM inbox WHERE id = ?", (row_id,))
        if row is None:
            return None
        where = aad("inbox", "payload", f"{row['channel']}:{row['dedupe']}")
        data = self.sealer.open_json(row["payload"], where)
        await self.conn.execute("DELETE FROM inbox WHERE id = ?", (row_id,))
        await self.conn.execute(
            "INSERT OR IGNORE INTO inbox_seen (channel, dedupe, seen_at) VALUES (?, ?, ?)",
            (row["channel"], row["dedupe"], _iso(now)),
        )
        assert isinstance(data, dict)
        return inbound_from_json(data["inbound"]), str(data["address"])


class Store:
    """The opened store: a database, the sealer and the data dir's file area."""

    def __init__(self, db: Database, sealer: Sealer, data_dir: Path) -> None:
        self.db = db
        self.sealer = sealer
        self.data_dir = data_dir
        self.files_dir = data_dir / "files"
        self.file_area = FileArea(self.files_dir)

    @classmethod
    async def open(cls, data_dir: Path, keyring: Keyring) -> Store:
        """Open (or create) the store; raise KeyProblem / SchemaTooNew before writing.

        The key is checked on a read-only connection, so a refused key leaves the
        database and its WAL byte for byte as they were (no checkpoint on close).
        Then file work a crash left half-done is finished (see :mod:`store.files`).
        """
        await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True, mode=0o700)
        path = data_dir / DB_NAME
        sealer = Sealer(keyring)
        if await asyncio.to_thread(path.exists):
            checker = await Database.connect(path, read_only=True)
            try:
                await _verify(checker, sealer)
            finally:
                await checker.close()
        db = await Database.connect(path)
        try:
            await _verify(db, sealer)
            await db.configure()
            await db.migrate(MIGRATIONS)
            await _write_checks(db, sealer)
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

    async def close(self) -> None:
        await self.db.close()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[SqliteTransaction]:
        """One transaction; its file writes and deletions take effect only if it commits."""
        effects = FileEffects(self.file_area)
        async with self.db.transaction(effects) as conn:
            yield SqliteTransaction(conn, self.sealer, effects)

    # ----- runtime queries ------------------------------------------------------------

    async def inbox_pending(self) -> list[tuple[int, str]]:
        rows = await self.db.read("SELECT id, pseudonym FROM inbox ORDER BY id")
        return [(int(r["id"]), str(r["pseudonym"])) for r in rows]

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

    async def due_jobs(self, now: datetime) -> list[tuple[int, str, str]]:
        rows = await self.db.read(
            "SELECT id, kind, case_ref FROM due_jobs WHERE done_at IS NULL AND due_at <= ?"
            " ORDER BY due_at, id LIMIT 50",
            (_iso(now),),
        )
        return [(int(r["id"]), str(r["kind"]), str(r["case_ref"])) for r in rows]

    async def forget_seen(self, before: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM inbox_seen WHERE seen_at < ?", (_iso(before),))

    async def inbox_for(self, person: str) -> list[int]:
        rows = await self.db.read("SELECT id FROM inbox WHERE pseudonym = ? ORDER BY id", (person,))
        return [int(r["id"]) for r in rows]

    async def inbox_discard(self, row_id: int, now: datetime) -> None:
        """Drop an inbox row that cannot be opened, remembering its dedupe key so a
        redelivery is not taken for a new message."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO inbox_seen (channel, dedupe, seen_at)"
                " SELECT channel, dedupe, ? FROM inbox WHERE id = ?",
                (_iso(now), row_id),
            )
            await conn.execute("DELETE FROM inbox WHERE id = ?", (row_id,))

    async def outbox_due(
        self, channel: Channel, now: datetime, limit: int = 100
    ) -> list[OutboxRow]:
        """The readable rows of :meth:`outbox_next` (no per-person cap)."""
        rows = await self.outbox_next(channel, now, limit=limit)
        return [r for r in rows if isinstance(r, OutboxRow)]

    async def outbox_next(
        self,
        channel: Channel,
        now: datetime,
        *,
        per_person: int | None = None,
        people: int | None = None,
        exclude: Collection[str] = (),
        limit: int = 100,
    ) -> list[OutboxRow | UnreadableOutboxRow]:
        """Rows to send now on ``channel``, fair across recipients.

        Round-robin: every recipient's oldest row comes before anyone's second
        one, so one person with a thousand replies waiting takes one turn like
        everyone else. Recipients take turns in the order of their oldest
        pending row. At most ``per_person`` rows per recipient and ``people``
        recipients (None: no cap); recipients in ``exclude`` (being sent to
        already) and recipients with a row waiting for a retry are skipped, so
        each person's rows still go strictly in order.
        """
        rows = await self.db.read(
            "WITH pending AS ("
            "  SELECT id, ROW_NUMBER() OVER (PARTITION BY recipient ORDER BY id) AS rank,"
            "   MIN(id) OVER (PARTITION BY recipient) AS first"
            "  FROM outbox WHERE status = 'pending' AND channel = ?"
            "   AND recipient NOT IN (SELECT recipient FROM outbox WHERE status = 'pending'"
            "     AND channel = ? AND next_attempt_at > ?)"
            "   AND recipient NOT IN (SELECT value FROM json_each(?))"
            "), turns AS ("
            "  SELECT id, rank, DENSE_RANK() OVER (ORDER BY first) AS turn FROM pending"
            ")"
            " SELECT o.* FROM turns t JOIN outbox o ON o.id = t.id"
            " WHERE t.rank <= ? AND t.turn <= ? ORDER BY t.rank, t.id LIMIT ?",
            (
                channel.value,
                channel.value,
                _iso(now),
                json.dumps(sorted(exclude)),
                per_person if per_person is not None else _NO_CAP,
                people if people is not None else _NO_CAP,
                limit,
            ),
        )
        return [self._outbox_row(r) for r in rows]

    def _outbox_row(self, r: aiosqlite.Row) -> OutboxRow | UnreadableOutboxRow:
        uid = r["uid"]
        try:
            payload = self.sealer.open_json(r["payload"], aad("outbox", "payload", uid))
            if not isinstance(payload, dict):
                raise TypeError("payload is not an object")
            message = Outbound.from_json(payload)
            address = self.sealer.open_text(r["address"], aad("outbox", "address", uid))
        except Exception as exc:  # one damaged row must not hide the others
            return UnreadableOutboxRow(
                int(r["id"]), Channel(r["channel"]), r["recipient"], type(exc).__name__
            )
        return OutboxRow(
            int(r["id"]),
            Channel(r["channel"]),
            r["recipient"],
            r["locale"],
            address,
            message,
            int(r["attempts"]),
            int(r["parts_sent"]),
        )

    async def outbox_piece_sent(self, row_id: int, parts_sent: int) -> None:
        """Record that the first ``parts_sent`` pieces of a split reply were delivered."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET parts_sent = ? WHERE id = ?", (parts_sent, row_id)
            )

    async def outbox_sent(self, row_id: int) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM outbox WHERE id = ?", (row_id,))

    async def outbox_retry(self, row_id: int, when: datetime, error: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error = ?"
                " WHERE id = ?",
                (_iso(when), error[:200], row_id),
            )

    async def note_transport_event(self, channel: Channel, kind: str, now: datetime) -> None:
        """Count a content-free transport event (quarantined update, unreadable frame…)."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO transport_events (channel, kind, count, first_at, last_at)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT(channel, kind) DO UPDATE SET"
                " count = count + 1, last_at = excluded.last_at",
                (channel.value, kind[:40], _iso(now), _iso(now)),
            )

    async def transport_events(self) -> list[TransportEventCount]:
        rows = await self.db.read(
            "SELECT channel, kind, count, first_at, last_at FROM transport_events"
            " ORDER BY channel, kind"
        )
        return [
            TransportEventCount(
                r["channel"], r["kind"], int(r["count"]), r["first_at"], r["last_at"]
            )
            for r in rows
        ]

    async def outbox_waiting_by_channel(self) -> dict[str, int]:
        """Pending replies per channel, whether or not that channel is running."""
        rows = await self.db.read(
            "SELECT channel, COUNT(*) AS n FROM outbox WHERE status = 'pending' GROUP BY channel"
        )
        return {str(r["channel"]): int(r["n"]) for r in rows}

    async def outbox_pending_count(self, channels: Collection[Channel] | None = None) -> int:
        """Pending replies, on ``channels`` only when given (those that are running)."""
        if channels is None:
            rows = await self.db.read("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'")
        else:
            rows = await self.db.read(
                "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'"
                " AND channel IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(c.value for c in channels)),),
            )
        return int(rows[0]["n"])

    # ----- coordinator queries ------------------------------------------------------------

    async def coverage(self) -> Coverage:
        staff = await self.db.read(
            "SELECT channel, regions, coordinator FROM facilitators WHERE active = 1"
        )
        regions = await self.db.read("SELECT id, queue_channel FROM regions ORDER BY id")
        covered = {r for row in staff for r in str(row["regions"]).split()}
        return Coverage(
            coordinators=sum(1 for row in staff if row["coordinator"]),
            coordinator_channels=tuple(
                sorted({str(row["channel"]) for row in staff if row["coordinator"]})
            ),
            uncovered_regions=tuple(str(r["id"]) for r in regions if r["id"] not in covered),
            facilitator_channels=tuple(sorted({str(row["channel"]) for row in staff})),
            queue_channels=tuple(
                sorted({str(r["queue_channel"]) for r in regions if r["queue_channel"]})
            ),
        )

    async def list_cases(self) -> list[CaseRecord]:
        rows = await self.db.read("SELECT * FROM cases ORDER BY id")
        return [self._case(r, with_details=False) for r in rows]

    async def case(self, ref: str) -> CaseRecord | None:
        rows = await self.db.read("SELECT * FROM cases WHERE ref = ?", (ref,))
        return self._case(rows[0], with_details=True) if rows else None

    def _case(self, row: aiosqlite.Row, with_details: bool) -> CaseRecord:
        details = None
        if with_details and row["details"] is not None:
            opened = self.sealer.open_json(row["details"], aad("cases", "details", row["ref"]))
            details = opened if isinstance(opened, dict) else None
        return CaseRecord(
            ref=row["ref"],
            status=row["status"],
            region=row["region"],
            level=int(row["level"]),
            urgent=bool(row["urgent"]),
            country=row["country"],
            locale=row["locale"],
            channel=row["channel"],
            strategies=tuple(s for s in str(row["strategies"]).split(",") if s),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            details=details,
        )

    async def audit_entries(self) -> list[dict[str, Any]]:
        rows = await self.db.read(
            "SELECT at, actor, action, case_ref, detail FROM audit ORDER BY id"
        )
        return [dict(r) for r in rows]


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
