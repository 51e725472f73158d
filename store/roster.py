"""What the coordinator's registry commands read and change: facilitators and
collaborators as ``cre-admin`` lists and edits them (issue 11).

The runtime's views (:class:`flows.workspace.desk.Facilitator`,
:class:`flows.workspace.matching.Collaborator`) show only who may act or be
matched; these records also carry what a coordinator manages: whether someone
is active, and how they are reached (channel only, never the address).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A registered facilitator (or coordinator), active or deactivated."""

    id: int
    person: str
    """Their pseudonym (never printed: it links rows, not people)."""
    name: str
    channel: str
    regions: frozenset[str]
    locale: str
    coordinator: bool
    active: bool


@dataclass(frozen=True, slots=True)
class StaffChange:
    """What ``facilitators edit`` changes; None leaves a field as it is."""

    name: str | None = None
    regions: tuple[str, ...] | None = None
    locale: str | None = None
    coordinator: bool | None = None


@dataclass(frozen=True, slots=True)
class DirectoryListing:
    """A collaborator in the directory, with what a coordinator edits."""

    id: int
    name: str
    contact: str | None
    channel: str | None
    strategies: frozenset[str]
    countries: frozenset[str]
    regions: frozenset[str]
    languages: frozenset[str]
    self_funded: bool
    available: bool


@dataclass(frozen=True, slots=True)
class DirectoryChange:
    """What ``collaborators edit`` changes; None leaves a field as it is.

    ``messenger`` is (pseudonym, channel, address) to make them reachable by the bot.
    """

    name: str | None = None
    contact: str | None = None
    strategies: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    regions: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None
    self_funded: bool | None = None
    messenger: tuple[str, str, str] | None = None


REMOVED_NAME = "(removed)"
"""What a removed facilitator's or collaborator's name becomes: the row stays for the
cases and notes that point to it, the person's name and address do not."""
