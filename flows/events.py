"""Effects the engine asks for; the service applies them in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.messages import Attachment, Channel


@dataclass(frozen=True, slots=True)
class FileAccepted:
    """Store this file sealed under ``file_id`` for the person (not yet a case's)."""

    file_id: str
    attachment: Attachment


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


Event = FileAccepted | FilesDiscarded | CaseSubmitted | PersonForgotten
