"""Regions: their countries and the shared queue chat where their new cases are
announced."""

from __future__ import annotations

from flows.core.messages import Channel
from flows.core.regions import Region
from store.crypto import aad
from store.sqlite.base import TxBase, words


class RegionsRepo(TxBase):
    """Regions, inside the caller's transaction."""

    async def regions(self) -> list[Region]:
        rows = await self._all("SELECT id, name, countries FROM regions ORDER BY id", ())
        return [Region(r["id"], r["name"], words(r["countries"])) for r in rows]

    async def set_region_queue(self, region: str, channel: Channel, address: str) -> bool:
        sealed = self.sealer.seal_text(address, aad("regions", "queue_address", region))
        cursor = await self.conn.execute(
            "UPDATE regions SET queue_channel = ?, queue_address = ? WHERE id = ?",
            (channel.value, sealed, region),
        )
        return cursor.rowcount == 1

    async def set_region_countries(self, region: str, countries: list[str]) -> bool:
        """Replace the countries routed to ``region``; False if there is no such region."""
        cursor = await self.conn.execute(
            "UPDATE regions SET countries = ? WHERE id = ?", (" ".join(countries), region)
        )
        return cursor.rowcount == 1

    async def region_queues(self) -> list[tuple[str, str, str | None]]:
        rows = await self._all("SELECT id, name, queue_channel FROM regions ORDER BY id", ())
        return [(r["id"], r["name"], r["queue_channel"]) for r in rows]
