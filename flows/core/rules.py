"""Business rules the store applies when it saves or looks up, kept here so that every
store implementation (SQLite, in memory, a future PostgreSQL) applies the same ones.

Pure functions and constants only: the store calls them, it does not decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from flows.core.lifecycle import FINAL, ORDER
from flows.core.regions import COORDINATOR
from flows.workspace.desk import Facilitator

INITIAL_STATUS = ORDER[0]
"""The status a submitted case is created with."""

FINAL_STATUSES: tuple[str, ...] = tuple(sorted(FINAL))
"""Statuses of cases no longer in the facilitators' open list."""

CONTACT_PRECEDENCE: tuple[str, ...] = ("queue", "facilitator", "person", "collaborator")
"""Where a recipient's contact is looked up, first match wins: an active facilitator
who also wrote in as a requester is written to as a facilitator."""

FALLBACK_LOCALE = "en"
"""The language of a recipient whose own is unknown."""


def strategies_of(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """The strategy ids a requester chose, as stored on the case for matching and counts."""
    chosen = answers.get("strategies") or []
    return tuple(str(s) for s in chosen) if isinstance(chosen, list) else ()


def is_final(status: str) -> bool:
    return status in FINAL


def hears_of(facilitator: Facilitator, region: str) -> bool:
    """Who hears of a region's cases: its facilitators; coordinators for the coordinator
    queue."""
    if region == COORDINATOR:
        return facilitator.coordinator
    return region in facilitator.regions


def facilitators_for(everyone: Iterable[Facilitator], region: str) -> list[Facilitator]:
    return [f for f in everyone if hears_of(f, region)]


def collaborator_locale(languages: Sequence[str]) -> str:
    """A collaborator is written to in the first language they listed."""
    return languages[0] if languages else FALLBACK_LOCALE


CASE_FIELDS = frozenset({"status", "level", "urgent", "assignee", "region"})
"""The fields of a case the workspace may change; anything else is refused."""

INVITED = "invited"
"""An invitation nobody has answered yet; only such a one can be answered."""


def answered(accepted: bool) -> str:
    """The status an answered invitation takes."""
    return "accepted" if accepted else "declined"
