"""What a follow-up step produced, applied: answers kept (sealed), the facilitator told,
``/support``, ``/pause``, ``/stop`` and ``/resume``.

Called with the engine's :class:`~flows.engine.context.Result` before the
conversation is saved, because finishing the first part of a check-in opens
its second part in the same conversation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from flows.core.events import FlowCompleted, FollowupPreference, SupportRequested
from flows.core.messages import ArgValue, Channel, Outbound
from flows.core.ports import Transaction
from flows.engine.context import Result
from flows.engine.turn import start
from flows.followup import checkin
from flows.followup.evaluation import EVALUATION
from flows.followup.records import ANSWERED, CHECKIN, Prefs, Prompt
from flows.followup.view import answer_lines
from flows.service.followup_people import KIND_OF, context, tell_facilitators, who
from flows.service.services import Services
from flows.workspace.funding import continuation_offer


async def apply_followup(
    tx: Transaction,
    person: str,
    channel: Channel,
    result: Result,
    now: datetime,
    services: Services,
) -> Result:
    """Apply the follow-up events of one step; the result, with a second part opened."""
    for event in result.events:
        if isinstance(event, FlowCompleted) and event.flow in KIND_OF and event.case:
            await record(tx, person, event, now, services)
            if event.flow == EVALUATION:  # issue 14, after the thanks
                offer = await _level3_offer(tx, person, event.case)
                result = replace(result, outbound=result.outbound + offer)
            if event.flow == checkin.CHECKIN:
                result = _open_more(person, channel, event.case, result, now, services)
        elif isinstance(event, SupportRequested):
            await _support(tx, person, event, now)
        elif isinstance(event, FollowupPreference):
            await _preference(tx, person, event, now)
    return result


def _open_more(
    person: str,
    channel: Channel,
    ref: str,
    result: Result,
    now: datetime,
    services: Services,
) -> Result:
    ctx = context(services, now, channel, ())
    more = start(result.state, person, checkin.CHECKIN_MORE, ctx, case=ref)
    return replace(result, state=more.state, outbound=result.outbound + more.outbound)


async def record(
    tx: Transaction, person: str, event: FlowCompleted, now: datetime, services: Services
) -> None:
    """Keep the answers on the prompt they answer; open items; alert the facilitator."""
    assert event.case is not None
    kind = KIND_OF[event.flow]
    prompt = await _answered_prompt(tx, event.case, person, kind, event.flow)
    if prompt is None:
        await tx.audit(now, person[:8], "followup.unmatched", event.case, event.flow)
        return
    await tx.save_followup_answers(prompt, event.flow, dict(event.answers), now)
    if prompt.state != ANSWERED:
        await tx.update_prompt(prompt.id, ANSWERED, None, now)
    for item in checkin.items(event.answers):
        await tx.add_followup_item(event.case, prompt.id, item, now)
    await tx.audit(now, person[:8], "followup.answered", event.case, event.flow)
    case = await tx.case_view(event.case)
    if case is None:
        return
    alert = checkin.alerts(event.answers)
    lines = answer_lines(event.flow, event.answers)
    if alert:
        lines = [*lines, await dispute_route(tx, case.ref)]
    if alert or (event.flow != checkin.CHECKIN and lines):
        key = "fu-alert" if alert else "fu-answered"
        args: dict[str, ArgValue] = {"who": await who(tx, case, person)}
        await tell_facilitators(tx, case, key, args, now, tuple(lines))


async def _level3_offer(tx: Transaction, person: str, ref: str) -> tuple[Outbound, ...]:
    """After the evaluation of a level-2 case, as after its agreement: its requester may
    ask to continue at level 3 (a button, or ``/level3 REF`` where there are none)."""
    case = await tx.case_view(ref)
    if case is None or case.requester != person or case.level != 2:
        return ()
    if await tx.continuation_requested(ref):
        return ()
    return (continuation_offer(person, ref),)


async def dispute_route(tx: Transaction, ref: str) -> tuple[str, dict[str, ArgValue]]:
    """The agreement's way of resolving disagreements, for the facilitator's alert: the
    route the parties chose is the one to follow (a part of the alert message)."""
    agreement = (await tx.case_history(ref)).agreement
    route = agreement.fields.get("disputes", "").strip() if agreement is not None else ""
    if not route:
        return ("fu-dispute-route-none", {})
    return ("fu-dispute-route", {"text": route})


async def _answered_prompt(
    tx: Transaction, ref: str, person: str, kind: str, flow: str
) -> Prompt | None:
    """The prompt these answers belong to: the open one, or (a check-in's second part)
    the one its first part answered."""
    if flow != checkin.CHECKIN_MORE:
        return await tx.awaiting_prompt(ref, person, kind)
    answered = [
        p
        for p in await tx.prompts_of_case(ref)
        if p.person == person and p.kind == CHECKIN and p.state == ANSWERED
    ]
    return answered[-1] if answered else await tx.awaiting_prompt(ref, person, kind)


async def _support(tx: Transaction, person: str, event: SupportRequested, now: datetime) -> None:
    for ref in event.refs:
        case = await tx.case_view(ref)
        if case is None or case.requester != person:
            continue
        await tx.add_followup_item(ref, None, "support", now)
        await tx.audit(now, person[:8], "followup.support", ref)
        await tell_facilitators(tx, case, "fu-support", {"text": event.text or "-"}, now)


async def _preference(
    tx: Transaction, person: str, event: FollowupPreference, now: datetime
) -> None:
    prefs = await tx.followup_prefs(person)
    if event.action == "pause" and event.until:
        prefs = replace(prefs, paused_until=datetime.fromisoformat(event.until))
    elif event.action == "stop":
        prefs = replace(prefs, stopped=True, paused_until=None)
    elif event.action == "resume":
        prefs = Prefs(person, prefs.zone)
    await tx.save_followup_prefs(prefs)
    await tx.audit(now, person[:8], f"followup.{event.action}")
