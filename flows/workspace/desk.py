"""What a facilitator action needs to know, loaded by the service before the pure step."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flows.core.messages import Attachment
from flows.core.policy import Policy
from flows.followup.view import FollowupView
from flows.funding.models import FundingDesk
from flows.workspace.matching import Suggestion
from flows.workspace.record import CaseHistory


@dataclass(frozen=True, slots=True)
class Facilitator:
    """A registered facilitator (or the coordinator). ``id`` is what buttons carry."""

    id: int
    person: str
    name: str
    regions: frozenset[str]
    locale: str
    coordinator: bool = False

    def covers(self, region: str) -> bool:
        """Facilitators act in their regions; the coordinator everywhere."""
        return self.coordinator or region in self.regions


@dataclass(frozen=True, slots=True)
class CaseView:
    """A case as the workspace sees it. ``answers`` is None when not loaded or erased."""

    ref: str
    status: str
    level: int
    urgent: bool
    country: str | None
    region: str
    locale: str
    requester: str | None
    assignee: int | None
    strategies: tuple[str, ...]
    created_at: str
    answers: dict[str, Any] | None = None
    files: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Desk:
    """Everything one facilitator action may read; the service loads only what it needs."""

    actor: Facilitator
    case: CaseView | None = None
    cases: tuple[CaseView, ...] = ()
    colleagues: tuple[Facilitator, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    record: CaseHistory = field(default_factory=CaseHistory)
    """The case's notes, invitations, agreement and relayed messages (for /open, /match,
    /agreement)."""
    contact: str | None = None
    """The contact of the collaborator being invited when the bot cannot reach them."""
    regions: tuple[tuple[str, str], ...] = ()
    """(id, name) of every region, for rerouting."""
    attachment: Attachment | None = None
    """The file the facilitator sent with this message, kept under ``file_id`` if relayed."""
    file_id: str = ""
    album: str | None = None
    """The album the file belongs to (``Inbound.album``), if any."""
    file_usage: tuple[int, int] = (0, 0)
    """(files, bytes) the facilitator has had stored in the last rolling day."""
    policy: Policy = field(default_factory=Policy)
    followup: FollowupView | None = None
    """A case's follow-up, loaded for the follow-up actions only (issue 13)."""
    funding: FundingDesk = field(default_factory=FundingDesk)
    """Calls, applications and resources for the case (funding actions only, issue 14)."""
