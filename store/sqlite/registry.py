"""The coordinator's corrections to the registry (issue 11): edit, deactivate and
remove facilitators and collaborators, add regions and unset their queues, and
mark the console simulator's personas so they stay out of the real registry.

Removing overwrites the sealed name, contact and address and cuts the link to the
messenger account (the pseudonym), but keeps the row: cases, notes and
invitations point to it by id (foreign keys are on).
"""

from __future__ import annotations

from datetime import datetime

import aiosqlite

from store.crypto import aad
from store.roster import REMOVED_NAME, DirectoryChange, DirectoryListing, StaffChange, StaffMember
from store.sqlite.base import TxBase, iso, words


class RegistryRepo(TxBase):
    """Registry corrections, inside the caller's transaction."""

    # ----- facilitators ---------------------------------------------------------------

    async def facilitator_roster(self) -> list[StaffMember]:
        rows = await self._all(
            "SELECT * FROM facilitators WHERE removed_at IS NULL AND pseudonym NOT IN"
            " (SELECT pseudonym FROM console_personas) ORDER BY id",
            (),
        )
        return [self._staff(r) for r in rows]

    def _staff(self, row: aiosqlite.Row) -> StaffMember:
        return StaffMember(
            id=int(row["id"]),
            person=row["pseudonym"],
            name=self.sealer.open_text(row["name"], aad("facilitators", "name", row["pseudonym"])),
            channel=row["channel"],
            regions=words(row["regions"]),
            locale=row["locale"],
            coordinator=bool(row["coordinator"]),
            active=bool(row["active"]),
        )

    async def _live_facilitator(self, facilitator: int) -> aiosqlite.Row | None:
        return await self._one(
            "SELECT * FROM facilitators WHERE id = ? AND removed_at IS NULL", (facilitator,)
        )

    async def edit_facilitator(self, facilitator: int, change: StaffChange) -> bool:
        row = await self._live_facilitator(facilitator)
        if row is None:
            return False
        person = row["pseudonym"]
        name = (
            row["name"]
            if change.name is None
            else self.sealer.seal_text(change.name, aad("facilitators", "name", person))
        )
        await self.conn.execute(
            "UPDATE facilitators SET name = ?, regions = ?, locale = ?, coordinator = ?"
            " WHERE id = ?",
            (
                name,
                row["regions"] if change.regions is None else " ".join(change.regions),
                change.locale or row["locale"],
                row["coordinator"] if change.coordinator is None else int(change.coordinator),
                facilitator,
            ),
        )
        return True

    async def set_facilitator_active(self, facilitator: int, active: bool) -> bool:
        cursor = await self.conn.execute(
            "UPDATE facilitators SET active = ? WHERE id = ? AND removed_at IS NULL",
            (int(active), facilitator),
        )
        return cursor.rowcount == 1

    async def remove_facilitator(self, facilitator: int, now: datetime) -> bool:
        row = await self._live_facilitator(facilitator)
        if row is None:
            return False
        cut = f"removed:{facilitator}"  # no longer the pseudonym of any messenger account
        await self.conn.execute(
            "UPDATE facilitators SET pseudonym = ?, name = ?, address = ?, active = 0,"
            " coordinator = 0, removed_at = ? WHERE id = ?",
            (
                cut,
                self.sealer.seal_text(REMOVED_NAME, aad("facilitators", "name", cut)),
                self.sealer.seal_text("", aad("facilitators", "address", cut)),
                iso(now),
                facilitator,
            ),
        )
        person = row["pseudonym"]
        await self.conn.execute("DELETE FROM console_personas WHERE pseudonym = ?", (person,))
        await self._forget_contact(person)
        return True

    async def _forget_contact(self, person: str) -> None:
        """Where the bot wrote back to them, their desk state and replies not yet sent.
        Kept if they also made requests themselves: those are theirs to /forget."""
        if await self._one("SELECT 1 FROM cases WHERE requester = ?", (person,)):
            return
        await self.conn.execute("DELETE FROM conversations WHERE pseudonym = ?", (person,))
        await self.conn.execute("DELETE FROM people WHERE pseudonym = ?", (person,))
        await self.conn.execute(
            "DELETE FROM outbox WHERE recipient = ? AND status = 'pending'", (person,)
        )

    async def mark_console_persona(self, person: str, persona: bool, now: datetime) -> None:
        if persona:
            await self.conn.execute(
                "INSERT OR IGNORE INTO console_personas (pseudonym, created_at) VALUES (?, ?)",
                (person, iso(now)),
            )
        else:
            await self.conn.execute("DELETE FROM console_personas WHERE pseudonym = ?", (person,))

    # ----- collaborators --------------------------------------------------------------

    async def directory(self) -> list[DirectoryListing]:
        rows = await self._all(
            "SELECT * FROM collaborators WHERE removed_at IS NULL ORDER BY id", ()
        )
        return [self._entry(r) for r in rows]

    def _entry(self, row: aiosqlite.Row) -> DirectoryListing:
        row_id = int(row["id"])
        contact = row["contact"]
        return DirectoryListing(
            id=row_id,
            name=self.sealer.open_text(row["name"], aad("collaborators", "name", row_id)),
            contact=None
            if contact is None
            else self.sealer.open_text(contact, aad("collaborators", "contact", row_id)),
            channel=row["channel"],
            strategies=words(row["strategies"]),
            countries=words(row["countries"]),
            regions=words(row["regions"]),
            languages=words(row["languages"]),
            self_funded=bool(row["self_funded"]),
            available=bool(row["available"]),
        )

    async def edit_collaborator(self, collaborator: int, change: DirectoryChange) -> bool:
        row = await self._one(
            "SELECT * FROM collaborators WHERE id = ? AND removed_at IS NULL", (collaborator,)
        )
        if row is None:
            return False

        def sealed(value: str | None, column: str) -> object:
            if value is None:
                return row[column]
            return self.sealer.seal_text(value, aad("collaborators", column, collaborator))

        def listed(value: tuple[str, ...] | None, column: str) -> object:
            return row[column] if value is None else " ".join(value)

        messenger = change.messenger
        await self.conn.execute(
            "UPDATE collaborators SET name = ?, contact = ?, strategies = ?, countries = ?,"
            " regions = ?, languages = ?, self_funded = ?, pseudonym = ?, channel = ?,"
            " address = ? WHERE id = ?",
            (
                sealed(change.name, "name"),
                sealed(change.contact, "contact"),
                listed(change.strategies, "strategies"),
                listed(change.countries, "countries"),
                listed(change.regions, "regions"),
                listed(change.languages, "languages"),
                row["self_funded"] if change.self_funded is None else int(change.self_funded),
                row["pseudonym"] if messenger is None else messenger[0],
                row["channel"] if messenger is None else messenger[1],
                row["address"] if messenger is None else sealed(messenger[2], "address"),
                collaborator,
            ),
        )
        return True

    async def set_collaborator_available(self, collaborator: int, available: bool) -> bool:
        cursor = await self.conn.execute(
            "UPDATE collaborators SET available = ? WHERE id = ? AND removed_at IS NULL",
            (int(available), collaborator),
        )
        return cursor.rowcount == 1

    async def remove_collaborator(self, collaborator: int, now: datetime) -> bool:
        row = await self._one(
            "SELECT pseudonym FROM collaborators WHERE id = ? AND removed_at IS NULL",
            (collaborator,),
        )
        if row is not None and row["pseudonym"] is not None:
            await self._forget_contact(row["pseudonym"])
        cursor = await self.conn.execute(
            "UPDATE collaborators SET name = ?, contact = NULL, notes = NULL, pseudonym = NULL,"
            " channel = NULL, address = NULL, available = 0, removed_at = ?"
            " WHERE id = ? AND removed_at IS NULL",
            (
                self.sealer.seal_text(REMOVED_NAME, aad("collaborators", "name", collaborator)),
                iso(now),
                collaborator,
            ),
        )
        return cursor.rowcount == 1

    # ----- regions --------------------------------------------------------------------

    async def add_region(self, region: str, name: str, countries: list[str]) -> bool:
        cursor = await self.conn.execute(
            "INSERT OR IGNORE INTO regions (id, name, countries) VALUES (?, ?, ?)",
            (region, name, " ".join(countries)),
        )
        return cursor.rowcount == 1

    async def unset_region_queue(self, region: str) -> bool:
        cursor = await self.conn.execute(
            "UPDATE regions SET queue_channel = NULL, queue_address = NULL WHERE id = ?",
            (region,),
        )
        return cursor.rowcount == 1
