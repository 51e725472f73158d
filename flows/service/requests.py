"""Handle one inbound message: the single place where a step's results are applied.

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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from flows.core import lifecycle, tokens
from flows.core.countries import country_name
from flows.core.events import (
    AgreementRecorded,
    Audited,
    CaseChanged,
    CaseRerouted,
    CaseSubmitted,
    Event,
    FileAccepted,
    FilesDiscarded,
    InvitationSent,
    NoteAdded,
    PersonForgotten,
    RelayFromRequester,
)
from flows.core.messages import ArgValue, Choice, Inbound, Outbound, Ref
from flows.core.policy import QUOTA_WINDOW, Policy
from flows.core.ports import Clock, Transaction
from flows.core.refs import make_ref
from flows.core.regions import COORDINATOR, route
from flows.core.state import Conversation
from flows.engine.context import Context, clean_text
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake import flow as intake
from flows.jobs import escalation
from flows.service.collaborator import (
    handle_collaborator,
    invitation_message,
    refuse_invitation_answer,
)
from flows.service.delivery import Reply, case_handlers, deliver
from flows.workspace import commands, table
from flows.workspace.agreement import agreement_lines
from flows.workspace.desk import CaseView, Desk, Facilitator
from flows.workspace.desk_state import DeskState
from flows.workspace.matching import Suggestion, suggest
from flows.workspace.work import Command


@dataclass(frozen=True, slots=True)
class Services:
    """The outside things a step needs: time, randomness and labels, all injected."""

    clock: Clock
    label: Callable[[str, str], str]
    entropy: Callable[[int], bytes]
    policy: Policy = field(default_factory=Policy)
    flows: Flows = field(default_factory=lambda: Flows(intake.FLOW))
    """The flows the engine runs; the intake opens for a newcomer."""


async def handle_inbound(
    tx: Transaction, inbound: Inbound, address: str, services: Services
) -> None:
    now = services.clock.now()
    person = inbound.sender
    await tx.remember_person(person, inbound.channel, address, now)
    actor = await tx.facilitator_by_person(person)
    if actor is not None:
        await _facilitator(tx, actor, inbound, now, services)
        return
    collaborator = await tx.collaborator_by_person(person)
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
    if commands.looks_like_workspace(text, inbound.choice, inbound.forwarded):
        state = await tx.load_conversation(person)
        locale = (state.locale if state else None) or services.policy.default_language
        await tx.audit(now, person[:8], "refused", None, "not-a-facilitator")
        await tx.enqueue(
            inbound.channel, address, locale, Outbound(person, "ws-not-facilitator"), now
        )
        return
    await _requester(tx, inbound, address, now, services)


# ----- requesters ---------------------------------------------------------------------


async def _requester(
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
    )
    result = step(state, inbound, context)
    forgotten = False
    for event in result.events:
        if isinstance(event, FileAccepted):
            await tx.save_file(person, event.file_id, event.attachment, now)
        elif isinstance(event, FilesDiscarded):
            await tx.discard_files(event.file_ids)
        elif isinstance(event, CaseSubmitted):
            await _open_case(tx, person, event, now, services.policy)
        elif isinstance(event, RelayFromRequester):
            await _relay_to_facilitators(tx, event, now)
        elif isinstance(event, PersonForgotten):
            await tx.forget_person(person, now)
            await tx.audit(now, person[:8], "person.forgotten")
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
    await _announce(tx, case, now)


async def _announce(tx: Transaction, case: CaseView, now: datetime) -> None:
    """The minimal announcement, to the region's queue chat or each of its facilitators.

    A case always reaches someone at once: when its region has no queue and
    no reachable facilitator, the coordinators hear of it instead (audited as
    ``case.to-coordinator``); ``case.unrouted`` only when there is no
    coordinator either, which start-up and ``doctor`` report.
    """
    region = case.region
    recipients = (
        [tokens.queue(region)]
        if await tx.contact(tokens.queue(region))
        else [f.person for f in await tx.facilitators_for(region)]
    )
    reached = await _announce_to(tx, case, recipients, now)
    if reached == 0 and region != COORDINATOR:
        coordinators = [f.person for f in await tx.facilitators_for(COORDINATOR)]
        reached = await _announce_to(tx, case, coordinators, now)
        if reached:
            await tx.audit(now, "system", "case.to-coordinator", case.ref, f"region:{region}")
    if reached == 0:
        await tx.audit(now, "system", "case.unrouted", case.ref, f"region:{region}")


async def _announce_to(
    tx: Transaction, case: CaseView, recipients: Sequence[str], now: datetime
) -> int:
    """Queue the announcement for each recipient with an address; how many there were."""
    choices = (
        Choice(tokens.desk("claim", case.ref), "ws-act-claim"),
        Choice(tokens.desk("open", case.ref), "ws-act-open"),
    )
    reached = 0
    for recipient in recipients:
        contact = await tx.contact(recipient)
        if contact is None:
            continue
        message = Outbound(
            recipient, "ws-new-case", _case_summary_args(case, contact.locale), choices
        )
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        reached += 1
    return reached


def _case_summary_args(case: CaseView, locale: str) -> dict[str, ArgValue]:
    """The minimal summary a queue may see: no names, no words of the requester."""
    return {
        "ref": case.ref,
        "country": country_name(case.country, locale) if case.country else "-",
        "level": case.level,
        "strategies": Ref(tuple(f"opt-strategies-{s}" for s in case.strategies))
        if case.strategies
        else "-",
        "urgent": Ref(("ws-urgent-mark",)) if case.urgent else "",
        "language": Ref((f"language-{case.locale}",)),
        "region": case.region,
    }


async def _relay_to_facilitators(tx: Transaction, event: RelayFromRequester, now: datetime) -> None:
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
    await tx.audit(now, "system", "case.relayed", case.ref, f"to-facilitators:{len(handlers)}")


# ----- facilitators -----------------------------------------------------------------------


async def _facilitator(
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
    desk = await _load_desk(tx, actor, command, services.policy)
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
    state.desk = result.state.to_json()
    await tx.save_conversation(actor.person, state, now)
    await deliver(tx, result.outbound, None, inbound, now)


async def _load_desk(
    tx: Transaction, actor: Facilitator, command: Command | None, policy: Policy
) -> Desk:
    if command is None:
        return Desk(actor)
    colleagues = tuple(await tx.facilitators())
    if command.action == "cases":
        return Desk(actor, cases=tuple(await tx.open_cases()), colleagues=colleagues)
    if command.ref is None:
        return Desk(actor, colleagues=colleagues)
    case = await tx.case_view(command.ref, answers=command.action == "open")
    if case is None:
        return Desk(actor, colleagues=colleagues)
    notes = tuple(await tx.notes(case.ref)) if command.action == "open" else ()
    suggestions: tuple[Suggestion, ...] = ()
    if command.action in ("match", "invite"):
        suggestions = tuple(
            suggest(
                await tx.collaborators(), case.country, case.region, case.strategies, case.locale
            )
        )
    regions: tuple[tuple[str, str], ...] = ()
    if command.action == "reroute":
        known = [(r.id, r.name) for r in await tx.regions()]
        regions = (*known, (COORDINATOR, "Coordinator"))
    return Desk(
        actor,
        case=case,
        colleagues=colleagues,
        notes=notes,
        suggestions=suggestions,
        regions=regions,
    )


async def _apply_workspace_event(
    tx: Transaction,
    event: Event,
    actor: Facilitator,
    actor_label: str,
    now: datetime,
    desk: Desk,
) -> None:
    if isinstance(event, CaseChanged):
        await tx.update_case(event.ref, event.field, event.value, now)
    elif isinstance(event, CaseRerouted):
        rerouted = await tx.case_view(event.ref)
        if rerouted is not None:
            await _announce(tx, rerouted, now)
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
    elif isinstance(event, AgreementRecorded):
        await tx.save_agreement(event.ref, event.fields, actor.id, now)
        for collaborator in await tx.connections(event.ref):
            person = await tx.collaborator_person(collaborator)
            contact = await tx.contact(person) if person else None
            if contact is not None and person is not None:
                message = Outbound(
                    person,
                    "agreement-summary",
                    {"ref": event.ref},
                    parts=tuple(agreement_lines(event.fields)),
                )
                await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)


async def run_due_job(
    tx: Transaction, job_id: int, kind: str, ref: str, now: datetime, policy: Policy
) -> None:
    """Handle one due job inside the caller's transaction, at most once."""
    if not await tx.finish_job(job_id, now):
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


async def report_unreachable(tx: Transaction, person: str, reason: str, now: datetime) -> None:
    """A message to ``person`` can never be delivered (blocked, account gone): tell whoever
    handles their open cases, so nobody waits for an answer that cannot come."""
    for summary in await tx.cases_of(person):
        if not lifecycle.is_open(summary.status):
            continue
        case = await tx.case_view(summary.ref)
        if case is None:
            continue
        for handler in await case_handlers(tx, case):
            contact = await tx.contact(handler.person)
            if contact is not None:
                message = Outbound(
                    handler.person,
                    "ws-requester-unreachable",
                    {"ref": case.ref},
                    (Choice(tokens.desk("open", case.ref), "ws-act-open"),),
                )
                await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        await tx.audit(now, "system", "delivery.failed", case.ref, reason[:40])
