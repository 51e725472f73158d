"""The outbox: replies committed with the state that produced them, sent after, fair
across recipients, in order per recipient, retried or failed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from datetime import datetime

import aiosqlite

from flows.core.messages import Channel, Outbound
from store.crypto import aad
from store.records import OutboxRow, UnreadableOutboxRow
from store.sqlite.base import StoreBase, TxBase, iso

_NO_CAP = 2**62
_PAGE = 256
"""Pending rows read at a time to find whose turn it is."""


class OutboxRepo(TxBase):
    """Queueing and failing replies, inside the caller's transaction."""

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
                iso(now),
                iso(now),
            ),
        )

    async def outbox_failed(self, row_id: int, error: str) -> None:
        """A permanent failure (blocked, chat gone): kept as a record (without the message
        or address), never retried."""
        await self.conn.execute(
            "UPDATE outbox SET status = 'failed', attempts = attempts + 1, error = ?,"
            " payload = X'', address = X'' WHERE id = ?",
            (error[:200], row_id),
        )


class OutboxQueries(StoreBase):
    """What the senders read and record, each call its own transaction."""

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
        want = min(people if people is not None else limit, limit)
        if want <= 0 or (per_person is not None and per_person <= 0):
            return []
        turns = await self._turns(channel, now, exclude, want)
        if not turns:
            return []
        rows = await self.db.read(
            "SELECT * FROM (SELECT o.*,"
            "  ROW_NUMBER() OVER (PARTITION BY recipient ORDER BY id) AS turn_rank"
            "  FROM outbox o WHERE status = 'pending' AND channel = ?"
            "   AND recipient IN (SELECT value FROM json_each(?)))"
            " WHERE turn_rank <= ? ORDER BY turn_rank, id LIMIT ?",
            (
                channel.value,
                json.dumps(turns),
                per_person if per_person is not None else _NO_CAP,
                limit,
            ),
        )
        return [self._outbox_row(r) for r in rows]

    async def _turns(
        self, channel: Channel, now: datetime, exclude: Collection[str], want: int
    ) -> list[str]:
        """The first ``want`` recipients in the order of their oldest pending row, without
        ``exclude`` and those with a row waiting for a retry.

        Pending rows are read a page at a time in id order (the primary key, not the
        recipient index, which would sort every pending row first), each with whether
        its recipient has a row waiting for a retry (an index seek): with a wave of
        20,000 rows queued, a call reads one page instead of all of them, and it holds
        the store's one connection for a fraction of a millisecond.
        """
        turns: list[str] = []
        seen = set(exclude)
        after = 0
        while len(turns) < want:
            page = await self.db.read(
                "SELECT id, recipient, EXISTS (SELECT 1 FROM outbox w"
                "  WHERE w.status = 'pending' AND w.channel = o.channel"
                "   AND w.recipient = o.recipient AND w.next_attempt_at > ?) AS held"
                " FROM outbox o NOT INDEXED"
                " WHERE status = 'pending' AND channel = ? AND id > ? ORDER BY id LIMIT ?",
                (iso(now), channel.value, after, _PAGE),
            )
            if not page:
                break
            after = int(page[-1]["id"])
            for row in page:
                recipient = str(row["recipient"])
                if recipient not in seen:
                    seen.add(recipient)
                    if not row["held"]:
                        turns.append(recipient)
        return turns[:want]

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

    async def outbox_sent_many(self, row_ids: list[int]) -> None:
        if not row_ids:
            return
        marks = ", ".join("?" * len(row_ids))
        async with self.db.transaction(direct=True) as conn:
            await conn.execute(f"DELETE FROM outbox WHERE id IN ({marks})", tuple(row_ids))  # noqa: S608

    async def outbox_retry(self, row_id: int, when: datetime, error: str) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, error = ?"
                " WHERE id = ?",
                (iso(when), error[:200], row_id),
            )

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
