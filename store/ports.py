"""What the runtime and ``cre-admin`` need of a store, as Protocols.

:class:`StoreTransaction` extends the core's :class:`flows.ports.Transaction`
with what only the outer layers do inside a transaction (the inbox, a savepoint
around a step, the coordinator's registrations). :class:`RuntimeStore` is what
the inbox workers, senders and the due-runner use; :class:`AdminStore` what the
coordinator's commands use. :mod:`store.sqlite` implements them on SQLite and
:mod:`store.memory` in memory (for tests); ``tests/store/test_contract.py`` is
the suite any implementation must pass. Only a composition root (``bot.main``,
``admin_cli.opening``) names a concrete store.
"""

from __future__ import annotations

from collections.abc import Collection
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from flows.core.messages import Channel, Inbound
from flows.core.ports import Transaction
from store.records import (
    CaseRecord,
    Contact,
    Coverage,
    OutboxRow,
    TransportEventCount,
    UnreadableOutboxRow,
)
from store.safekeeping import BackupReport, KeyUsage, Progress


class StoreTransaction(Transaction, Protocol):
    """One atomic unit of work: everything in it becomes visible together or not at all."""

    def savepoint(self) -> AbstractAsyncContextManager[None]:
        """If the block raises, undo only its writes (then re-raise); the transaction
        stays usable for what follows."""
        ...

    async def inbox_add(
        self, channel: Channel, dedupe: str, inbound: Inbound, address: str, now: datetime
    ) -> int | None:
        """Commit an inbound message before it is acknowledged; None if already seen
        (pending or handled) on that channel."""

    async def inbox_take(self, row_id: int, now: datetime) -> tuple[Inbound, str] | None:
        """(message, reply address) of a pending row, which is gone once this commits
        while its dedupe key is remembered; None if no such row."""

    async def outbox_failed(self, row_id: int, error: str) -> None:
        """A permanent failure: kept as a record without message or address, never
        retried."""

    async def read_file(self, file_id: str) -> bytes: ...

    async def contact(self, recipient: str) -> Contact | None: ...

    async def set_region_queue(self, region: str, channel: Channel, address: str) -> bool:
        """False if there is no such region."""

    async def set_region_countries(self, region: str, countries: list[str]) -> bool:
        """False if there is no such region."""

    async def region_queues(self) -> list[tuple[str, str, str | None]]:
        """(region id, name, queue channel or None), by region id."""

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
        """Register (or update and reactivate) a facilitator; their id."""

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
    ) -> int: ...

    async def agreement(self, ref: str) -> dict[str, str] | None: ...


class _Opens(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[StoreTransaction]:
        """One transaction; its file writes and deletions take effect only if it commits."""
        ...

    def pseudonym(self, channel: str, user_id: str) -> str:
        """The stable, keyed pseudonym of a messenger user."""
        ...


class SenderStore(_Opens, Protocol):
    """What one channel's sender reads and records (each call its own transaction)."""

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
        """Rows to send now, round-robin across recipients, in order per recipient;
        recipients waiting for a retry or in ``exclude`` skipped."""

    async def outbox_piece_sent(self, row_id: int, parts_sent: int) -> None: ...

    async def outbox_sent(self, row_id: int) -> None: ...

    async def outbox_retry(self, row_id: int, when: datetime, error: str) -> None: ...

    async def load_file(self, file_id: str) -> tuple[str, str, str | None, bytes] | None:
        """(kind, mime, name, bytes) of a stored file, or None if it was erased."""


class RuntimeStore(SenderStore, Protocol):
    """What the runtime (inbox workers, senders, due-runner) needs of a store."""

    async def inbox_pending(self) -> list[tuple[int, str]]:
        """(row id, person) of every pending inbox row, oldest first."""

    async def inbox_for(self, person: str) -> list[int]: ...

    async def inbox_discard(self, row_id: int, now: datetime) -> None:
        """Drop a row that cannot be opened, remembering its dedupe key."""

    async def forget_seen(self, before: datetime) -> None: ...

    async def due_jobs(self, now: datetime) -> list[tuple[int, str, str]]:
        """(job id, kind, case ref) of unfinished jobs due by ``now``, in due order."""

    async def note_transport_event(self, channel: Channel, kind: str, now: datetime) -> None: ...

    async def outbox_waiting_by_channel(self) -> dict[str, int]: ...

    async def outbox_pending_count(self, channels: Collection[Channel] | None = None) -> int: ...

    async def coverage(self) -> Coverage: ...


class AdminStore(_Opens, Protocol):
    """What the coordinator's commands (``cre-admin``) need of a store."""

    async def list_cases(self) -> list[CaseRecord]: ...

    async def case(self, ref: str) -> CaseRecord | None: ...

    async def audit_entries(self) -> list[dict[str, Any]]: ...

    async def coverage(self) -> Coverage: ...

    async def outbox_waiting_by_channel(self) -> dict[str, int]: ...

    async def transport_events(self) -> list[TransportEventCount]: ...

    async def close(self) -> None: ...

    # --- keys and backups (issue 12) ---

    async def key_usage(self) -> KeyUsage:
        """How many sealed values and sealed files name each key id."""

    async def activate_key(self) -> int:
        """Make the opened keyring's active key the one every process seals with from its
        next transaction; its id."""

    async def reseal(self, batch: int = 500) -> int:
        """Re-seal up to ``batch`` values (or some files) not under the active key in one
        transaction; 0 once a whole pass found nothing left."""

    async def retire_keys(self) -> tuple[int, ...]:
        """Forget every key but the active one (refused while anything is sealed under
        them); the ids retired."""

    async def backup(self, target: Path, progress: Progress | None = None) -> BackupReport:
        """Write a consistent, verified, still-sealed archive of the store to ``target``."""
