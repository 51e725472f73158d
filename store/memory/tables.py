"""The in-memory store's tables: plain rows in dicts and lists, copied whole by a
transaction. Rows keep the core's models as JSON, like the SQLite store, so nothing a
caller holds can change what is stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flows.core.regions import DEFAULT_REGIONS
from store.memory.funding_tables import FundingTables

if TYPE_CHECKING:
    from store.memory.followup import FollowupTables

Row = dict[str, Any]


def _followup() -> FollowupTables:
    from store.memory.followup import FollowupTables  # the rows module imports this one

    return FollowupTables()


def _regions() -> dict[str, Row]:
    return {
        r.id: {
            "name": r.name,
            "countries": frozenset(r.countries),
            "queue_channel": None,
            "queue_address": None,
            "locale": "en",
        }
        for r in DEFAULT_REGIONS
    }


@dataclass
class Tables:
    people: dict[str, Row] = field(default_factory=dict)
    conversations: dict[str, dict[str, Any]] = field(default_factory=dict)
    cases: dict[str, Row] = field(default_factory=dict)
    """By ref, in creation order."""
    files: dict[str, Row] = field(default_factory=dict)
    inbox: dict[int, Row] = field(default_factory=dict)
    inbox_seen: dict[tuple[str, str], str] = field(default_factory=dict)
    outbox: dict[int, Row] = field(default_factory=dict)
    audit: list[Row] = field(default_factory=list)
    transport_events: dict[tuple[str, str], Row] = field(default_factory=dict)
    regions: dict[str, Row] = field(default_factory=_regions)
    facilitators: dict[str, Row] = field(default_factory=dict)
    """By pseudonym."""
    collaborators: dict[int, Row] = field(default_factory=dict)
    invitations: dict[int, Row] = field(default_factory=dict)
    notes: list[Row] = field(default_factory=list)
    agreements: dict[str, Row] = field(default_factory=dict)
    case_messages: list[Row] = field(default_factory=list)
    agreement_answers: dict[tuple[str, str], Row] = field(default_factory=dict)
    """By (case ref, party)."""
    due_jobs: dict[int, Row] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    followup: FollowupTables = field(default_factory=lambda: _followup())
    """Follow-up prompts, answers, items, notes and choices (issue 13)."""
    funding: FundingTables = field(default_factory=FundingTables)
    # --- privacy (issue 12) ---
    privacy_counts: dict[tuple[str, str, str], int] = field(default_factory=dict)
    """(kind, channel, month) → anonymous count of erasures and purges."""

    def next_id(self, table: str) -> int:
        self.counters[table] = self.counters.get(table, 0) + 1
        return self.counters[table]
