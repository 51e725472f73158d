"""In memory: the coordinator's corrections to the registry, as
:mod:`store.sqlite.registry` does them (issue 11)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows.core.messages import Channel
from store.memory.requesters import TablesBase
from store.roster import REMOVED_NAME, DirectoryChange, DirectoryListing, StaffChange, StaffMember


def _staff(person: str, row: dict[str, Any]) -> StaffMember:
    return StaffMember(
        id=row["id"],
        person=person,
        name=row["name"],
        channel=row["channel"].value,
        regions=frozenset(row["regions"]),
        locale=row["locale"],
        coordinator=row["coordinator"],
        active=row["active"],
    )


def _entry(row: dict[str, Any]) -> DirectoryListing:
    channel = row["channel"]
    return DirectoryListing(
        id=row["id"],
        name=row["name"],
        contact=row["contact"],
        channel=None if channel is None else Channel(channel).value,
        strategies=frozenset(row["strategies"]),
        countries=frozenset(row["countries"]),
        regions=frozenset(row["regions"]),
        languages=frozenset(row["languages"]),
        self_funded=row["self_funded"],
        available=row["available"],
    )


class RegistryRows(TablesBase):
    def _staff_row(self, facilitator: int) -> tuple[str, dict[str, Any]] | None:
        return next(
            (
                (p, r)
                for p, r in self.t.facilitators.items()
                if r["id"] == facilitator and not r.get("removed_at")
            ),
            None,
        )

    async def facilitator_roster(self) -> list[StaffMember]:
        rows = [
            (p, r)
            for p, r in self.t.facilitators.items()
            if not r.get("removed_at") and not r.get("persona")
        ]
        return [_staff(p, r) for p, r in sorted(rows, key=lambda pr: pr[1]["id"])]

    async def edit_facilitator(self, facilitator: int, change: StaffChange) -> bool:
        found = self._staff_row(facilitator)
        if found is None:
            return False
        row = found[1]
        if change.name is not None:
            row["name"] = change.name
        if change.regions is not None:
            row["regions"] = frozenset(change.regions)
        if change.locale is not None:
            row["locale"] = change.locale
        if change.coordinator is not None:
            row["coordinator"] = change.coordinator
        return True

    async def set_facilitator_active(self, facilitator: int, active: bool) -> bool:
        found = self._staff_row(facilitator)
        if found is not None:
            found[1]["active"] = active
        return found is not None

    async def remove_facilitator(self, facilitator: int, now: datetime) -> bool:
        found = self._staff_row(facilitator)
        if found is None:
            return False
        person, row = found
        del self.t.facilitators[person]
        row.update(
            name=REMOVED_NAME,
            address="",
            active=False,
            coordinator=False,
            persona=False,
            removed_at=now.isoformat(),
        )
        self.t.facilitators[f"removed:{facilitator}"] = row
        self._forget_contact(person)
        return True

    def _forget_contact(self, person: str) -> None:
        if any(c["requester"] == person for c in self.t.cases.values()):
            return  # also a requester: their requests are theirs to /forget
        self.t.conversations.pop(person, None)
        self.t.people.pop(person, None)
        self.t.outbox = {
            i: r
            for i, r in self.t.outbox.items()
            if not (r["recipient"] == person and r["status"] == "pending")
        }

    async def mark_console_persona(self, person: str, persona: bool, now: datetime) -> None:
        row = self.t.facilitators.get(person)
        if row is not None:
            row["persona"] = persona

    def _live_collaborator(self, collaborator: int) -> dict[str, Any] | None:
        row = self.t.collaborators.get(collaborator)
        return None if row is None or row.get("removed_at") else row

    async def directory(self) -> list[DirectoryListing]:
        rows = sorted(self.t.collaborators.items())
        return [_entry(r) for _, r in rows if not r.get("removed_at")]

    async def edit_collaborator(self, collaborator: int, change: DirectoryChange) -> bool:
        row = self._live_collaborator(collaborator)
        if row is None:
            return False
        for field in ("name", "contact", "self_funded"):
            value = getattr(change, field)
            if value is not None:
                row[field] = value
        for field in ("strategies", "countries", "regions", "languages"):
            listed = getattr(change, field)
            if listed is not None:
                row[field] = list(listed)
        if change.messenger is not None:
            person, channel, address = change.messenger
            row.update(person=person, channel=Channel(channel), address=address)
        return True

    async def set_collaborator_available(self, collaborator: int, available: bool) -> bool:
        row = self._live_collaborator(collaborator)
        if row is not None:
            row["available"] = available
        return row is not None

    async def remove_collaborator(self, collaborator: int, now: datetime) -> bool:
        row = self._live_collaborator(collaborator)
        if row is None:
            return False
        if row["person"] is not None:
            self._forget_contact(row["person"])
        row.update(
            name=REMOVED_NAME,
            contact=None,
            notes=None,
            person=None,
            channel=None,
            address=None,
            available=False,
            removed_at=now.isoformat(),
        )
        return True

    async def add_region(self, region: str, name: str, countries: list[str]) -> bool:
        if region in self.t.regions:
            return False
        self.t.regions[region] = {
            "name": name,
            "countries": frozenset(countries),
            "queue_channel": None,
            "queue_address": None,
            "locale": "en",
        }
        return True

    async def unset_region_queue(self, region: str) -> bool:
        if region not in self.t.regions:
            return False
        self.t.regions[region].update(queue_channel=None, queue_address=None)
        return True
