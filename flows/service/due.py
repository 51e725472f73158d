"""A due job (escalation, later check-ins) run inside the caller's transaction, at most once."""

from __future__ import annotations

from datetime import datetime

from flows.core.events import (
    Audited,
)
from flows.core.policy import Policy
from flows.core.ports import Transaction
from flows.jobs import escalation
from flows.service import funding_calls
from flows.service.followup_due import run_due_prompt

__all__ = ["run_due_job", "run_due_prompt"]


async def run_due_job(
    tx: Transaction, job_id: int, kind: str, ref: str, now: datetime, policy: Policy
) -> None:
    """Handle one due job inside the caller's transaction, at most once."""
    if not await tx.finish_job(job_id, now):
        return
    if kind in funding_calls.JOBS:  # issue 14: review reminders and deadlines
        for audited in await funding_calls.run_funding_job(tx, kind, ref, now, policy):
            await tx.audit(now, "system", audited.action, audited.ref, audited.detail)
        return
    case = await tx.case_view(ref)
    coordinators = await tx.facilitators_for("coordinator")
    outbound, events = escalation.on_due(kind, case, coordinators, policy)
    for event in events:
        if isinstance(event, Audited):
            await tx.audit(now, "system", event.action, event.ref, event.detail)
    for message in outbound:
        contact = await tx.contact(message.recipient)
        if contact is not None:
            await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
