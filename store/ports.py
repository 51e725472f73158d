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

from collections.abc import AsyncIterator, Collection
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from flows.core.messages import Channel, Inbound
from flows.core.ports import Transaction
from flows.report.facts import (
    CaseFact,
    DirectoryEntry,
    FollowupFigures,
    FundingFigures,
    Period,
    RegionInfo,
)
from flows.report.tally import Tally
from store.admin_records import CaseFilter, DirectoryRow, OutboxEntry
from store.records import (
    CaseRecord,
    Contact,
    Coverage,
    OutboxRow,
    RetentionResult,
    TransportEventCount,
    UnreadableOutboxRow,
)
from store.roster import DirectoryChange, DirectoryListing, StaffChange, StaffMember
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

    # --- directory import and export (issue 15) ---

    async def set_collaborator_profile(
        self, row_id: int, kind: str | None, available: bool, notes: str | None
    ) -> None:
        """Organisation type, availability and (sealed) notes of a collaborator."""

    async def directory_rows(self) -> list[DirectoryRow]:
        """Every collaborator opened (for an import's duplicate check)."""

    # --- coordinator registry (issue 11) ---

    async def facilitator_roster(self) -> list[StaffMember]:
        """Every facilitator not removed, active or deactivated; console personas left out."""

    async def edit_facilitator(self, facilitator: int, change: StaffChange) -> bool:
        """False if there is no such facilitator (or they were removed)."""

    async def set_facilitator_active(self, facilitator: int, active: bool) -> bool:
        """Deactivated, they are refused on their next message; False if no such one."""

    async def remove_facilitator(self, facilitator: int, now: datetime) -> bool:
        """Deactivate, erase their sealed name and address and cut the link to their
        messenger account; the row stays for the cases and notes that name it. Where the
        bot wrote back to them, their conversation and unsent replies go too (unless they
        also made requests of their own)."""

    async def mark_console_persona(self, person: str, persona: bool, now: datetime) -> None:
        """Mark (or unmark) a facilitator row as a console simulator persona."""

    async def directory(self) -> list[DirectoryListing]:
        """Every collaborator not removed, available or not."""

    async def edit_collaborator(self, collaborator: int, change: DirectoryChange) -> bool:
        """False if there is no such collaborator (or they were removed)."""

    async def set_collaborator_available(self, collaborator: int, available: bool) -> bool: ...

    async def remove_collaborator(self, collaborator: int, now: datetime) -> bool:
        """Erase their name, contact and messenger address (and, as for a facilitator,
        where the bot wrote back to them); no longer matched or listed."""

    async def add_region(self, region: str, name: str, countries: list[str]) -> bool:
        """False if a region with that id exists."""

    async def unset_region_queue(self, region: str) -> bool:
        """Back to announcing in facilitators' private chats; False if no such region."""


class _Opens(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[StoreTransaction]:
        """One transaction; its file writes and deletions take effect only if it commits."""
        ...

    def step_transaction(self) -> AbstractAsyncContextManager[StoreTransaction]:
        """As :meth:`transaction`, for the runtime's per-message work: point reads and
        writes of a few people's rows, which a store may run without a thread hop each."""
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

    async def outbox_sent_many(self, row_ids: list[int]) -> None:
        """Several delivered replies recorded in one statement and one commit."""

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

    # --- follow-up and evaluation (issue 13) -------------------------------------------

    async def followup_due(self, now: datetime, limit: int = 200) -> list[int]:
        """Ids of follow-up prompts due by ``now`` (to send, remind or flag), oldest first."""

    async def followup_pending(self) -> int:
        """How many prompts are scheduled (not sent, or waiting for an answer)."""

    # --- privacy (issue 12) ---

    async def purge_unconsented(self, now: datetime, after: timedelta) -> int:
        """Forget everyone quiet for ``after`` who never consented and has no case or
        role; only anonymous counts remain. How many were forgotten."""

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool = False
    ) -> RetentionResult:
        """Erase the personal data of cases final for longer than ``after``, keeping
        their anonymous statistics; ``dry_run`` only says what would go."""


class AdminStore(_Opens, Protocol):
    """What the coordinator's commands (``cre-admin``) need of a store."""

    async def list_cases(self) -> list[CaseRecord]: ...

    async def case(self, ref: str) -> CaseRecord | None: ...

    async def audit_entries(self) -> list[dict[str, Any]]: ...

    async def coverage(self) -> Coverage: ...

    async def outbox_waiting_by_channel(self) -> dict[str, int]: ...

    async def transport_events(self) -> list[TransportEventCount]: ...

    async def close(self) -> None: ...

    # --- reports, exports and the outbox view (issue 15) ---

    async def index_case_facets(self, batch: int = 500) -> int:
        """Keep the charted categories of cases created before they were kept; how many."""

    def case_facts(self, period: Period) -> AsyncIterator[CaseFact]:
        """Cases created, agreed or connected in the period, streamed (flat memory)."""
        ...

    async def case_tally(self, period: Period) -> Tally:
        """The period's counts, as :class:`flows.report.tally.Tally` would make them from
        :meth:`case_facts` (a backend may count in its own engine)."""

    async def directory_entries(self) -> list[DirectoryEntry]: ...

    async def report_regions(self) -> list[RegionInfo]: ...

    async def followup_figures(self, period: Period) -> FollowupFigures:
        """Outcomes, survey scores and check-in rates (empty until follow-up records them)."""

    async def funding_figures(self, period: Period) -> FundingFigures:
        """Calls, applications, grants and money (zero until funding records them)."""

    def directory_export(self) -> AsyncIterator[DirectoryRow]:
        """Every collaborator, opened, streamed."""
        ...

    def cases_export(self, chosen: CaseFilter, with_content: bool) -> AsyncIterator[CaseRecord]:
        """The chosen cases, streamed; ``details`` only ``with_content``."""
        ...

    async def outbox_view(self, include_failed: bool = False) -> list[OutboxEntry]: ...

    async def outbox_retry_now(self, ids: Collection[int], now: datetime) -> list[int]:
        """Waiting replies made due now; the ids that were."""

    async def outbox_discard(self, ids: Collection[int]) -> list[int]:
        """Replies deleted for good; the ids that were."""

    # --- privacy (issue 12) ---

    async def purge_retention(
        self, now: datetime, after: timedelta, dry_run: bool = False
    ) -> RetentionResult: ...

    async def privacy_counts(self) -> list[tuple[str, str, str, int]]:
        """(kind, channel, month, count) of erasures and purges."""

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
