"""Store queries for the facilitator workspace: regions, facilitators, collaborators,
case updates, notes, invitations, agreements and due jobs.

A mixin of :class:`store.sqlite_store.SqliteTransaction`: everything here runs
inside the caller's transaction. Names, addresses, notes and agreements are
sealed like every other personal field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import aiosqlite

from flows.core import tokens
from flows.core.messages import Channel
from flows.core.regions import COORDINATOR, Region
from flows.workspace.desk import CaseView, Facilitator
from flows.workspace.matching import Collaborator
from store.crypto import Sealer, aad

CASE_FIELDS = frozenset({"status", "level", "urgent", "assignee", "region"})


@dataclass(frozen=True, slots=True)
class Contact:
    """Where and in which language to write to a recipient."""

    channel: Channel
    address: str
    locale: str


def _split(text: str | None) -> frozenset[str]:
    return frozenset(x for x in (text or "").replace(",", " ").split() if x)


class WorkspaceQueries:
    conn: aiosqlite.Connection
    sealer: Sealer

    async def _one(self, sql: str, params: tuple[object, ...]) -> aiosqlite.Row | None:
        raise NotImplementedError

    async def _all(self, sql: str, params: tuple[object, ...]) -> list[aiosqlite.Row]:
        raise NotImplementedError

    # ----- regions ---------------------------------------------------------------

    async def regions(self) -> list[Region]:
        rows = await self._all("SELECT id, name, countries FROM regions ORDER BY id", ())
        return [Region(r["id"], r["name"], _split(r["countries"])) for r in rows]

    async def set_region_queue(self, region: str, channel: Channel, address: str) -> bool:
        sealed = self.sealer.seal_text(address, aad("regions", "queue_address", region))
        cursor = await self.conn.execute(
            "UPDATE regions SET queue_channel = ?, queue_address = ? WHERE id = ?",
            (channel.value, sealed, region),
        )
        return cursor.rowcount == 1

    async def region_queues(self) -> list[tuple[str, str, str | None]]:
        rows = await self._all("SELECT id, name, queue_channel FROM regions ORDER BY id", ())
        return [(r["id"], r["name"], r["queue_channel"]) for r in rows]

    # ----- facilitators -------------------------------------------------------------

    def _facilitator(self, row: aiosqlite.Row) -> Facilitator:
        name = self.sealer.open_text(row["name"], aad("facilitators", "name", row["pseudonym"]))
        return Facilitator(
            int(row["id"]),
            row["pseudonym"],
            name,
            _split(row["regions"]),
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
        everyone = await self.facilitators()
        if region == COORDINATOR:
            return [f for f in everyone if f.coordinator]
        return [f for f in everyone if region in f.regions]

    # ----- cases ---------------------------------------------------------------------

    def _case_view(self, row: aiosqlite.Row, answers: bool) -> CaseView:
        details: dict[str, Any] | None = None
        if answers and row["details"] is not None:
            opened = self.sealer.open_json(row["details"], aad("cases", "details", row["ref"]))
            details = dict(opened.get("answers") or {}) if isinstance(opened, dict) else None
        return CaseView(
            ref=row["ref"],
            status=row["status"],
            level=int(row["level"]),
            urgent=bool(row["urgent"]),
            country=row["country"],
            region=row["region"],
            locale=row["locale"],
            requester=row["requester"],
            assignee=None if row["assignee"] is None else int(row["assignee"]),
            strategies=tuple(s for s in str(row["strategies"]).split(",") if s),
            created_at=row["created_at"],
            answers=details,
        )

    async def case_view(self, ref: str, answers: bool = False) -> CaseView | None:
        row = await self._one("SELECT * FROM cases WHERE ref = ?", (ref,))
        if row is None:
            return None
        view = self._case_view(row, answers)
        if answers:
            files = await self._all(
                "SELECT id FROM files WHERE case_ref = ? ORDER BY created_at", (ref,)
            )
            view = replace(view, files=tuple(f["id"] for f in files))
        return view

    async def open_cases(self) -> list[CaseView]:
        rows = await self._all(
            "SELECT * FROM cases WHERE status NOT IN ('closed', 'declined', 'referred')"
            " ORDER BY id",
            (),
        )
        return [self._case_view(r, answers=False) for r in rows]

    async def update_case(self, ref: str, field: str, value: object, now: datetime) -> None:
        if field not in CASE_FIELDS:
            raise ValueError(f"not a case field: {field}")
        stored = int(value) if isinstance(value, bool) else value
        await self.conn.execute(
            f"UPDATE cases SET {field} = ?, updated_at = ? WHERE ref = ?",  # noqa: S608
            (stored, now.isoformat(), ref),
        )

    # ----- notes --------------------------------------------------------------------------

    async def add_note(self, ref: str, author: int, text: str, now: datetime) -> None:
        uid = uuid.uuid4().hex
        await self.conn.execute(
            "INSERT INTO notes (uid, case_ref, author, body, created_at) VALUES (?, ?, ?, ?, ?)",
            (
                uid,
                ref,
                author,
                self.sealer.seal_text(text, aad("notes", "body", uid)),
                now.isoformat(),
            ),
        )

    async def notes(self, ref: str) -> list[str]:
        rows = await self._all("SELECT uid, body FROM notes WHERE case_ref = ? ORDER BY id", (ref,))
        return [self.sealer.open_text(r["body"], aad("notes", "body", r["uid"])) for r in rows]

    # ----- collaborators ---------------------------------------------------------------------

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
            strategies=_split(row["strategies"]),
            countries=_split(row["countries"]),
            regions=_split(row["regions"]),
            languages=_split(row["languages"]),
            available=bool(row["available"]),
            self_funded=bool(row["self_funded"]),
            reachable=row["pseudonym"] is not None,
        )

    async def collaborators(self) -> list[Collaborator]:
        rows = await self._all("SELECT * FROM collaborators ORDER BY id", ())
        return [self._collaborator(r) for r in rows]

    async def collaborator_person(self, collaborator: int) -> str | None:
        row = await self._one("SELECT pseudonym FROM collaborators WHERE id = ?", (collaborator,))
        return None if row is None else row["pseudonym"]

    async def collaborator_by_person(self, person: str) -> Collaborator | None:
        row = await self._one("SELECT * FROM collaborators WHERE pseudonym = ?", (person,))
        return self._collaborator(row) if row else None

    # ----- invitations and agreements ---------------------------------------------------------

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
            "UPDATE invitations SET status = ?, answered_at = ?"
            " WHERE id = ? AND status = 'invited'",
            ("accepted" if accepted else "declined", now.isoformat(), invitation),
        )

    async def connections(self, ref: str) -> list[int]:
        rows = await self._all(
            "SELECT collaborator FROM invitations WHERE case_ref = ? AND status = 'accepted'",
            (ref,),
        )
        return [int(r["collaborator"]) for r in rows]

    async def save_agreement(
        self, ref: str, fields: dict[str, str], recorded_by: int, now: datetime
    ) -> None:
        await self.conn.execute(
            "INSERT INTO agreements (case_ref, body, recorded_by, recorded_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(case_ref) DO UPDATE SET body = excluded.body,"
            " recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
            (
                ref,
                self.sealer.seal_json(fields, aad("agreements", "body", ref)),
                recorded_by,
                now.isoformat(),
            ),
        )

    async def agreement(self, ref: str) -> dict[str, str] | None:
        row = await self._one("SELECT body FROM agreements WHERE case_ref = ?", (ref,))
        if row is None:
            return None
        opened = self.sealer.open_json(row["body"], aad("agreements", "body", ref))
        return {str(k): str(v) for k, v in opened.items()} if isinstance(opened, dict) else None

    # ----- contacts -----------------------------------------------------------------------------

    async def contact(self, recipient: str) -> Contact | None:
        """Resolve a pseudonym (person, facilitator, collaborator) or ``queue:<region>``."""
        region = tokens.queue_region(recipient)
        if region is not None:
            row = await self._one(
                "SELECT queue_channel, queue_address, locale FROM regions WHERE id = ?", (region,)
            )
            if row is None or row["queue_channel"] is None:
                return None
            address = self.sealer.open_text(
                row["queue_address"], aad("regions", "queue_address", region)
            )
            return Contact(Channel(row["queue_channel"]), address, row["locale"])
        row = await self._one(
            "SELECT channel, address, locale FROM facilitators WHERE pseudonym = ? AND active = 1",
            (recipient,),
        )
        if row is not None:
            address = self.sealer.open_text(
                row["address"], aad("facilitators", "address", recipient)
            )
            return Contact(Channel(row["channel"]), address, row["locale"])
        row = await self._one(
            "SELECT channel, address, locale FROM people WHERE pseudonym = ?", (recipient,)
        )
        if row is not None:
            address = self.sealer.open_text(row["address"], aad("people", "address", recipient))
            return Contact(Channel(row["channel"]), address, row["locale"] or "en")
        row = await self._one(
            "SELECT id, channel, address, languages FROM collaborators WHERE pseudonym = ?",
            (recipient,),
        )
        if row is not None and row["address"] is not None:
            address = self.sealer.open_text(
                row["address"], aad("collaborators", "address", row["id"])
            )
            locale = (str(row["languages"]).split() or ["en"])[0]
            return Contact(Channel(row["channel"]), address, locale)
        return None

    async def set_person_locale(self, person: str, locale: str | None) -> None:
        await self.conn.execute(
            "UPDATE people SET locale = ? WHERE pseudonym = ?", (locale, person)
        )

    # ----- due jobs ---------------------------------------------------------------------------

    async def schedule(self, kind: str, ref: str, due_at: datetime) -> None:
        await self.conn.execute(
            "INSERT OR IGNORE INTO due_jobs (kind, case_ref, due_at) VALUES (?, ?, ?)",
            (kind, ref, due_at.isoformat()),
        )

    async def finish_job(self, job: int, now: datetime) -> bool:
        """Mark a job done; False if it already was (the caller then does nothing)."""
        cursor = await self.conn.execute(
            "UPDATE due_jobs SET done_at = ? WHERE id = ? AND done_at IS NULL",
            (now.isoformat(), job),
        )
        return cursor.rowcount == 1
