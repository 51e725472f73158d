"""Forgetting a person, and erasing the personal data of a case: only anonymous
statistics remain.

Why a registry: every concern that stores something personal (a check-in, a grant
application…) must be erased with the person or the case, and forgetting one table
is the bug this module exists to prevent. A concern adds one line to
:data:`CASE_ROWS` / :data:`PERSON_ROWS` (rows deleted by case reference or by
pseudonym), or a function to :data:`CASE_ERASERS` / :data:`PERSON_ERASERS` when
deleting rows is not enough. ``tests/privacy`` checks every table after erasure.

After an erasure the transaction asks for a WAL checkpoint (TRUNCATE): deleted rows
otherwise live on, decryptable, in the WAL's old frames (``secure_delete`` only
zeroes pages of the main file). :meth:`store.sqlite.store.SqliteStore.transaction`
runs it once the transaction has committed.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

import aiosqlite

from flows.core import lifecycle
from flows.core.state import Conversation
from flows.workspace.forgetting import without_cases
from store.crypto import SealError, aad
from store.records import RetentionResult
from store.sqlite.base import iso
from store.sqlite.file_rows import FilesRepo
from store.sqlite.followup import FollowupRepo
from store.sqlite.funding import FundingRepo
from store.sqlite.outbox import OutboxQueries

_CHECKPOINT_TRIES = 20
ERASED_ACTOR = "erased"
"""What an erased person's audit rows name as actor, followed by a random id per
erasure: the rows of one erasure stay together, but nothing joins them to a pseudonym."""

CASE_ROWS: tuple[tuple[str, str], ...] = (
    ("notes", "case_ref"),
    ("agreements", "case_ref"),
    ("case_messages", "case_ref"),  # messages relayed, kept for /open (issue 11)
    ("agreement_answers", "case_ref"),
)
"""(table, column): rows deleted with a case's personal data, by case reference."""

PERSON_ROWS: tuple[tuple[str, str], ...] = (
    ("conversations", "pseudonym"),
    ("people", "pseudonym"),
    ("inbox", "pseudonym"),
    ("outbox", "recipient"),
)
"""(table, column): rows deleted with a person, by pseudonym."""

CaseEraser = Callable[[aiosqlite.Connection, tuple[str, ...]], Awaitable[None]]
PersonEraser = Callable[[aiosqlite.Connection, str], Awaitable[None]]


async def _pending_due_jobs(conn: aiosqlite.Connection, refs: tuple[str, ...]) -> None:
    """No prompt is ever sent about an erased case (done jobs are anonymous counts)."""
    await conn.execute(
        f"DELETE FROM due_jobs WHERE done_at IS NULL AND case_ref IN ({_marks(refs)})",  # noqa: S608
        refs,
    )


CASE_ERASERS: tuple[CaseEraser, ...] = (_pending_due_jobs,)
"""Functions run with the references of the cases being erased."""

PERSON_ERASERS: tuple[PersonEraser, ...] = ()
"""Functions run with the pseudonym of the person being forgotten."""


def _marks(values: tuple[object, ...]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


def month(moment: str | datetime) -> str:
    """The first instant of the month: what anonymous statistics keep of a date."""
    text = moment.isoformat() if isinstance(moment, datetime) else moment
    return f"{text[:7]}-01T00:00:00+00:00"


class ErasureRepo(FilesRepo, FollowupRepo, FundingRepo):
    """Erasure, inside the caller's transaction."""

    erased: bool = False
    """Set once something was erased: the store checkpoints the WAL after the commit."""
    forgotten: tuple[str, ...] = ()
    """People forgotten in this transaction (their confirmation may still be queued)."""

    async def forget_person(self, person: str, now: datetime) -> None:
        """Keep only anonymous statistics (country, region, level, strategies, month of
        dates, outcome, budget band) of their cases; everything else about them goes."""
        refs = tuple(
            str(r["ref"])
            for r in await self._all("SELECT ref FROM cases WHERE requester = ?", (person,))
        )
        await self.erase_cases(refs, now)
        await self._erase_person(person, now, "person.forgotten")

    async def erase_cases(self, refs: Iterable[str], now: datetime) -> None:
        """Erase the personal data of these cases (content, files, notes, agreement,
        queued messages about them, drafts and focus on them, the link to the requester)."""
        refs = tuple(refs)
        if not refs:
            return
        self.erased = True
        marks = _marks(refs)
        files = await self._all(
            f"SELECT id FROM files WHERE case_ref IN ({marks})",  # noqa: S608
            refs,
        )
        await self.discard_files(tuple(str(r["id"]) for r in files))
        for ref in refs:
            await self._keep_band(ref)
        for table, column in CASE_ROWS:
            await self.conn.execute(
                f"DELETE FROM {table} WHERE {column} IN ({marks})",  # noqa: S608
                refs,
            )
        for eraser in CASE_ERASERS:
            await eraser(self.conn, refs)
        await self.forget_followup(None, list(refs))  # answers, meeting notes (issue 13)
        await self.forget_funding(list(refs))  # applications' words, comments (issue 14)
        await self._unlink_requesters(refs)
        await self._drop_queued_about(set(refs))
        await self._scrub_desks(set(refs), now)
        for row in await self._all(
            f"SELECT ref, created_at, updated_at FROM cases WHERE ref IN ({marks})",  # noqa: S608
            refs,
        ):
            await self.conn.execute(
                "UPDATE cases SET requester = NULL, details = NULL, created_at = ?,"
                " updated_at = ?, erased_at = ? WHERE ref = ?",
                (month(row["created_at"]), month(row["updated_at"]), month(now), row["ref"]),
            )

    async def _keep_band(self, ref: str) -> None:
        """The agreement's funding band is an anonymous statistic: kept on the case row."""
        row = await self._one("SELECT body FROM agreements WHERE case_ref = ?", (ref,))
        if row is None:
            return
        try:
            body = self.sealer.open_json(row["body"], aad("agreements", "body", ref))
        except SealError:
            return
        band = body.get("band") if isinstance(body, dict) else None
        if isinstance(band, str) and band.isascii() and len(band) <= 20:
            await self.conn.execute("UPDATE cases SET budget_band = ? WHERE ref = ?", (band, ref))

    async def _unlink_requesters(self, refs: tuple[str, ...]) -> None:
        """The requester's audit rows about these cases no longer name their pseudonym."""
        for row in await self._all(
            f"SELECT DISTINCT requester FROM cases WHERE requester IS NOT NULL"  # noqa: S608
            f" AND ref IN ({_marks(refs)})",
            refs,
        ):
            await self.conn.execute(
                f"UPDATE audit SET actor = ? WHERE actor = ? AND case_ref IN ({_marks(refs)})",  # noqa: S608
                (_erased_id(), str(row["requester"])[:8], *refs),
            )

    async def _drop_queued_about(self, refs: set[str]) -> None:
        """Messages about these cases still waiting for anyone (relays, announcements,
        agreement summaries) are deleted: nothing about an erased case is delivered."""
        for row in await self._all(
            "SELECT id, uid, payload FROM outbox WHERE status = 'pending'", ()
        ):
            try:
                payload = self.sealer.open_json(
                    row["payload"], aad("outbox", "payload", row["uid"])
                )
            except SealError:
                continue
            args = payload.get("args") if isinstance(payload, dict) else None
            if isinstance(args, dict) and args.get("ref") in refs:
                await self.conn.execute("DELETE FROM outbox WHERE id = ?", (row["id"],))

    async def _scrub_desks(self, refs: set[str], now: datetime) -> None:
        """Facilitators' drafts, focus and pending words about these cases are cleared."""
        for row in await self._all(
            "SELECT c.pseudonym, c.state FROM conversations c"
            " JOIN facilitators f ON f.pseudonym = c.pseudonym",
            (),
        ):
            person = str(row["pseudonym"])
            try:
                data = self.sealer.open_json(row["state"], aad("conversations", "state", person))
            except SealError:
                continue
            if not isinstance(data, dict):
                continue
            state = Conversation.from_json(data)
            scrubbed = without_cases(state.desk, refs)
            if scrubbed != state.desk:
                state.desk = scrubbed
                sealed = self.sealer.seal_json(
                    state.to_json(), aad("conversations", "state", person)
                )
                await self.conn.execute(
                    "UPDATE conversations SET state = ?, updated_at = ? WHERE pseudonym = ?",
                    (sealed, iso(now), person),
                )

    async def _erase_person(self, person: str, now: datetime, kind: str) -> None:
        """The person's own rows, files and audit links; one anonymous count kept."""
        self.erased = True
        self.forgotten = (*self.forgotten, person)
        channel = await self._one("SELECT channel FROM people WHERE pseudonym = ?", (person,))
        files = await self._all("SELECT id FROM files WHERE owner = ?", (person,))
        await self.discard_files(tuple(str(r["id"]) for r in files))
        await self.conn.execute("UPDATE cases SET requester = NULL WHERE requester = ?", (person,))
        for table, column in PERSON_ROWS:
            await self.conn.execute(
                f"DELETE FROM {table} WHERE {column} = ?",  # noqa: S608
                (person,),
            )
        for eraser in PERSON_ERASERS:
            await eraser(self.conn, person)
        await self.forget_followup(person, [])  # their prompts, answers, choices (issue 13)
        await self.conn.execute(
            "UPDATE audit SET actor = ? WHERE actor = ?", (_erased_id(), person[:8])
        )
        await self.count_anonymous(kind, str(channel["channel"]) if channel else "", now)

    async def count_anonymous(self, kind: str, channel: str, now: datetime) -> None:
        """One more anonymous event of ``kind`` this month (for the annual report)."""
        await self.conn.execute(
            "INSERT INTO privacy_counts (kind, channel, month, count) VALUES (?, ?, ?, 1)"
            " ON CONFLICT(kind, channel, month) DO UPDATE SET count = count + 1",
            (kind, channel, iso(now)[:7]),
        )

    # --- purges: people who never consented, cases past retention ---------------------

    async def purge_unconsented(self, now: datetime, after: timedelta) -> int:
        """Forget everyone quiet for ``after`` who never consented and has no role here
        (no case, not a facilitator, collaborator or grants working-group member,
        nothing waiting in the inbox)."""
        rows = await self._all(
            "SELECT p.pseudonym, c.state FROM people p"
            " LEFT JOIN conversations c ON c.pseudonym = p.pseudonym"
            " WHERE p.seen_at < ?"
            " AND p.pseudonym NOT IN (SELECT pseudonym FROM facilitators)"
            " AND p.pseudonym NOT IN (SELECT pseudonym FROM collaborators"
            "  WHERE pseudonym IS NOT NULL)"
            " AND p.pseudonym NOT IN (SELECT pseudonym FROM grants_members)"
            " AND p.pseudonym NOT IN (SELECT requester FROM cases WHERE requester IS NOT NULL)"
            " AND p.pseudonym NOT IN (SELECT pseudonym FROM inbox)",
            (iso(now - after),),
        )
        dropped = 0
        for row in rows:
            person = str(row["pseudonym"])
            if row["state"] is not None and self._consented(person, row["state"]):
                continue
            await self._erase_person(person, now, "unconsented.dropped")
            dropped += 1
        return dropped

    def _consented(self, person: str, sealed: bytes) -> bool:
        try:
            data = self.sealer.open_json(sealed, aad("conversations", "state", person))
        except SealError:
            return True  # unreadable: never drop what cannot be judged
        return isinstance(data, dict) and bool(data.get("consented_at"))

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool
    ) -> RetentionResult:
        """Erase cases in a final status for longer than ``after`` (since their last
        change); forget their requesters when nothing else of theirs remains and they
        have been quiet as long."""
        cutoff = iso(now - after)
        finals = tuple(sorted(lifecycle.FINAL))
        cases = await self._all(
            f"SELECT ref, requester FROM cases WHERE erased_at IS NULL"  # noqa: S608
            f" AND status IN ({_marks(finals)}) AND updated_at < ? ORDER BY id",
            (*finals, cutoff),
        )
        refs = tuple(str(r["ref"]) for r in cases)
        files = await self._one(
            f"SELECT count(*) AS n FROM files WHERE case_ref IN ({_marks(refs)})",  # noqa: S608
            refs,
        )
        leaving = [
            person
            for person in sorted({str(r["requester"]) for r in cases if r["requester"]})
            if await self._nothing_else(person, refs, cutoff)
        ]
        if not dry_run:
            await self.erase_cases(refs, now)
            for _ in refs:
                await self.count_anonymous("retention.case", "", now)
            for person in leaving:
                await self._erase_person(person, now, "retention.forgotten")
        return RetentionResult(refs, len(leaving), int(files["n"]) if files else 0)

    async def _nothing_else(self, person: str, refs: tuple[str, ...], cutoff: str) -> bool:
        """No other case of theirs, and quiet since ``cutoff``."""
        others = await self._one(
            f"SELECT count(*) AS n FROM cases WHERE requester = ?"  # noqa: S608
            f" AND ref NOT IN ({_marks(refs)})",
            (person, *refs),
        )
        recent = await self._one(
            "SELECT 1 FROM people WHERE pseudonym = ? AND seen_at >= ?", (person, cutoff)
        )
        return others is not None and int(others["n"]) == 0 and recent is None


class PurgeQueries(OutboxQueries):
    """The purges as the runtime's daily housekeeping and ``cre-admin retention`` call
    them: each in its own transaction, the WAL checkpointed after."""

    transaction: Callable[[], AbstractAsyncContextManager[ErasureRepo]]
    leaving: set[str]

    async def checkpoint(self) -> None:
        """After an erasure: no WAL frame may keep what was erased."""
        for _ in range(_CHECKPOINT_TRIES):
            if await self.db.checkpoint():
                return
            await asyncio.sleep(0.05)
        logging.getLogger("cre.store").warning(
            "wal.checkpoint_busy",
            extra={"fields": {"event": "wal.checkpoint_busy", "count": _CHECKPOINT_TRIES}},
        )

    async def outbox_sent(self, row_id: int) -> None:
        """Once a forgotten person's last reply is delivered, its row leaves the WAL too."""
        recipient = None
        if self.leaving:
            rows = await self.db.read("SELECT recipient FROM outbox WHERE id = ?", (row_id,))
            recipient = str(rows[0]["recipient"]) if rows else None
        await super().outbox_sent(row_id)
        if recipient is not None and recipient in self.leaving:
            left = await self.db.read(
                "SELECT 1 FROM outbox WHERE recipient = ? AND status = 'pending' LIMIT 1",
                (recipient,),
            )
            if not left:
                await self.checkpoint()
                self.leaving.discard(recipient)

    async def outbox_sent_many(self, row_ids: list[int]) -> None:
        """As :meth:`outbox_sent`, for replies recorded together (``bot/batching.py``)."""
        recipients: set[str] = set()
        if self.leaving and row_ids:
            marks = ", ".join("?" for _ in row_ids)
            rows = await self.db.read(
                f"SELECT DISTINCT recipient FROM outbox WHERE id IN ({marks})",  # noqa: S608
                tuple(row_ids),
            )
            recipients = {str(r["recipient"]) for r in rows} & self.leaving
        await super().outbox_sent_many(row_ids)
        for recipient in sorted(recipients):
            left = await self.db.read(
                "SELECT 1 FROM outbox WHERE recipient = ? AND status = 'pending' LIMIT 1",
                (recipient,),
            )
            if not left:
                await self.checkpoint()
                self.leaving.discard(recipient)

    async def purge_unconsented(self, now: datetime, after: timedelta) -> int:
        """Forget who wrote but never consented, quiet for ``after``; how many went."""
        async with self.transaction() as tx:
            return await tx.purge_unconsented(now, after)

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool = False
    ) -> RetentionResult:
        """Erase cases final for longer than ``after``; ``dry_run`` changes nothing."""
        async with self.transaction() as tx:
            return await tx.purge_retention(now, after, dry_run)

    async def privacy_counts(self) -> list[tuple[str, str, str, int]]:
        """(kind, channel, month, count) of erasures and purges, for the annual report."""
        async with self.transaction() as tx:
            rows = await tx._all(
                "SELECT kind, channel, month, count FROM privacy_counts"
                " ORDER BY month, kind, channel",
                (),
            )
        return [(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def _erased_id() -> str:
    return f"{ERASED_ACTOR}:{secrets.token_hex(4)}"
