"""Effects the engine asks for; the service applies them in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.core.messages import Attachment, Channel


@dataclass(frozen=True, slots=True)
class FileAccepted:
    """Store this file sealed under ``file_id`` for the person.

    ``case_ref`` links a file sent about a case (a facilitator's reply) to that
    case at once, so erasing the case's requester erases it too; a requester's
    intake files are linked when their case is created.
    """

    file_id: str
    attachment: Attachment
    case_ref: str | None = None


@dataclass(frozen=True, slots=True)
class FilesDiscarded:
    """The request was cancelled: delete these files."""

    file_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseSubmitted:
    """A request was confirmed: create the case and attach the person's files."""

    ref: str
    channel: Channel
    locale: str
    answers: dict[str, Any]
    file_ids: tuple[str, ...]
    level: int
    urgent: bool
    country: str | None
    consented_at: str


@dataclass(frozen=True, slots=True)
class PersonForgotten:
    """Erase everything about the person: state, contact, files, cases' personal data."""


@dataclass(frozen=True, slots=True)
class RelayFromRequester:
    """Pass the requester's words (or file) on to whoever handles the case."""

    ref: str
    text: str | None = None
    file_id: str | None = None


@dataclass(frozen=True, slots=True)
class CaseChanged:
    """Set one of a case's facilitation fields: status, level, urgent or assignee."""

    ref: str
    field: str
    value: str | int | bool | None


@dataclass(frozen=True, slots=True)
class CaseRerouted:
    """The case moved to another region's queue: announce it there."""

    ref: str
    region: str


@dataclass(frozen=True, slots=True)
class NoteAdded:
    ref: str
    author: int
    text: str


@dataclass(frozen=True, slots=True)
class Audited:
    """Who did what to which case (never the content). Refusals are audited too."""

    action: str
    ref: str | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class InvitationSent:
    ref: str
    collaborator: int


@dataclass(frozen=True, slots=True)
class AgreementRecorded:
    ref: str
    fields: dict[str, str]


@dataclass(frozen=True, slots=True)
class FlowCompleted:
    """A flow the exchange started was answered to the end (a check-in, a survey…)."""

    flow: str
    case: str | None
    answers: dict[str, object]


@dataclass(frozen=True, slots=True)
class MessageRelayed:
    """A message passed between the requester and the facilitators: kept (sealed) in the
    case's history for ``/open``, erased with the requester's data."""

    ref: str
    direction: str
    """``from-requester`` or ``to-requester`` (:mod:`flows.workspace.record`)."""
    text: str
    with_file: bool = False


# --- follow-up and evaluation (issue 13) ---------------------------------------------


@dataclass(frozen=True, slots=True)
class SupportRequested:
    """A requester asked for more support outside the schedule (``/support``)."""

    refs: tuple[str, ...]
    text: str | None = None


@dataclass(frozen=True, slots=True)
class FollowupPreference:
    """``/pause`` (until ``until``), ``/stop`` or ``/resume`` the person's follow-ups."""

    action: str
    until: str | None = None


@dataclass(frozen=True, slots=True)
class FollowupPlanned:
    """A facilitator set a case's check-in cadence and end date (ISO date)."""

    ref: str
    cadence_days: int
    ends_on: str


@dataclass(frozen=True, slots=True)
class FollowupNoted:
    """Evaluation meeting notes (sealed), an item resolved, or a person's time zone set."""

    ref: str
    kind: str
    value: str


# --- funding (issue 14) -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicationSubmitted:
    """A facilitator submitted an application to an open call for a case."""

    ref: str
    call: int
    level: int
    amount_cents: int
    applicant: str
    security: bool
    purpose: str
    capacity: str
    continues: int | None = None


@dataclass(frozen=True, slots=True)
class ContinuationRecorded:
    """The requester asked (in words, through the facilitator) to continue at level 3."""

    ref: str


FundingEvent = ApplicationSubmitted | ContinuationRecorded

Event = (
    FileAccepted
    | FilesDiscarded
    | CaseSubmitted
    | PersonForgotten
    | RelayFromRequester
    | CaseChanged
    | CaseRerouted
    | NoteAdded
    | Audited
    | InvitationSent
    | AgreementRecorded
    | FlowCompleted
    | MessageRelayed
    | SupportRequested
    | FollowupPreference
    | FollowupPlanned
    | FollowupNoted
    | ApplicationSubmitted
    | ContinuationRecorded
)
