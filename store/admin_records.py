"""Values the coordinator's directory, export and outbox commands exchange with the store
(issue 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class DirectoryRow:
    """One collaborator, opened, as the directory CSV holds it."""

    id: int
    name: str
    kind: str | None
    strategies: tuple[str, ...]
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    languages: tuple[str, ...]
    channel: str | None
    user_id: str | None
    contact: str | None
    available: bool
    self_funded: bool
    notes: str | None
    pseudonym: str | None = None


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Which cases an export holds; None means any."""

    region: str | None = None
    status: str | None = None
    level: int | None = None
    country: str | None = None
    strategy: str | None = None
    start: date | None = None
    end: date | None = None
    """Excluded, like a report period's end."""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A reply the outbox holds, without its content or address."""

    id: int
    channel: str
    recipient: str
    """An 8-character pseudonym prefix."""
    status: str
    attempts: int
    created_at: str
    next_attempt_at: str
    error: str | None
