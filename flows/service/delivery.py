"""Where replies go: the sender's own address, or each recipient's registered contact.

Shared by everyone the service handles (requesters, facilitators and
collaborators), so a reply always goes to the right place in the right
language, and a case's words always reach somebody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from flows.core.messages import Inbound, Outbound
from flows.core.ports import Transaction
from flows.core.regions import COORDINATOR
from flows.workspace.desk import CaseView, Facilitator


@dataclass(frozen=True, slots=True)
class Reply:
    """Where the sender's own replies go: the address they wrote from, in their language."""

    person: str
    address: str
    locale: str


async def case_handlers(tx: Transaction, case: CaseView) -> list[Facilitator]:
    """Who should hear about a case: its assignee, or everyone covering its region, or
    (when nobody covers it) the coordinators: a requester's words never go to no one."""
    if case.assignee is not None:
        assigned = [f for f in await tx.facilitators() if f.id == case.assignee]
        if assigned:
            return assigned
    return await tx.facilitators_for(case.region) or await tx.facilitators_for(COORDINATOR)


async def deliver(
    tx: Transaction,
    messages: Sequence[Outbound],
    reply: Reply | None,
    inbound: Inbound,
    now: datetime,
) -> None:
    """Queue each message for its recipient's registered address, in their language.

    Facilitators are always written to at their registered private chat, never
    at the address a message came from (which may be a group).
    """
    for message in messages:
        if reply is not None and message.recipient == reply.person:
            await tx.enqueue(inbound.channel, reply.address, reply.locale, message, now)
            continue
        contact = await tx.contact(message.recipient)
        if contact is None:
            await tx.audit(now, "system", "undeliverable", None, message.key)
            continue
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
