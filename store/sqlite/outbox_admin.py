"""The coordinator's view of the outbox (issue 15): what waits, for which channel, since
when; sending a waiting reply now, or discarding it. Never its content or address."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import datetime

from store.admin_records import OutboxEntry
from store.sqlite.base import StoreBase, iso


class OutboxAdminQueries(StoreBase):
    async def outbox_view(self, include_failed: bool = False) -> list[OutboxEntry]:
        statuses = ("pending", "failed") if include_failed else ("pending",)
        rows = await self.db.read(
            "SELECT id, channel, recipient, status, attempts, created_at, next_attempt_at, error"
            " FROM outbox WHERE status IN (SELECT value FROM json_each(?)) ORDER BY id",
            (json.dumps(statuses),),
        )
        return [
            OutboxEntry(
                int(r["id"]),
                str(r["channel"]),
                str(r["recipient"])[:8],
                str(r["status"]),
                int(r["attempts"]),
                str(r["created_at"]),
                str(r["next_attempt_at"]),
                r["error"],
            )
            for r in rows
        ]

    async def outbox_retry_now(self, ids: Collection[int], now: datetime) -> list[int]:
        """Make waiting replies due now (a running sender picks them up); the ids changed."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE status = 'pending'"
                " AND id IN (SELECT value FROM json_each(?)) RETURNING id",
                (iso(now), json.dumps(sorted(ids))),
            )
            changed = sorted(int(r[0]) for r in await cursor.fetchall())
            await cursor.close()
        return changed

    async def outbox_discard(self, ids: Collection[int]) -> list[int]:
        """Delete waiting or failed replies for good; the ids removed."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?)) RETURNING id",
                (json.dumps(sorted(ids)),),
            )
            removed = sorted(int(r[0]) for r in await cursor.fetchall())
            await cursor.close()
        return removed
