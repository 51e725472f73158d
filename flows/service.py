"""Handle one inbound message: the single place where a step's results are applied.

Called by the runtime inside one store transaction, so the new state, the
replies and the effects (case created, files kept, person erased) are
committed together: if the process dies before the commit, the message is
still in the inbox and is handled again; after it, nothing is redone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from flows.engine import Context, Result, step
from flows.events import CaseSubmitted, FileAccepted, FilesDiscarded, PersonForgotten
from flows.messages import Inbound
from flows.policy import Policy
from flows.ports import Clock, Transaction
from flows.refs import make_ref
from flows.state import Conversation


@dataclass(frozen=True, slots=True)
class Services:
    """The outside things a step needs: time, randomness and labels, all injected."""

    clock: Clock
    label: Callable[[str, str], str]
    entropy: Callable[[int], bytes]
    policy: Policy = field(default_factory=Policy)


async def handle_inbound(
    tx: Transaction, inbound: Inbound, address: str, services: Services
) -> Result:
    now = services.clock.now()
    person = inbound.sender
    await tx.remember_person(person, inbound.channel, address, now)
    state = await tx.load_conversation(person) or Conversation()
    cases = await tx.cases_of(person)
    ref = make_ref(services.entropy(8))
    while await tx.ref_taken(ref):
        ref = make_ref(services.entropy(8))
    context = Context(
        now=now,
        channel=inbound.channel,
        label=services.label,
        new_id=lambda: services.entropy(12).hex(),
        new_ref=lambda: ref,
        policy=services.policy,
        cases=tuple(cases),
    )
    result = step(state, inbound, context)
    forgotten = False
    for event in result.events:
        if isinstance(event, FileAccepted):
            await tx.save_file(person, event.file_id, event.attachment, now)
        elif isinstance(event, FilesDiscarded):
            await tx.discard_files(event.file_ids)
        elif isinstance(event, CaseSubmitted):
            await tx.create_case(person, event, now)
            await tx.audit(now, person[:8], "case.submitted", event.ref)
        elif isinstance(event, PersonForgotten):
            await tx.forget_person(person, now)
            await tx.audit(now, person[:8], "person.forgotten")
            forgotten = True
    if not forgotten:
        await tx.save_conversation(person, result.state, now)
    for message in result.outbound:
        await tx.enqueue(inbound.channel, address, result.locale, message, now)
    return result
