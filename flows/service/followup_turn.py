"""A collaborator's message while a follow-up is open in their conversation.

Collaborators have their own small conversation (their invitations, see
:mod:`flows.service.collaborator`); a check-in or survey the exchange opened
for them runs on the engine like anyone's, and so do ``/pause``, ``/stop``
and ``/resume``. Their waiting invitations are kept whatever the flow does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from flows.core.events import FileAccepted, FilesDiscarded, PersonForgotten
from flows.core.messages import Inbound
from flows.core.policy import QUOTA_WINDOW
from flows.core.ports import Transaction
from flows.core.state import Conversation
from flows.engine.context import Context, clean_text
from flows.engine.turn import step
from flows.followup.commands import FOLLOWUP_FLOWS
from flows.service.delivery import Reply, deliver
from flows.service.followup_answers import apply_followup
from flows.service.followup_people import context
from flows.service.services import Services

COMMANDS = frozenset({"pause", "stop", "resume"})


async def in_followup(tx: Transaction, inbound: Inbound) -> bool:
    """Whether this collaborator's message belongs to a follow-up (or is one of its commands)."""
    text = clean_text(inbound.text)
    name = text[1:].split(" ", 1)[0].split("@", 1)[0].casefold()
    if text.startswith("/") and not inbound.forwarded and name in COMMANDS:
        return True
    state = await tx.load_conversation(inbound.sender)
    return state is not None and state.flow in FOLLOWUP_FLOWS


async def handle_followup_turn(
    tx: Transaction, inbound: Inbound, address: str, now: datetime, services: Services
) -> None:
    person = inbound.sender
    contact = await tx.contact(person)
    state = await tx.load_conversation(person) or Conversation(
        locale=contact.locale if contact else None
    )
    ctx = context(services, now, inbound.channel, ())
    if inbound.attachment is not None:
        ctx = _with_usage(ctx, await tx.file_usage(person, now - QUOTA_WINDOW))
    result = step(state, inbound, ctx)
    result = await apply_followup(tx, person, inbound.channel, result, now, services)
    for event in result.events:
        if isinstance(event, FileAccepted):
            await tx.save_file(
                person, event.file_id, event.attachment, now, case_ref=event.case_ref
            )
        elif isinstance(event, FilesDiscarded):
            await tx.discard_files(event.file_ids)
        elif isinstance(event, PersonForgotten):
            await tx.forget_person(person, now)
            await tx.audit(now, person[:8], "person.forgotten")
    if not any(isinstance(e, PersonForgotten) for e in result.events):
        kept = result.state
        kept.invitations = list(dict.fromkeys([*state.invitations, *kept.invitations]))
        await tx.save_conversation(person, kept, now)
    await deliver(tx, result.outbound, Reply(person, address, result.locale), inbound, now)


def _with_usage(ctx: Context, usage: tuple[int, int]) -> Context:
    return replace(ctx, file_usage=usage)
