"""Where and in which language to write to a recipient: a region's queue, a facilitator,
a requester or a collaborator, looked up in :data:`flows.core.rules.CONTACT_PRECEDENCE`."""

from __future__ import annotations

from flows.core import rules, tokens
from flows.core.messages import Channel
from store.crypto import aad
from store.records import Contact
from store.sqlite.base import TxBase


class ContactsRepo(TxBase):
    """Resolving recipients, inside the caller's transaction."""

    async def contact(self, recipient: str) -> Contact | None:
        """Resolve a pseudonym or ``queue:<region>``; the first kind that knows it wins."""
        lookups = {
            "queue": self._queue,
            "facilitator": self._facilitator_contact,
            "person": self._person,
            "collaborator": self._collaborator_contact,
        }
        for kind in rules.CONTACT_PRECEDENCE:
            found = await lookups[kind](recipient)
            if found is not None:
                return found
        return None

    async def _queue(self, recipient: str) -> Contact | None:
        region = tokens.queue_region(recipient)
        if region is None:
            return None
        row = await self._one(
            "SELECT queue_channel, queue_address, locale FROM regions WHERE id = ?", (region,)
        )
        if row is None or row["queue_channel"] is None:
            return None
        address = self.sealer.open_text(
            row["queue_address"], aad("regions", "queue_address", region)
        )
        return Contact(Channel(row["queue_channel"]), address, row["locale"])

    async def _facilitator_contact(self, recipient: str) -> Contact | None:
        row = await self._one(
            "SELECT channel, address, locale FROM facilitators WHERE pseudonym = ? AND active = 1",
            (recipient,),
        )
        if row is None:
            return None
        address = self.sealer.open_text(row["address"], aad("facilitators", "address", recipient))
        return Contact(Channel(row["channel"]), address, row["locale"])

    async def _person(self, recipient: str) -> Contact | None:
        row = await self._one(
            "SELECT channel, address, locale FROM people WHERE pseudonym = ?", (recipient,)
        )
        if row is None:
            return None
        address = self.sealer.open_text(row["address"], aad("people", "address", recipient))
        return Contact(Channel(row["channel"]), address, row["locale"] or rules.FALLBACK_LOCALE)

    async def _collaborator_contact(self, recipient: str) -> Contact | None:
        row = await self._one(
            "SELECT id, channel, address, languages FROM collaborators WHERE pseudonym = ?",
            (recipient,),
        )
        if row is None or row["address"] is None:
            return None
        address = self.sealer.open_text(row["address"], aad("collaborators", "address", row["id"]))
        locale = rules.collaborator_locale(str(row["languages"]).split())
        return Contact(Channel(row["channel"]), address, locale)
