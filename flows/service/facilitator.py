"""A facilitator's message: the workspace action, then its events applied to the store."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from flows.core.events import (
    AgreementRecorded,
    Audited,
    CaseChanged,
    CaseRerouted,
    Event,
    FileAccepted,
    FundingEvent,
    InvitationSent,
    MessageRelayed,
    NoteAdded,
)
from flows.core.messages import Inbound, Outbound
from flows.core.policy import QUOTA_WINDOW, Policy
from flows.core.ports import Transaction
from flows.core.regions import COORDINATOR
from flows.core.state import Conversation
from flows.engine.context import clean_text
from flows.service.collaborator import (
    invitation_message,
)
from flows.service.delivery import deliver
from flows.service.followup_cases import apply_followup_workspace, followup_desk
from flows.service.grants import apply_funding_event, funding_desk
from flows.service.notifications import announce
from flows.service.services import Services
from flows.workspace import commands, funding, table
from flows.workspace.agreement import agreement_lines, confirm_choices
from flows.workspace.desk import Desk, Facilitator
from flows.workspace.desk_state import DeskState
from flows.workspace.matching import Suggestion, suggest
from flows.workspace.record import CaseHistory
from flows.workspace.work import Command

HISTORY_ACTIONS = frozenset({"open", "match", "invite", "agreement", "save"})
"""The actions that need the case's history (notes, invitations, agreement, messages)."""


async def handle_facilitator(
    tx: Transaction, actor: Facilitator, inbound: Inbound, now: datetime, services: Services
) -> None:
    state = await tx.load_conversation(actor.person) or Conversation(locale=actor.locale)
    if inbound.unreadable:
        await deliver(tx, [Outbound(actor.person, "resend-please")], None, inbound, now)
        return
    attachment = inbound.attachment
    desk_state = DeskState.from_json(state.desk)
    command = commands.parse(
        clean_text(inbound.text),
        inbound.choice,
        desk_state,
        inbound.forwarded,
        with_file=attachment is not None,
        album=inbound.album,
    )
    desk = await followup_desk(
        tx, await _load_desk(tx, actor, command, services.policy, now), command, now
    )
    if attachment is not None:
        desk = replace(
            desk,
            attachment=attachment,
            file_id=services.entropy(12).hex(),
            album=inbound.album,
            file_usage=await tx.file_usage(actor.person, now - QUOTA_WINDOW),
            policy=services.policy,
        )
    result = table.act(command, desk, desk_state)
    actor_label = f"facilitator:{actor.id}"
    for event in result.events:
        if isinstance(event, FileAccepted):
            await tx.save_file(
                actor.person, event.file_id, event.attachment, now, case_ref=event.case_ref
            )
            continue
        await _apply_workspace_event(tx, event, actor, actor_label, now, desk)
        await apply_followup_workspace(tx, event, actor, now, services)
    state.desk = result.state.to_json()
    await tx.save_conversation(actor.person, state, now)
    await deliver(tx, result.outbound, None, inbound, now)


async def _load_desk(
    tx: Transaction, actor: Facilitator, command: Command | None, policy: Policy, now: datetime
) -> Desk:
    if command is None:
        return Desk(actor)
    colleagues = tuple(await tx.facilitators())
    if command.action == "cases":
        return Desk(actor, cases=tuple(await tx.open_cases()), colleagues=colleagues)
    if command.ref is None:  # no reference and no case in focus: the desk asks which one
        return Desk(actor, cases=tuple(await tx.open_cases()), colleagues=colleagues)
    case = await tx.case_view(command.ref, answers=command.action == "open")
    if case is None:
        return Desk(actor, colleagues=colleagues)
    history = (
        await tx.case_history(case.ref) if command.action in HISTORY_ACTIONS else CaseHistory()
    )
    contact = None
    if command.action == "invite" and command.arg and command.arg.isdecimal():
        contact = await tx.collaborator_contact(int(command.arg[:9]))
    suggestions: tuple[Suggestion, ...] = ()
    if command.action in ("match", "invite"):
        suggestions = tuple(
            suggest(
                await tx.collaborators(), case.country, case.region, case.strategies, case.locale
            )
        )
    regions: tuple[tuple[str, str], ...] = ()
    if command.action in ("reroute", "open"):
        known = [(r.id, r.name) for r in await tx.regions()]
        regions = (*known, (COORDINATOR, "Coordinator"))
    return Desk(
        actor,
        case=case,
        colleagues=colleagues,
        record=history,
        contact=contact,
        suggestions=suggestions,
        regions=regions,
        funding=await funding_desk(tx, case, command.action in funding.ACTIONS, now),
    )


async def _apply_workspace_event(
    tx: Transaction,
    event: Event,
    actor: Facilitator,
    actor_label: str,
    now: datetime,
    desk: Desk,
) -> None:
    if isinstance(event, FundingEvent):
        await apply_funding_event(tx, event, actor, now)
    elif isinstance(event, CaseChanged):
        await tx.update_case(event.ref, event.field, event.value, now)
    elif isinstance(event, CaseRerouted):
        rerouted = await tx.case_view(event.ref)
        if rerouted is not None:
            await announce(tx, rerouted, now)
    elif isinstance(event, NoteAdded):
        await tx.add_note(event.ref, event.author, event.text, now)
    elif isinstance(event, Audited):
        await tx.audit(now, actor_label, event.action, event.ref, event.detail)
    elif isinstance(event, InvitationSent):
        invitation = await tx.add_invitation(event.ref, event.collaborator, now)
        person = await tx.collaborator_person(event.collaborator)
        case = desk.case
        contact = await tx.contact(person) if person else None
        if contact is not None and person is not None and case is not None:
            message = invitation_message(person, invitation, case, contact.locale)
            await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
            waiting = await tx.load_conversation(person) or Conversation(locale=contact.locale)
            if invitation not in waiting.invitations:
                waiting.invitations.append(invitation)
            await tx.save_conversation(person, waiting, now)
    elif isinstance(event, MessageRelayed):
        await tx.add_case_message(event.ref, event.direction, event.text, event.with_file, now)
    elif isinstance(event, AgreementRecorded):
        await tx.save_agreement(event.ref, event.fields, actor.id, now)
        await _ask_collaborators_to_confirm(tx, event, now)


async def _ask_collaborators_to_confirm(
    tx: Transaction, event: AgreementRecorded, now: datetime
) -> None:
    """Each collaborator who accepted gets the agreement in their language, to confirm."""
    for collaborator in await tx.connections(event.ref):
        person = await tx.collaborator_person(collaborator)
        contact = await tx.contact(person) if person else None
        if contact is not None and person is not None:
            message = Outbound(
                person,
                "agreement-confirm-collaborator",
                {"ref": event.ref},
                confirm_choices(event.ref),
                parts=tuple(agreement_lines(event.fields)),
            )
            await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
