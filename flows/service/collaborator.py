"""A registered collaborator's messages, applied inside the caller's transaction.

Collaborators have their own conversation (see :mod:`flows.collab.conversation`): a
button or typed words answer their latest invitation still waiting, anything
else gets a short help of their own. Nothing they send is stored and none of
it starts an intake. Forged or foreign ``c:`` buttons are refused and audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flows.collab import conversation as collab
from flows.core import tokens
from flows.core.countries import country_name
from flows.core.messages import Choice, Inbound, Outbound, Ref
from flows.core.numbers import small_number
from flows.core.ports import Transaction
from flows.core.state import Conversation
from flows.engine.context import clean_text
from flows.service.delivery import Reply, case_handlers, deliver
from flows.workspace.desk import CaseView
from flows.workspace.matching import Collaborator


def invitation_message(person: str, invitation: int, case: CaseView, locale: str) -> Outbound:
    return Outbound(
        person,
        "collab-invite",
        {
            "ref": case.ref,
            "country": country_name(case.country, locale) if case.country else "-",
            "strategies": Ref(tuple(f"opt-strategies-{s}" for s in case.strategies))
            if case.strategies
            else "-",
        },
        (
            Choice(tokens.collab("accept", str(invitation)), collab.ACCEPT),
            Choice(tokens.collab("decline", str(invitation)), collab.DECLINE),
        ),
    )


async def handle_collaborator(
    tx: Transaction,
    collaborator: Collaborator,
    inbound: Inbound,
    address: str,
    now: datetime,
    label: Callable[[str, str], str],
    default_locale: str,
) -> None:
    """A registered collaborator's message: an answer to their latest invitation, or help.

    A button names its invitation; typed words ("1", "yes", "non") answer the
    latest invitation still waiting. Nothing a collaborator sends is stored
    and none of it starts an intake.
    """
    person = inbound.sender
    contact = await tx.contact(person)
    state = await tx.load_conversation(person) or Conversation(
        locale=contact.locale if contact else None
    )
    locale = state.locale or default_locale
    reply = Reply(person, address, locale)
    waiting: list[tuple[int, str]] = []
    for number in state.invitations:
        found = await tx.invitation(number)
        if found is not None and found[1] == collaborator.id and found[2] == "invited":
            waiting.append((number, found[0]))
    state.invitations = [number for number, _ in waiting]
    if inbound.choice is not None and tokens.is_collab(inbound.choice):
        token = tokens.parse_collab(inbound.choice)
        tapped = small_number(token.invitation) if token is not None else None
        if token is None or token.answer not in ("accept", "decline") or tapped is None:
            await refuse_invitation_answer(tx, inbound, address, now, default_locale)
            return
        await _answer_invitation(
            tx, collaborator, tapped, token.answer == "accept", reply, inbound, now
        )
        state.invitations = [n for n in state.invitations if n != tapped]
    elif inbound.unreadable:
        await deliver(tx, [Outbound(person, "resend-please")], reply, inbound, now)
    else:
        text = "" if inbound.forwarded else clean_text(inbound.text)
        answer = collab.typed_answer(text, locale, label) if text else None
        if waiting and answer is not None and inbound.attachment is None:
            number = waiting[-1][0]
            await _answer_invitation(tx, collaborator, number, answer, reply, inbound, now)
            state.invitations = state.invitations[:-1]
        elif waiting:
            number, ref = waiting[-1]
            case = await tx.case_view(ref)
            messages = [Outbound(person, "collab-help-pending", {"ref": ref})]
            if case is not None:
                messages.append(invitation_message(person, number, case, locale))
            await deliver(tx, messages, reply, inbound, now)
        else:
            await deliver(tx, [Outbound(person, "collab-help")], reply, inbound, now)
    await tx.save_conversation(person, state, now)


async def refuse_invitation_answer(
    tx: Transaction, inbound: Inbound, address: str, now: datetime, default_locale: str
) -> None:
    """A ``c:`` button from someone it was not sent to, or a forged one: refused, audited."""
    person = inbound.sender
    state = await tx.load_conversation(person)
    locale = (state.locale if state else None) or default_locale
    await tx.audit(now, person[:8], "refused", None, "invitation:not-theirs")
    reply = Reply(person, address, locale)
    await deliver(tx, [Outbound(person, "ws-not-facilitator")], reply, inbound, now)


async def _answer_invitation(
    tx: Transaction,
    collaborator: Collaborator,
    number: int,
    accepted: bool,
    reply: Reply,
    inbound: Inbound,
    now: datetime,
) -> None:
    person = reply.person
    invitation = await tx.invitation(number)
    if invitation is None or invitation[1] != collaborator.id:
        await tx.audit(now, person[:8], "refused", None, "invitation:not-theirs")
        await deliver(tx, [Outbound(person, "ws-not-facilitator")], reply, inbound, now)
        return
    ref, _, status = invitation
    if status != "invited":
        await deliver(
            tx, [Outbound(person, "collab-already-answered", {"ref": ref})], reply, inbound, now
        )
        return
    await tx.answer_invitation(number, accepted, now)
    await tx.audit(
        now,
        f"collaborator:{collaborator.id}",
        "invitation.accepted" if accepted else "invitation.declined",
        ref,
    )
    messages = [
        Outbound(
            person, "collab-thanks-accept" if accepted else "collab-thanks-decline", {"ref": ref}
        )
    ]
    case = await tx.case_view(ref)
    if case is not None:
        handlers = await case_handlers(tx, case)
        key = "ws-invite-accepted" if accepted else "ws-invite-declined"
        messages += [
            Outbound(h.person, key, {"ref": ref, "name": collaborator.name}) for h in handlers
        ]
    await deliver(tx, messages, reply, inbound, now)
