"""Facilitators and coordinators: registered by ``cre-admin``, sealed name and address."""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from flows.core import rules
from flows.core.messages import Channel
from flows.workspace.desk import Facilitator
from store.crypto import aad
from store.sqlite.base import TxBase, words


class FacilitatorsRepo(TxBase):
    """Facilitators, inside the caller's transaction."""

    def _facilitator(self, row: aiosqlite.Row) -> Facilitator:
        name = self.sealer.open_text(row["name"], aad("facilitators", "name", row["pseudonym"]))
        return Facilitator(
            int(row["id"]),
            row["pseudonym"],
            name,
            words(row["regions"]),
            row["locale"],
            bool(row["coordinator"]),
        )

    async def add_facilitator(
        self,
        person: str,
        channel: Channel,
        address: str,
        name: str,
        regions: list[str],
        locale: str,
        coordinator: bool,
        now: datetime,
    ) -> int:
        await self.conn.execute(
            "INSERT INTO facilitators (pseudonym, channel, address, name, regions, locale,"
            " coordinator, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(pseudonym) DO UPDATE SET address = excluded.address,"
            " name = excluded.name, regions = excluded.regions, locale = excluded.locale,"
            " coordinator = excluded.coordinator, active = 1",
            (
                person,
                channel.value,
                self.sealer.seal_text(address, aad("facilitators", "address", person)),
                self.sealer.seal_text(name, aad("facilitators", "name", person)),
                " ".join(regions),
                locale,
                int(coordinator),
                now.isoformat(),
            ),
        )
        row = await self._one("SELECT id FROM facilitators WHERE pseudonym = ?", (person,))
        assert row is not None
        return int(row["id"])

    async def facilitator_by_person(self, person: str) -> Facilitator | None:
        row = await self._one(
            "SELECT * FROM facilitators WHERE pseudonym = ? AND active = 1", (person,)
        )
        return self._facilitator(row) if row else None

    async def facilitators(self) -> list[Facilitator]:
        rows = await self._all("SELECT * FROM facilitators WHERE active = 1 ORDER BY id", ())
        return [self._facilitator(r) for r in rows]

    async def facilitators_for(self, region: str) -> list[Facilitator]:
        """Who covers ``region``: its facilitators; the coordinators for the coordinator queue."""
        return rules.facilitators_for(await self.facilitators(), region)
