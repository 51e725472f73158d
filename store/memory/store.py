"""The in-memory store: :class:`store.ports.RuntimeStore` and
:class:`store.ports.AdminStore` over :class:`store.memory.tables.Tables`.

One transaction at a time (a lock, like SQLite's single writer); it works on a
deep copy of the tables that replaces them on commit, so a failure leaves them
as they were. Reads outside a transaction see only committed data.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import AsyncIterator, Collection
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from flows.core.messages import Channel, Outbound
from store.crypto import Keyring, Sealer
from store.memory.case_history import CaseHistoryRows
from store.memory.erasure import ErasureRows, PurgeQueries
from store.memory.followup import FollowupRows, due_prompts, pending_prompts
from store.memory.funding import FundingRows
from store.memory.registry import RegistryRows
from store.memory.reporting import DirectoryMemoryRows, ReportingViews
from store.memory.requesters import RequesterRows
from store.memory.tables import Row, Tables
from store.memory.workspace import WorkspaceRows
from store.ports import AdminStore, RuntimeStore
from store.records import (
    CaseRecord,
    Coverage,
    OutboxRow,
    TransportEventCount,
    UnreadableOutboxRow,
)
from store.safekeeping import BackupProblem, BackupReport, KeyUsage, Progress


class MemoryTransaction(
    ErasureRows,
    FundingRows,
    RequesterRows,
    WorkspaceRows,
    CaseHistoryRows,
    FollowupRows,
    DirectoryMemoryRows,
    RegistryRows,
):
    """Implements :class:`store.ports.StoreTransaction` on a private copy of the tables."""

    @asynccontextmanager
    async def savepoint(self) -> AsyncIterator[None]:
        saved = copy.deepcopy(self.t)
        try:
            yield
        except BaseException:
            self.t.__dict__.update(saved.__dict__)
            raise


class _MemoryKeys:
    """Keys and backups for the in-memory store: nothing is sealed at rest, so nothing
    is ever under an old key, and there is no file to back up."""

    _sealer: Sealer

    async def key_usage(self) -> KeyUsage:
        return KeyUsage()

    async def activate_key(self) -> int:
        return self._sealer.keyring.active

    async def reseal(self, batch: int = 500) -> int:
        return 0

    async def retire_keys(self) -> tuple[int, ...]:
        retired = tuple(sorted(self._sealer.keyring.retiring))
        self._sealer.keyring = self._sealer.keyring.retired()
        return retired

    async def backup(self, target: Path, progress: Progress | None = None) -> BackupReport:
        raise BackupProblem("an in-memory store keeps nothing to back up")


class MemoryStore(_MemoryKeys, PurgeQueries, ReportingViews):
    """Build with :meth:`open`; nothing survives :meth:`close` (or the process)."""

    def __init__(self, keyring: Keyring) -> None:
        self.tables = Tables()
        self._sealer = Sealer(keyring)
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, keyring: Keyring | None = None) -> MemoryStore:
        return cls(keyring or Keyring.generate())

    async def close(self) -> None:
        """Nothing to release."""

    def pseudonym(self, channel: str, user_id: str) -> str:
        return self._sealer.pseudonym(channel, user_id)

    def step_transaction(self) -> AbstractAsyncContextManager[MemoryTransaction]:
        """The same transaction: nothing here hops threads."""
        return self.transaction()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[MemoryTransaction]:
        async with self._lock:
            work = copy.deepcopy(self.tables)
            yield MemoryTransaction(work)
            self.tables = work

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[Tables]:
        async with self.transaction() as tx:
            yield tx.t

    # ----- inbox --------------------------------------------------------------------

    async def inbox_pending(self) -> list[tuple[int, str]]:
        return [(i, r["person"]) for i, r in sorted(self.tables.inbox.items())]

    async def inbox_for(self, person: str) -> list[int]:
        return [i for i, r in sorted(self.tables.inbox.items()) if r["person"] == person]

    async def inbox_discard(self, row_id: int, now: datetime) -> None:
        async with self._writing() as t:
            row = t.inbox.pop(row_id, None)
            if row is not None:
                t.inbox_seen.setdefault((row["channel"], row["dedupe"]), now.isoformat())

    async def forget_seen(self, before: datetime) -> None:
        async with self._writing() as t:
            t.inbox_seen = {k: v for k, v in t.inbox_seen.items() if v >= before.isoformat()}

    # ----- outbox -------------------------------------------------------------------

    async def outbox_next(
        self,
        channel: Channel,
        now: datetime,
        *,
        per_person: int | None = None,
        people: int | None = None,
        exclude: Collection[str] = (),
        limit: int = 100,
    ) -> list[OutboxRow | UnreadableOutboxRow]:
        """Round-robin as :meth:`store.sqlite.outbox.OutboxQueries.outbox_next`."""
        pending = sorted(
            (i, r)
            for i, r in self.tables.outbox.items()
            if r["status"] == "pending" and r["channel"] == channel
        )
        waiting = {r["recipient"] for _, r in pending if r["next_attempt_at"] > now.isoformat()}
        queues: dict[str, list[tuple[int, Row]]] = {}
        for i, r in pending:
            if r["recipient"] not in waiting and r["recipient"] not in exclude:
                queues.setdefault(r["recipient"], []).append((i, r))
        turns = list(queues.values())[: people if people is not None else None]
        ranked = [
            (rank, i, r)
            for queue in turns
            for rank, (i, r) in enumerate(queue[: per_person if per_person is not None else None])
        ]
        chosen = sorted(ranked, key=lambda x: x[:2])[:limit]
        return [self._row(i, r) for _, i, r in chosen]

    @staticmethod
    def _row(row_id: int, r: Row) -> OutboxRow | UnreadableOutboxRow:
        message = Outbound.from_json(json.loads(json.dumps(r["message"])))
        return OutboxRow(
            row_id,
            r["channel"],
            r["recipient"],
            r["locale"],
            r["address"],
            message,
            r["attempts"],
            r["parts_sent"],
        )

    async def outbox_due(
        self, channel: Channel, now: datetime, limit: int = 100
    ) -> list[OutboxRow]:
        rows = await self.outbox_next(channel, now, limit=limit)
        return [r for r in rows if isinstance(r, OutboxRow)]

    async def outbox_piece_sent(self, row_id: int, parts_sent: int) -> None:
        async with self._writing() as t:
            if row_id in t.outbox:
                t.outbox[row_id]["parts_sent"] = parts_sent

    async def outbox_sent(self, row_id: int) -> None:
        async with self._writing() as t:
            t.outbox.pop(row_id, None)

    async def outbox_sent_many(self, row_ids: list[int]) -> None:
        async with self._writing() as t:
            for row_id in row_ids:
                t.outbox.pop(row_id, None)

    async def outbox_retry(self, row_id: int, when: datetime, error: str) -> None:
        async with self._writing() as t:
            row = t.outbox.get(row_id)
            if row is not None:
                row.update(attempts=row["attempts"] + 1, next_attempt_at=when.isoformat())
                row["error"] = error[:200]

    async def outbox_waiting_by_channel(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.tables.outbox.values():
            if r["status"] == "pending":
                counts[r["channel"].value] = counts.get(r["channel"].value, 0) + 1
        return counts

    async def outbox_pending_count(self, channels: Collection[Channel] | None = None) -> int:
        return sum(
            1
            for r in self.tables.outbox.values()
            if r["status"] == "pending" and (channels is None or r["channel"] in channels)
        )

    # ----- files, due jobs, transport events -----------------------------------------

    async def load_file(self, file_id: str) -> tuple[str, str, str | None, bytes] | None:
        row = self.tables.files.get(file_id)
        if row is None:
            return None
        meta = row["meta"]
        return row["kind"], str(meta["mime"]), meta["name"], bytes(row["data"])

    async def due_jobs(self, now: datetime) -> list[tuple[int, str, str]]:
        due = sorted(
            (j["due_at"], i, j)
            for i, j in self.tables.due_jobs.items()
            if j["done_at"] is None and j["due_at"] <= now.isoformat()
        )
        return [(i, j["kind"], j["case_ref"]) for _, i, j in due[:50]]

    async def followup_due(self, now: datetime, limit: int = 200) -> list[int]:
        return due_prompts(self.tables.followup, now, limit)

    async def followup_pending(self) -> int:
        return pending_prompts(self.tables.followup)

    async def note_transport_event(self, channel: Channel, kind: str, now: datetime) -> None:
        async with self._writing() as t:
            key = (channel.value, kind[:40])
            row = t.transport_events.setdefault(
                key, {"count": 0, "first_at": now.isoformat(), "last_at": now.isoformat()}
            )
            row.update(count=row["count"] + 1, last_at=now.isoformat())

    async def transport_events(self) -> list[TransportEventCount]:
        return [
            TransportEventCount(c, k, r["count"], r["first_at"], r["last_at"])
            for (c, k), r in sorted(self.tables.transport_events.items())
        ]

    # ----- coordinator ----------------------------------------------------------------

    async def coverage(self) -> Coverage:
        staff = [
            r
            for r in self.tables.facilitators.values()
            if r["active"] and not r.get("persona")  # issue 11: personas are not staff
        ]
        covered = {region for r in staff for region in r["regions"]}
        regions = sorted(self.tables.regions.items())
        return Coverage(
            coordinators=sum(1 for r in staff if r["coordinator"]),
            coordinator_channels=tuple(
                sorted({r["channel"].value for r in staff if r["coordinator"]})
            ),
            uncovered_regions=tuple(i for i, _ in regions if i not in covered),
            facilitator_channels=tuple(sorted({r["channel"].value for r in staff})),
            queue_channels=tuple(
                sorted({q["queue_channel"] for _, q in regions if q["queue_channel"]})
            ),
        )

    async def list_cases(self) -> list[CaseRecord]:
        return [_record(c, with_details=False) for c in self.tables.cases.values()]

    async def case(self, ref: str) -> CaseRecord | None:
        row = self.tables.cases.get(ref)
        return None if row is None else _record(row, with_details=True)

    async def audit_entries(self) -> list[dict[str, Any]]:
        return [dict(e) for e in self.tables.audit]


def _record(row: Row, with_details: bool) -> CaseRecord:
    details = row["details"]
    return CaseRecord(
        ref=row["ref"],
        status=row["status"],
        region=row["region"],
        level=row["level"],
        urgent=bool(row["urgent"]),
        country=row["country"],
        locale=row["locale"],
        channel=row["channel"],
        strategies=tuple(row["strategies"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        details=copy.deepcopy(details) if with_details and details is not None else None,
    )


def _implements_the_ports(store: MemoryStore) -> tuple[RuntimeStore, AdminStore]:
    """Never called: mypy checks here that the memory store implements the ports."""
    return store, store
