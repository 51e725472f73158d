"""Who a case's follow-ups go to, and opening a follow-up flow in someone's conversation.

Shared by the due-runner, the answers and the facilitator's actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from flows.core import tokens
from flows.core.messages import ArgValue, Channel, Choice, Outbound, Ref
from flows.core.ports import Transaction
from flows.core.state import CaseSummary, Conversation
from flows.engine.context import Context
from flows.engine.turn import start
from flows.followup.checkin import CHECKIN, CHECKIN_MORE
from flows.followup.evaluation import EVALUATION, LASTING
from flows.service.delivery import case_handlers
from flows.service.services import Services
from flows.workspace.desk import CaseView

FLOWS_OF: dict[str, tuple[str, ...]] = {
    CHECKIN: (CHECKIN, CHECKIN_MORE),
    EVALUATION: (EVALUATION,),
    LASTING: (LASTING,),
}
"""The flows each kind of prompt opens."""
KIND_OF: dict[str, str] = {flow: kind for kind, flows in FLOWS_OF.items() for flow in flows}


async def participants(tx: Transaction, case: CaseView) -> list[str]:
    """The requester and each collaborator who accepted and is reachable, separately."""
    people = [case.requester] if case.requester else []
    for collaborator in await tx.connections(case.ref):
        person = await tx.collaborator_person(collaborator)
        if person and person not in people:
            people.append(person)
    return people


async def who(tx: Transaction, case: CaseView, person: str) -> ArgValue:
    """How a facilitator is told who answered: "the requester" or the collaborator's name."""
    if person == case.requester:
        return Ref(("fu-who-requester",))
    collaborator = await tx.collaborator_by_person(person)
    return collaborator.name if collaborator else Ref(("fu-who-collaborator",))


def where(state: Conversation | None, kind: str, ref: str) -> str | None:
    """ "active" or "waiting" if a follow-up of ``kind`` about ``ref`` is in the conversation."""
    if state is None:
        return None
    flows = FLOWS_OF.get(kind, ())
    if state.flow in flows and state.case == ref:
        return "active"
    if any(w.get("flow") in flows and w.get("case") == ref for w in state.waiting):
        return "waiting"
    return None


def context(
    services: Services, now: datetime, channel: Channel, cases: Sequence[CaseSummary]
) -> Context:
    """What a step needs when the exchange, not the person, moves the conversation."""
    return Context(
        now=now,
        channel=channel,
        label=services.label,
        new_id=lambda: services.entropy(12).hex(),
        new_ref=lambda: "",
        flows=services.flows,
        policy=services.policy,
        cases=tuple(cases),
    )


async def open_flow(
    tx: Transaction,
    person: str,
    flow_id: str,
    ref: str,
    now: datetime,
    services: Services,
    lead: Sequence[Outbound] = (),
    seed: dict[str, Any] | None = None,
) -> bool:
    """Start ``flow_id`` about ``ref`` in the person's conversation (it waits behind one in
    progress); False if the person cannot be reached. ``lead`` goes first, only if it opens."""
    contact = await tx.contact(person)
    if contact is None:
        return False
    state = await tx.load_conversation(person) or Conversation(locale=contact.locale)
    ctx = context(services, now, contact.channel, await tx.cases_of(person))
    result = start(state, person, flow_id, ctx, case=ref, seed=seed)
    await tx.save_conversation(person, result.state, now)
    messages = [*lead, *result.outbound] if result.outbound else []
    for message in messages:
        await tx.enqueue(contact.channel, contact.address, result.locale, message, now)
    return True


async def say_to(tx: Transaction, person: str, message: Outbound, now: datetime) -> bool:
    """One message to a person in their conversation's language; False if unreachable."""
    contact = await tx.contact(person)
    if contact is None:
        return False
    state = await tx.load_conversation(person)
    locale = (state.locale if state else None) or contact.locale
    await tx.enqueue(contact.channel, contact.address, locale, message, now)
    return True


async def tell_facilitators(
    tx: Transaction,
    case: CaseView,
    key: str,
    args: dict[str, ArgValue],
    now: datetime,
    parts: Sequence[tuple[str, dict[str, ArgValue]]] = (),
) -> int:
    """To whoever handles the case (its assignee, its region, else the coordinator)."""
    told = 0
    choices = (
        Choice(tokens.desk("followup", case.ref), "ws-act-followup"),
        Choice(tokens.desk("reply", case.ref), "ws-act-reply"),
    )
    for handler in await case_handlers(tx, case):
        contact = await tx.contact(handler.person)
        if contact is None:
            continue
        message = Outbound(handler.person, key, {"ref": case.ref, **args}, choices, tuple(parts))
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)
        told += 1
    return told
