"""People and their conversations: where to write back, in which language, and the
sealed conversation state."""

from __future__ import annotations

from datetime import datetime

from flows.core.messages import Channel
from flows.core.state import Conversation
from store.crypto import aad
from store.sqlite.base import TxBase, iso


class PeopleRepo(TxBase):
    """People and conversations, inside the caller's transaction."""

    async def remember_person(
        self, person: str, channel: Channel, address: str, now: datetime
    ) -> None:
        sealed = self.sealer.seal_text(address, aad("people", "address", person))
        await self.conn.execute(
            "INSERT INTO people (pseudonym, channel, address, created_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(pseudonym) DO UPDATE SET"
            " address = excluded.address, seen_at = excluded.seen_at",
            (person, channel.value, sealed, iso(now), iso(now)),
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
            (person, sealed, iso(now)),
        )

    async def set_person_locale(self, person: str, locale: str | None) -> None:
        await self.conn.execute(
            "UPDATE people SET locale = ? WHERE pseudonym = ?", (locale, person)
        )
