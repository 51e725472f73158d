"""The audit trail (who did what to which case, never content) and counts of
content-free transport events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.core.messages import Channel
from store.records import TransportEventCount
from store.sqlite.base import StoreBase, TxBase, iso


class AuditRepo(TxBase):
    """Writing the audit trail, inside the caller's transaction."""

    async def audit(
        self, now: datetime, actor: str, action: str, case_ref: str | None = None, detail: str = ""
    ) -> None:
        await self.conn.execute(
            "INSERT INTO audit (at, actor, action, case_ref, detail) VALUES (?, ?, ?, ?, ?)",
            (iso(now), actor, action, case_ref, detail),
        )


class AuditQueries(StoreBase):
    """Reading the audit trail; counting transport events."""

    async def audit_entries(self) -> list[dict[str, Any]]:
        rows = await self.db.read(
            "SELECT at, actor, action, case_ref, detail FROM audit ORDER BY id"
        )
        return [dict(r) for r in rows]

    async def note_transport_event(self, channel: Channel, kind: str, now: datetime) -> None:
        """Count a content-free transport event (quarantined update, unreadable frame…)."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO transport_events (channel, kind, count, first_at, last_at)"
                " VALUES (?, ?, 1, ?, ?) ON CONFLICT(channel, kind) DO UPDATE SET"
                " count = count + 1, last_at = excluded.last_at",
                (channel.value, kind[:40], iso(now), iso(now)),
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
