"""The inbox: an inbound message is committed before it is acknowledged, taken once,
and its dedupe key remembered so a redelivery is not handled twice."""

from __future__ import annotations

from datetime import datetime

from flows.core.messages import Channel, Inbound
from store.codec import inbound_from_json, inbound_to_json
from store.crypto import aad
from store.sqlite.base import StoreBase, TxBase, iso


class InboxRepo(TxBase):
    """Adding and taking inbox rows, inside the caller's transaction."""

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
                iso(now),
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
            (row["channel"], row["dedupe"], iso(now)),
        )
        assert isinstance(data, dict)
        return inbound_from_json(data["inbound"]), str(data["address"])


class InboxQueries(StoreBase):
    """The runtime's inbox bookkeeping, each call its own transaction."""

    async def inbox_pending(self) -> list[tuple[int, str]]:
        rows = await self.db.read("SELECT id, pseudonym FROM inbox ORDER BY id")
        return [(int(r["id"]), str(r["pseudonym"])) for r in rows]

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
                (iso(now), row_id),
            )
            await conn.execute("DELETE FROM inbox WHERE id = ?", (row_id,))

    async def forget_seen(self, before: datetime) -> None:
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM inbox_seen WHERE seen_at < ?", (iso(before),))
