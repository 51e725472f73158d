"""Values the store ports return: rows and views that are the store's own, not the
core's (the core's models live in :mod:`flows`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.core.messages import Channel, Outbound


@dataclass(frozen=True, slots=True)
class OutboxRow:
    """A pending reply, opened. ``parts_sent`` pieces of it were already delivered."""

    id: int
    channel: Channel
    recipient: str
    locale: str
    address: str
    message: Outbound
    attempts: int
    parts_sent: int = 0


@dataclass(frozen=True, slots=True)
class UnreadableOutboxRow:
    """A pending row whose sealed payload or address does not open (damaged, wrong key
    id, a format this version cannot read): it can never be sent, only failed."""

    id: int
    channel: Channel
    recipient: str
    error: str


@dataclass(frozen=True, slots=True)
class TransportEventCount:
    """How often a content-free transport event happened (for ``cre-admin doctor``)."""

    channel: str
    kind: str
    count: int
    first_at: str
    last_at: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who can be reached about new cases (for start-up warnings and ``cre-admin doctor``)."""

    coordinators: int
    coordinator_channels: tuple[str, ...]
    uncovered_regions: tuple[str, ...]
    """Regions with no active facilitator (their cases reach only the coordinator)."""
    facilitator_channels: tuple[str, ...]
    queue_channels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """A case as the coordinator sees it; ``details`` is None after erasure."""

    ref: str
    status: str
    region: str
    level: int
    urgent: bool
    country: str | None
    locale: str
    channel: str
    strategies: tuple[str, ...]
    created_at: str
    updated_at: str
    details: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Contact:
    """Where and in which language to write to a recipient."""

    channel: Channel
    address: str
    locale: str


# --- privacy (issue 12) ---


@dataclass(frozen=True, slots=True)
class RetentionResult:
    """What a retention purge erased (or, in a dry run, would erase)."""

    cases: tuple[str, ...]
    """References of the cases whose personal data goes (their statistics stay)."""
    people: int
    """Requesters forgotten entirely (nothing else of theirs remained)."""
    files: int
