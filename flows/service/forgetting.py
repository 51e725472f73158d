"""A requester's ``/forget``: their open cases end as "withdrawn", their facilitators
are told (the reference only, never content), then everything about them is erased.

Why the status first: a case whose requester left must not sit "in progress" in a
facilitator's list with nobody to answer; and why the notice after the erasure:
erasing drops every queued message about the person's cases, this one included.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import lifecycle
from flows.core.messages import Outbound
from flows.core.ports import Transaction
from flows.service.delivery import case_handlers
from flows.workspace.desk import Facilitator

ERASED = "erased"
"""The audit actor of the erasure itself: never the person's pseudonym."""


async def forget(tx: Transaction, person: str, now: datetime) -> None:
    """Withdraw their open cases, erase them, then tell each case's handlers."""
    told: list[tuple[str, list[Facilitator]]] = []
    for summary in await tx.cases_of(person):
        case = await tx.case_view(summary.ref)
        if case is None or not lifecycle.is_open(case.status):
            continue
        told.append((case.ref, await case_handlers(tx, case)))
        await tx.update_case(case.ref, "status", lifecycle.WITHDRAWN, now)
    await tx.forget_person(person, now)
    for ref, handlers in told:
        for handler in handlers:
            contact = await tx.contact(handler.person)
            if contact is not None:
                message = Outbound(handler.person, "ws-case-withdrawn", {"ref": ref})
                await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        await tx.audit(now, "system", "case.withdrawn", ref, f"told:{len(handlers)}")
    await tx.audit(now, ERASED, "person.forgotten")
