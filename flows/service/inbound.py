"""Handle one inbound message: route it to the facilitator, collaborator or requester handler.

Called by the runtime inside one store transaction, so the new state, the
replies and the effects (case created, files kept, person erased, case
claimed…) are committed together: if the process dies before the commit,
the message is still in the inbox and is handled again; after it, nothing
is redone.

Three kinds of people write to the bot: registered facilitators (their
messages go to the workspace), registered collaborators (their own small
conversation: answering invitations), and everyone else (the intake and,
once they have a case, the relay). Anyone who is not a facilitator trying a
facilitator action is refused and audited.

Files count against one daily quota per person, whoever they are and
whatever the flow: the usage of the last rolling day is loaded here and
checked by the pure step, so nothing past the quota is ever stored.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import tokens
from flows.core.messages import Inbound, Outbound
from flows.core.ports import Transaction
from flows.engine.context import clean_text
from flows.funding.models import GrantsMember
from flows.service.agreement_answers import agreement_answer, handle_agreement_answer
from flows.service.collaborator import (
    handle_collaborator,
    refuse_invitation_answer,
)
from flows.service.facilitator import handle_facilitator
from flows.service.followup_turn import handle_followup_turn, in_followup
from flows.service.grants import (
    handle_continuation,
    handle_grants_member,
    level3_ref,
    refuse_grants,
)
from flows.service.requester import handle_requester
from flows.service.services import Services
from flows.workspace import commands


async def handle_inbound(
    tx: Transaction, inbound: Inbound, address: str, services: Services
) -> None:
    now = services.clock.now()
    person = inbound.sender
    await tx.remember_person(person, inbound.channel, address, now)
    member = await tx.grants_member_by_person(person)
    if member is not None or (inbound.choice is not None and tokens.is_grants(inbound.choice)):
        await _grants(tx, inbound, address, services, member)  # issue 14
        return
    actor = await tx.facilitator_by_person(person)
    if actor is not None:
        await handle_facilitator(tx, actor, inbound, now, services)
        return
    answer = agreement_answer(inbound)
    if answer is not None:
        state = await tx.load_conversation(person)
        contact = await tx.contact(person)
        locale = (
            (state.locale if state else None)
            or (contact.locale if contact else None)
            or services.policy.default_language
        )
        await handle_agreement_answer(tx, answer, inbound, address, locale, now)
        return
    collaborator = await tx.collaborator_by_person(person)
    if collaborator is not None and await in_followup(tx, inbound):
        await handle_followup_turn(tx, inbound, address, now, services)
        return
    if collaborator is not None:
        await handle_collaborator(
            tx,
            collaborator,
            inbound,
            address,
            now,
            services.label,
            services.policy.default_language,
        )
        return
    text = clean_text(inbound.text)
    if inbound.choice is not None and tokens.is_collab(inbound.choice):
        await refuse_invitation_answer(tx, inbound, address, now, services.policy.default_language)
        return
    if await _continuation(tx, inbound, text, address, now, services):
        return
    if commands.looks_like_workspace(text, inbound.choice, inbound.forwarded):
        state = await tx.load_conversation(person)
        locale = (state.locale if state else None) or services.policy.default_language
        await tx.audit(now, person[:8], "refused", None, "not-a-facilitator")
        await tx.enqueue(
            inbound.channel, address, locale, Outbound(person, "ws-not-facilitator"), now
        )
        return
    await handle_requester(tx, inbound, address, now, services)


async def _continuation(
    tx: Transaction, inbound: Inbound, text: str, address: str, now: datetime, services: Services
) -> bool:
    """The ``l3:`` button or ``/level3 REF`` (issue 14); False for any other message."""
    typed_ref = level3_ref(text) if inbound.choice is None and not inbound.forwarded else None
    pressed = inbound.choice is not None and tokens.is_continuation(inbound.choice)
    if typed_ref is None and not pressed:
        return False
    state = await tx.load_conversation(inbound.sender)
    locale = (state.locale if state else None) or services.policy.default_language
    ref = typed_ref if typed_ref is not None else tokens.value_of(inbound.choice or "")
    await handle_continuation(tx, inbound, ref, address, now, locale)
    return True


async def _grants(
    tx: Transaction, inbound: Inbound, address: str, services: Services, member: GrantsMember | None
) -> None:
    """A grants member's message, or a ``g:`` button from anyone else (refused, audited)."""
    now = services.clock.now()
    if member is not None:
        await handle_grants_member(tx, member, inbound, address, now, services)
        return
    facilitator = await tx.facilitator_by_person(inbound.sender)
    state = await tx.load_conversation(inbound.sender)
    locale = facilitator.locale if facilitator else None
    locale = locale or (state.locale if state else None) or services.policy.default_language
    who = f"facilitator:{facilitator.id}" if facilitator else None
    await refuse_grants(tx, inbound, address, now, locale, who)
