"""What the store keeps about follow-ups, as the flows see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

CHECKIN = "checkin"
EVALUATION = "evaluation"
LASTING = "lasting"

DUE = "due"
"""Not sent yet; ``due_at`` is when to send it."""
SENT = "sent"
"""Sent, no answer yet; ``due_at`` is when to remind."""
REMINDED = "reminded"
"""Reminded once; ``due_at`` is when to tell the facilitator nobody answered."""
UNANSWERED = "unanswered"
ANSWERED = "answered"
SKIPPED = "skipped"
"""Not sent: stopped by the person, or another check-in of theirs was still open."""
SUPERSEDED = "superseded"
"""Missed while the bot was down and replaced by a newer one: never sent."""
ENDED = "ended"
"""The case left implementation before it was sent."""

ACTIVE = frozenset({DUE, SENT, REMINDED})
AWAITING = frozenset({SENT, REMINDED, UNANSWERED})


@dataclass(frozen=True, slots=True)
class Prompt:
    """One occurrence of a check-in or survey for one person; ``key`` makes it unique."""

    id: int
    key: str
    kind: str
    ref: str
    person: str
    slot: int
    state: str
    due_at: datetime | None
    sent_at: datetime | None = None
    reminded_at: datetime | None = None
    answered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    """A case's check-in cadence, from when it went into implementation to its end date."""

    ref: str
    cadence_days: int
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True, slots=True)
class Prefs:
    """A person's follow-up choices: a time zone set for them, a pause, a stop."""

    person: str
    zone: str | None = None
    paused_until: datetime | None = None
    stopped: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """Something a follow-up answer asks the facilitator to look at (``question:answer``)."""

    id: int
    ref: str
    kind: str
    created_at: datetime
    closed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AnswerSet:
    """One person's answers to one follow-up flow (opened from their sealed row)."""

    prompt: int
    person: str
    flow: str
    answers: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


def checkin_key(plan: Plan, person: str, slot: int) -> str:
    """Unique per plan (a new cadence or end date starts new keys), person and slot."""
    version = f"{int(plan.starts_at.timestamp())}.{plan.cadence_days}.{plan.ends_at:%Y%m%d}"
    return f"{CHECKIN}:{plan.ref}:{person}:{version}:{slot}"


def once_key(kind: str, ref: str, person: str) -> str:
    """Evaluation and the lasting follow-up: once per person and case, ever."""
    return f"{kind}:{ref}:{person}"
