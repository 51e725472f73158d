"""A requester's message: the engine's step, then its results applied.

A case opened (and announced), files kept, relays passed to the facilitators
of a case, the person erased: all inside the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import tokens
from flows.core.events import (
    CaseSubmitted,
    FileAccepted,
    FilesDiscarded,
    PersonForgotten,
    RelayFromRequester,
)
from flows.core.messages import Choice, Inbound, Outbound
from flows.core.policy import QUOTA_WINDOW, Policy
from flows.core.ports import Transaction
from flows.core.refs import make_ref
from flows.core.regions import route
from flows.core.state import Conversation
from flows.engine.context import Context
from flows.engine.turn import step
from flows.jobs import escalation
from flows.service.delivery import Reply, case_handlers, deliver
from flows.service.followup_answers import apply_followup
from flows.service.forgetting import forget
from flows.service.notifications import announce
from flows.service.services import Services
from flows.workspace.record import FROM_REQUESTER


async def handle_requester(
    tx: Transaction, inbound: Inbound, address: str, now: datetime, services: Services
) -> None:
    person = inbound.sender
    state = await tx.load_conversation(person) or Conversation()
    cases = await tx.cases_of(person)
    ref = make_ref(services.entropy(8))
    while await tx.ref_taken(ref):
        ref = make_ref(services.entropy(8))
    usage = (0, 0)
    if inbound.attachment is not None:
        usage = await tx.file_usage(person, now - QUOTA_WINDOW)
    context = Context(
        now=now,
        channel=inbound.channel,
        label=services.label,
        new_id=lambda: services.entropy(12).hex(),
        new_ref=lambda: ref,
        flows=services.flows,
        policy=services.policy,
        cases=tuple(cases),
        file_usage=usage,
        guess_language=services.guess_language,
    )
    result = step(state, inbound, context)
    result = await apply_followup(tx, person, inbound.channel, result, now, services)
    forgotten = False
    for event in result.events:
        if isinstance(event, FileAccepted):
            await tx.save_file(person, event.file_id, event.attachment, now)
        elif isinstance(event, FilesDiscarded):
            await tx.discard_files(event.file_ids)
        elif isinstance(event, CaseSubmitted):
            await _open_case(tx, person, event, now, services.policy)
        elif isinstance(event, RelayFromRequester):
            await relay_to_facilitators(tx, event, now)
        elif isinstance(event, PersonForgotten):
            await forget(tx, person, now)
            forgotten = True
    if not forgotten:
        await tx.save_conversation(person, result.state, now)
    reply = Reply(person, address, result.locale)
    await deliver(tx, result.outbound, reply, inbound, now)


async def _open_case(
    tx: Transaction, person: str, event: CaseSubmitted, now: datetime, policy: Policy
) -> None:
    region = route(event.country, await tx.regions())
    await tx.create_case(person, event, region, now)
    await tx.schedule(
        escalation.UNCLAIMED, event.ref, escalation.unclaimed_due(now, event.urgent, policy)
    )
    await tx.audit(now, person[:8], "case.submitted", event.ref, f"region:{region}")
    case = await tx.case_view(event.ref)
    assert case is not None
    await announce(tx, case, now)


async def relay_to_facilitators(tx: Transaction, event: RelayFromRequester, now: datetime) -> None:
    """To the facilitator handling the case, or to everyone covering its region (privately)."""
    case = await tx.case_view(event.ref)
    if case is None:
        return
    handlers = await case_handlers(tx, case)
    for handler in handlers:
        contact = await tx.contact(handler.person)
        if contact is None:
            continue
        key = "ws-relay-file" if event.file_id else "ws-relay-from-requester"
        message = Outbound(
            handler.person,
            key,
            {"ref": case.ref, "text": event.text or ""},
            (
                Choice(tokens.desk("reply", case.ref), "ws-act-reply"),
                Choice(tokens.desk("open", case.ref), "ws-act-open"),
            ),
            file_id=event.file_id,
        )
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
    await tx.add_case_message(
        case.ref, FROM_REQUESTER, event.text or "", event.file_id is not None, now
    )
    await tx.audit(now, "system", "case.relayed", case.ref, f"to-facilitators:{len(handlers)}")
