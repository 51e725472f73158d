"""In memory: regions, facilitators, case views and updates, notes, collaborators,
invitations, agreements, contacts and due jobs, inside one transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from flows.core import rules, tokens
from flows.core.messages import Channel
from flows.core.regions import Region
from flows.workspace.desk import CaseView, Facilitator
from flows.workspace.matching import Collaborator
from store.memory.requesters import TablesBase
from store.records import Contact


def _facilitator(person: str, row: dict[str, Any]) -> Facilitator:
    return Facilitator(
        row["id"], person, row["name"], row["regions"], row["locale"], row["coordinator"]
    )


def _collaborator(row: dict[str, Any]) -> Collaborator:
    return Collaborator(
        id=row["id"],
        name=row["name"],
        strategies=frozenset(row["strategies"]),
        countries=frozenset(row["countries"]),
        regions=frozenset(row["regions"]),
        languages=frozenset(row["languages"]),
        available=row["available"],
        self_funded=row["self_funded"],
        reachable=row["person"] is not None,
    )


class WorkspaceRows(TablesBase):
    async def regions(self) -> list[Region]:
        return [
            Region(i, r["name"], frozenset(r["countries"]))
            for i, r in sorted(self.t.regions.items())
        ]

    async def set_region_queue(self, region: str, channel: Channel, address: str) -> bool:
        if region not in self.t.regions:
            return False
        self.t.regions[region].update(queue_channel=channel.value, queue_address=address)
        return True

    async def set_region_countries(self, region: str, countries: list[str]) -> bool:
        if region not in self.t.regions:
            return False
        self.t.regions[region]["countries"] = frozenset(countries)
        return True

    async def region_queues(self) -> list[tuple[str, str, str | None]]:
        return [(i, r["name"], r["queue_channel"]) for i, r in sorted(self.t.regions.items())]

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
        row = self.t.facilitators.get(person)
        if row is None:
            row = {"id": self.t.next_id("facilitators"), "channel": channel}
            self.t.facilitators[person] = row
        row.update(
            address=address,
            name=name,
            regions=frozenset(regions),
            locale=locale,
            coordinator=coordinator,
            active=True,
        )
        return int(row["id"])

    async def facilitator_by_person(self, person: str) -> Facilitator | None:
        row = self.t.facilitators.get(person)
        return _facilitator(person, row) if row and row["active"] else None

    async def facilitators(self) -> list[Facilitator]:
        active = [(p, r) for p, r in self.t.facilitators.items() if r["active"]]
        return [_facilitator(p, r) for p, r in sorted(active, key=lambda pr: pr[1]["id"])]

    async def facilitators_for(self, region: str) -> list[Facilitator]:
        return rules.facilitators_for(await self.facilitators(), region)

    def _view(self, row: dict[str, Any], answers: bool) -> CaseView:
        details = row["details"]
        return CaseView(
            ref=row["ref"],
            status=row["status"],
            level=row["level"],
            urgent=bool(row["urgent"]),
            country=row["country"],
            region=row["region"],
            locale=row["locale"],
            requester=row["requester"],
            assignee=row["assignee"],
            strategies=tuple(row["strategies"]),
            created_at=row["created_at"],
            answers=dict(details.get("answers") or {}) if answers and details else None,
        )

    async def case_view(self, ref: str, answers: bool = False) -> CaseView | None:
        row = self.t.cases.get(ref)
        if row is None:
            return None
        view = self._view(row, answers)
        if answers:
            files = sorted(
                (f["created_at"], i) for i, f in self.t.files.items() if f["case_ref"] == ref
            )
            view = replace(view, files=tuple(i for _, i in files))
        return view

    async def open_cases(self) -> list[CaseView]:
        return [
            self._view(c, answers=False)
            for c in self.t.cases.values()
            if not rules.is_final(c["status"])
        ]

    async def update_case(self, ref: str, field: str, value: object, now: datetime) -> None:
        if field not in rules.CASE_FIELDS:
            raise ValueError(f"not a case field: {field}")
        if ref in self.t.cases:
            self.t.cases[ref].update({field: value, "updated_at": now.isoformat()})

    async def add_note(self, ref: str, author: int, text: str, now: datetime) -> None:
        self.t.notes.append(
            {"case_ref": ref, "author": author, "body": text, "created_at": now.isoformat()}
        )

    async def notes(self, ref: str) -> list[str]:
        return [n["body"] for n in self.t.notes if n["case_ref"] == ref]

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
        row_id = self.t.next_id("collaborators")
        self.t.collaborators[row_id] = {
            "id": row_id,
            "name": name,
            "contact": contact,
            "person": messenger[0] if messenger else None,
            "channel": messenger[1] if messenger else None,
            "address": messenger[2] if messenger else None,
            "strategies": list(strategies),
            "countries": list(countries),
            "regions": list(regions),
            "languages": list(languages),
            "available": True,
            "self_funded": self_funded,
        }
        return row_id

    async def collaborators(self) -> list[Collaborator]:
        return [
            _collaborator(r)
            for _, r in sorted(self.t.collaborators.items())
            if not r.get("removed_at")
        ]

    async def collaborator_person(self, collaborator: int) -> str | None:
        row = self.t.collaborators.get(collaborator)
        return None if row is None else row["person"]

    def _collaborator_row(self, person: str) -> dict[str, Any] | None:
        return next((r for r in self.t.collaborators.values() if r["person"] == person), None)

    async def collaborator_by_person(self, person: str) -> Collaborator | None:
        row = self._collaborator_row(person)
        return None if row is None else _collaborator(row)

    async def add_invitation(self, ref: str, collaborator: int, now: datetime) -> int:
        for i, row in self.t.invitations.items():
            if (row["case_ref"], row["collaborator"]) == (ref, collaborator):
                return i
        row_id = self.t.next_id("invitations")
        self.t.invitations[row_id] = {
            "case_ref": ref,
            "collaborator": collaborator,
            "status": rules.INVITED,
            "answered_at": None,
            "created_at": now.isoformat(),
        }
        return row_id

    async def invitation(self, invitation: int) -> tuple[str, int, str] | None:
        row = self.t.invitations.get(invitation)
        return None if row is None else (row["case_ref"], row["collaborator"], row["status"])

    async def answer_invitation(self, invitation: int, accepted: bool, now: datetime) -> None:
        row = self.t.invitations.get(invitation)
        if row is not None and row["status"] == rules.INVITED:
            row.update(status=rules.answered(accepted), answered_at=now.isoformat())

    async def connections(self, ref: str) -> list[int]:
        return [
            r["collaborator"]
            for r in self.t.invitations.values()
            if r["case_ref"] == ref and r["status"] == "accepted"
        ]

    async def save_agreement(
        self, ref: str, fields: dict[str, str], recorded_by: int, now: datetime
    ) -> None:
        self.t.agreements[ref] = {
            "body": dict(fields),
            "recorded_by": recorded_by,
            "recorded_at": now.isoformat(),
        }

    async def agreement(self, ref: str) -> dict[str, str] | None:
        row = self.t.agreements.get(ref)
        return None if row is None else dict(row["body"])

    async def contact(self, recipient: str) -> Contact | None:
        lookups = {
            "queue": self._queue,
            "facilitator": self._facilitator_contact,
            "person": self._person,
            "collaborator": self._collaborator_contact,
        }
        for kind in rules.CONTACT_PRECEDENCE:
            found = lookups[kind](recipient)
            if found is not None:
                return found
        return None

    def _queue(self, recipient: str) -> Contact | None:
        region = tokens.queue_region(recipient)
        queue = None if region is None else self.t.regions.get(region)
        if queue is None or queue["queue_channel"] is None:
            return None
        return Contact(Channel(queue["queue_channel"]), queue["queue_address"], queue["locale"])

    def _facilitator_contact(self, recipient: str) -> Contact | None:
        staff = self.t.facilitators.get(recipient)
        if staff is None or not staff["active"]:
            return None
        return Contact(staff["channel"], staff["address"], staff["locale"])

    def _person(self, recipient: str) -> Contact | None:
        person = self.t.people.get(recipient)
        if person is None:
            return None
        locale = person["locale"] or rules.FALLBACK_LOCALE
        return Contact(person["channel"], person["address"], locale)

    def _collaborator_contact(self, recipient: str) -> Contact | None:
        row = self._collaborator_row(recipient)
        if row is None or row["address"] is None:
            return None
        return Contact(row["channel"], row["address"], rules.collaborator_locale(row["languages"]))

    async def schedule(self, kind: str, ref: str, due_at: datetime) -> None:
        if any((j["kind"], j["case_ref"]) == (kind, ref) for j in self.t.due_jobs.values()):
            return
        job = {"kind": kind, "case_ref": ref, "due_at": due_at.isoformat(), "done_at": None}
        self.t.due_jobs[self.t.next_id("due_jobs")] = job

    async def finish_job(self, job: int, now: datetime) -> bool:
        row = self.t.due_jobs.get(job)
        if row is None or row["done_at"] is not None:
            return False
        row["done_at"] = now.isoformat()
        return True
