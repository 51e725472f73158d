"""In memory: people, conversations, cases, files, erasure, inbox, outbox and audit,
inside one transaction (see :mod:`store.sqlite` for the contract each mirrors)."""

from __future__ import annotations

import uuid
from datetime import datetime

from flows.core import rules
from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, Channel, Inbound, Outbound
from flows.core.state import CaseSummary, Conversation
from store.codec import inbound_from_json, inbound_to_json
from store.memory.tables import Tables


class TablesBase:
    def __init__(self, tables: Tables) -> None:
        self.t = tables


class RequesterRows(TablesBase):
    async def _forget_funding(self, refs: list[str]) -> None:
        """Overridden by :class:`store.memory.funding.FundingRows` (mixed in after this)."""

    async def remember_person(
        self, person: str, channel: Channel, address: str, now: datetime
    ) -> None:
        row = self.t.people.get(person)
        if row is None:
            self.t.people[person] = {
                "channel": channel,
                "address": address,
                "locale": None,
                "created_at": now.isoformat(),
                "seen_at": now.isoformat(),
            }
        else:
            row.update(address=address, seen_at=now.isoformat())

    async def address_of(self, person: str) -> tuple[Channel, str] | None:
        row = self.t.people.get(person)
        return None if row is None else (row["channel"], row["address"])

    async def load_conversation(self, person: str) -> Conversation | None:
        data = self.t.conversations.get(person)
        return None if data is None else Conversation.from_json(data)

    async def save_conversation(self, person: str, state: Conversation, now: datetime) -> None:
        await self.set_person_locale(person, state.locale)
        self.t.conversations[person] = state.to_json()

    async def set_person_locale(self, person: str, locale: str | None) -> None:
        if person in self.t.people:
            self.t.people[person]["locale"] = locale

    async def cases_of(self, person: str) -> list[CaseSummary]:
        return [
            CaseSummary(c["ref"], c["status"], c["created_at"][:10])
            for c in self.t.cases.values()
            if c["requester"] == person
        ]

    async def ref_taken(self, ref: str) -> bool:
        return ref in self.t.cases

    async def create_case(
        self, person: str, case: CaseSubmitted, region: str, now: datetime
    ) -> None:
        self.t.cases[case.ref] = {
            "ref": case.ref,
            "requester": person,
            "channel": case.channel.value,
            "locale": case.locale,
            "status": rules.INITIAL_STATUS,
            "level": case.level,
            "urgent": case.urgent,
            "country": case.country,
            "region": region,
            "assignee": None,
            "strategies": rules.strategies_of(case.answers),
            "details": {"answers": case.answers, "consented_at": case.consented_at},
            "created_at": now.isoformat(),
            "updated_at": now.isoformat(),
        }
        for file_id in case.file_ids:
            row = self.t.files.get(file_id)
            if row is not None and row["owner"] == person:
                row["case_ref"] = case.ref

    async def save_file(
        self,
        person: str,
        file_id: str,
        attachment: Attachment,
        now: datetime,
        case_ref: str | None = None,
    ) -> None:
        data = attachment.data or b""
        self.t.files[file_id] = {
            "owner": person,
            "case_ref": case_ref,
            "kind": attachment.kind.value,
            "meta": {"mime": attachment.mime, "size": len(data), "name": attachment.name},
            "created_at": now.isoformat(),
            "data": data,
        }

    async def file_usage(self, person: str, since: datetime) -> tuple[int, int]:
        mine = [
            f
            for f in self.t.files.values()
            if f["owner"] == person and f["created_at"] >= since.isoformat()
        ]
        return len(mine), sum(int(f["meta"]["size"] or 0) for f in mine)

    async def read_file(self, file_id: str) -> bytes:
        row = self.t.files.get(file_id)
        if row is None:
            raise FileNotFoundError(file_id)
        return bytes(row["data"])

    async def enqueue(
        self, channel: Channel, address: str, locale: str, message: Outbound, now: datetime
    ) -> None:
        self.t.outbox[self.t.next_id("outbox")] = {
            "uid": uuid.uuid4().hex,
            "channel": channel,
            "recipient": message.recipient,
            "locale": locale,
            "address": address,
            "message": message.to_json(),
            "status": "pending",
            "attempts": 0,
            "parts_sent": 0,
            "next_attempt_at": now.isoformat(),
            "error": None,
        }

    async def outbox_failed(self, row_id: int, error: str) -> None:
        row = self.t.outbox.get(row_id)
        if row is not None:
            row.update(status="failed", attempts=row["attempts"] + 1, error=error[:200])
            row.update(message=None, address="")

    async def audit(
        self, now: datetime, actor: str, action: str, case_ref: str | None = None, detail: str = ""
    ) -> None:
        self.t.audit.append(
            {"at": now.isoformat(), "actor": actor, "action": action, "case_ref": case_ref}
            | {"detail": detail}
        )

    async def inbox_add(
        self, channel: Channel, dedupe: str, inbound: Inbound, address: str, now: datetime
    ) -> int | None:
        key = (channel.value, dedupe)
        if key in self.t.inbox_seen or any(
            (r["channel"], r["dedupe"]) == key for r in self.t.inbox.values()
        ):
            return None
        row_id = self.t.next_id("inbox")
        self.t.inbox[row_id] = {
            "channel": channel.value,
            "dedupe": dedupe,
            "person": inbound.sender,
            "inbound": inbound_to_json(inbound),
            "address": address,
            "received_at": now.isoformat(),
        }
        return row_id

    async def inbox_take(self, row_id: int, now: datetime) -> tuple[Inbound, str] | None:
        row = self.t.inbox.pop(row_id, None)
        if row is None:
            return None
        self.t.inbox_seen.setdefault((row["channel"], row["dedupe"]), now.isoformat())
        return inbound_from_json(row["inbound"]), str(row["address"])
