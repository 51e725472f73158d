"""A case's history as ``/open`` shows it: notes with their author and date, invitations,
the agreement and who confirmed it, and the messages relayed through the bot.

Loaded by the store in one call (:meth:`flows.core.ports.Transaction.case_history`), opened
from its sealed columns; nothing here is ever shown to the requester.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FROM_REQUESTER = "from-requester"
TO_REQUESTER = "to-requester"
DIRECTIONS = (FROM_REQUESTER, TO_REQUESTER)

REQUESTER_PARTY = "requester"
"""The party id of the requester in an agreement's confirmations."""


def collaborator_party(collaborator: int) -> str:
    """The party id of a collaborator in an agreement's confirmations."""
    return f"collaborator:{collaborator}"


@dataclass(frozen=True, slots=True)
class NoteView:
    author: int
    at: str
    text: str


@dataclass(frozen=True, slots=True)
class InvitationView:
    collaborator: int
    name: str
    status: str
    """``invited``, ``accepted`` or ``declined`` (:mod:`flows.core.rules`)."""
    at: str


@dataclass(frozen=True, slots=True)
class MessageView:
    """One message relayed between the requester and the facilitators."""

    direction: str
    at: str
    text: str
    with_file: bool = False


@dataclass(frozen=True, slots=True)
class AgreementView:
    """The recorded agreement; ``answers`` are the confirmations given since it was last
    saved (party id → agreed)."""

    fields: dict[str, str]
    recorded_by: int
    at: str
    answers: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaseHistory:
    notes: tuple[NoteView, ...] = ()
    invitations: tuple[InvitationView, ...] = ()
    messages: tuple[MessageView, ...] = ()
    agreement: AgreementView | None = None

    def invited(self) -> frozenset[int]:
        """Collaborators already invited to the case, whatever they answered."""
        return frozenset(i.collaborator for i in self.invitations)

    def accepted(self) -> tuple[InvitationView, ...]:
        return tuple(i for i in self.invitations if i.status == "accepted")
