"""Collaborators and their invitations to cases."""

from __future__ import annotations

import uuid
from datetime import datetime

import aiosqlite

from flows.core import rules
from flows.core.messages import Channel
from flows.workspace.matching import Collaborator
from store.crypto import aad
from store.sqlite.base import TxBase, words


class CollaboratorsRepo(TxBase):
    """Collaborators and invitations, inside the caller's transaction."""

    async def add_collaborator(
        self,
        name: str,
        contact: str | None,
        strategies: list[str],
        countries: list[str],
        regions: list[str],
        languages: list[str],
        self_funded: bool,
        now: datetime,
        messenger: tuple[str, Channel, str] | None = None,
    ) -> int:
        """``messenger`` is (pseudonym, channel, address) when the bot can reach them."""
        # Insert first: the sealed fields are bound to the row id, known only afterwards.
        placeholder = uuid.uuid4().bytes
        cursor = await self.conn.execute(
            "INSERT INTO collaborators (name, contact, pseudonym, channel, address, strategies,"
            " countries, regions, languages, self_funded, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                placeholder,
                None,
                messenger[0] if messenger else None,
                messenger[1].value if messenger else None,
                None,
                " ".join(strategies),
                " ".join(countries),
                " ".join(regions),
                " ".join(languages),
                int(self_funded),
                now.isoformat(),
            ),
        )
        row_id = int(cursor.lastrowid or 0)
        await self.conn.execute(
            "UPDATE collaborators SET name = ?, contact = ?, address = ? WHERE id = ?",
            (
                self.sealer.seal_text(name, aad("collaborators", "name", row_id)),
                None
                if contact is None
                else self.sealer.seal_text(contact, aad("collaborators", "contact", row_id)),
                None
                if messenger is None
                else self.sealer.seal_text(messenger[2], aad("collaborators", "address", row_id)),
                row_id,
            ),
        )
        return row_id

    def _collaborator(self, row: aiosqlite.Row) -> Collaborator:
        return Collaborator(
            id=int(row["id"]),
            name=self.sealer.open_text(row["name"], aad("collaborators", "name", row["id"])),
            strategies=words(row["strategies"]),
            countries=words(row["countries"]),
            regions=words(row["regions"]),
            languages=words(row["languages"]),
            available=bool(row["available"]),
            self_funded=bool(row["self_funded"]),
            reachable=row["pseudonym"] is not None,
        )

    async def collaborators(self) -> list[Collaborator]:
        rows = await self._all(
            "SELECT * FROM collaborators WHERE removed_at IS NULL ORDER BY id", ()
        )
        return [self._collaborator(r) for r in rows]

    async def collaborator_person(self, collaborator: int) -> str | None:
        row = await self._one("SELECT pseudonym FROM collaborators WHERE id = ?", (collaborator,))
        return None if row is None else row["pseudonym"]

    async def collaborator_by_person(self, person: str) -> Collaborator | None:
        row = await self._one("SELECT * FROM collaborators WHERE pseudonym = ?", (person,))
        return self._collaborator(row) if row else None

    async def add_invitation(self, ref: str, collaborator: int, now: datetime) -> int:
        await self.conn.execute(
            "INSERT OR IGNORE INTO invitations (case_ref, collaborator, created_at)"
            " VALUES (?, ?, ?)",
            (ref, collaborator, now.isoformat()),
        )
        row = await self._one(
            "SELECT id FROM invitations WHERE case_ref = ? AND collaborator = ?",
            (ref, collaborator),
        )
        assert row is not None
        return int(row["id"])

    async def invitation(self, invitation: int) -> tuple[str, int, str] | None:
        row = await self._one(
            "SELECT case_ref, collaborator, status FROM invitations WHERE id = ?", (invitation,)
        )
        return None if row is None else (row["case_ref"], int(row["collaborator"]), row["status"])

    async def answer_invitation(self, invitation: int, accepted: bool, now: datetime) -> None:
        await self.conn.execute(
            "UPDATE invitations SET status = ?, answered_at = ? WHERE id = ? AND status = ?",
            (rules.answered(accepted), now.isoformat(), invitation, rules.INVITED),
        )

    async def connections(self, ref: str) -> list[int]:
        rows = await self._all(
            "SELECT collaborator FROM invitations WHERE case_ref = ? AND status = 'accepted'",
            (ref,),
        )
        return [int(r["collaborator"]) for r in rows]
