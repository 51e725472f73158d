"""A case's follow-up as facilitators shape it: the plan when it goes into
implementation, the surveys when it is completed, and their workspace actions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from flows.core.events import CaseChanged, Event, FollowupNoted, FollowupPlanned
from flows.core.ports import Transaction
from flows.followup import schedule
from flows.followup.records import (
    CHECKIN,
    EVALUATION,
    LASTING,
    Plan,
    checkin_key,
    once_key,
)
from flows.followup.view import FollowupView, build_view
from flows.service.followup_people import participants, tell_facilitators
from flows.service.services import Services
from flows.workspace.desk import CaseView, Desk, Facilitator
from flows.workspace.followup import ACTIONS
from flows.workspace.work import Command

COMPLETED = frozenset({"evaluation", "closed"})
ABANDONED = frozenset({"declined", "referred"})


async def on_status_changed(
    tx: Transaction, ref: str, status: str, now: datetime, services: Services
) -> None:
    """Implementation starts the check-ins; completion ends them and sends the surveys."""
    case = await tx.case_view(ref)
    if case is None:
        return
    policy = services.policy.followup
    if status == "implementation":
        plan = Plan(ref, policy.cadence_days, now, now + timedelta(days=policy.length_days))
        await start_plan(tx, case, plan, now)
        await tell_facilitators(
            tx,
            case,
            "fu-plan-set",
            {"days": plan.cadence_days, "date": plan.ends_at.date().isoformat()},
            now,
        )
    elif status in COMPLETED:
        await tx.end_prompts(ref, (CHECKIN,), now)
        people = await participants(tx, case)
        added = 0
        for person in people:
            added += await tx.add_prompt(
                once_key(EVALUATION, ref, person), EVALUATION, ref, person, 0, now
            )
            if policy.lasting_days > 0:
                later = now + timedelta(days=policy.lasting_days)
                await tx.add_prompt(once_key(LASTING, ref, person), LASTING, ref, person, 0, later)
        if added:
            await tell_facilitators(tx, case, "fu-meeting-prompt", {}, now)
    elif status in ABANDONED:
        await tx.end_prompts(ref, (CHECKIN, EVALUATION, LASTING), now)


async def start_plan(tx: Transaction, case: CaseView, plan: Plan, now: datetime) -> None:
    """Save the plan and schedule its first check-in for everyone on the case."""
    if await tx.followup_plan(case.ref) == plan:
        return  # the same plan again (a repeated command): its check-ins stand
    await tx.end_prompts(case.ref, (CHECKIN,), now)
    await tx.save_followup_plan(plan, now)
    if schedule.last_slot(plan.starts_at, plan.cadence_days, plan.ends_at) < 1:
        return
    due = schedule.slot_time(plan.starts_at, plan.cadence_days, 1)
    for person in await participants(tx, case):
        await tx.add_prompt(checkin_key(plan, person, 1), CHECKIN, case.ref, person, 1, due)


async def followup_desk(
    tx: Transaction, desk: Desk, command: Command | None, now: datetime
) -> Desk:
    """The facilitator's desk, with the case's follow-up for the follow-up actions."""
    if command is None or command.action not in ACTIONS or desk.case is None:
        return desk
    return replace(desk, followup=await load_view(tx, desk.case, now))


async def apply_followup_workspace(
    tx: Transaction, event: Event, actor: Facilitator, now: datetime, services: Services
) -> None:
    """After a facilitator's event: a status that starts or ends follow-ups, a new
    cadence, meeting notes, an item closed, someone's time zone."""
    if isinstance(event, CaseChanged) and event.field == "status":
        await on_status_changed(tx, event.ref, str(event.value), now, services)
        return
    if not isinstance(event, (FollowupPlanned, FollowupNoted)):
        return
    case = await tx.case_view(event.ref)
    if case is None:
        return
    if isinstance(event, FollowupPlanned):
        ends = datetime.fromisoformat(event.ends_on).replace(tzinfo=now.tzinfo)
        await start_plan(tx, case, Plan(case.ref, event.cadence_days, now, ends), now)
    elif event.kind == "meeting":
        await tx.add_meeting_notes(case.ref, actor.id, event.value, now)
    elif event.kind == "resolve" and event.value.isdigit():
        await tx.close_followup_item(case.ref, int(event.value), now)
    elif event.kind == "zone":
        role, _, name = event.value.partition(" ")
        person = await _person_for(tx, case, role)
        if person is not None:
            prefs = await tx.followup_prefs(person)
            await tx.save_followup_prefs(replace(prefs, zone=name))


async def _person_for(tx: Transaction, case: CaseView, role: str) -> str | None:
    """``requester`` or a collaborator's number on the case (1, 2… as ``/followup`` lists)."""
    people = await participants(tx, case)
    if role == "requester":
        return case.requester
    if role.isdigit() and 0 < int(role) <= len(people):
        return people[int(role) - 1]
    return None


async def load_view(tx: Transaction, case: CaseView, now: datetime) -> FollowupView:
    """What ``/followup`` shows: plan, per-person response rates, items, answers, notes."""
    people = await participants(tx, case)
    names = {}
    for person in people:
        collaborator = await tx.collaborator_by_person(person)
        names[person] = collaborator.name if collaborator else ""
    prefs = {person: await tx.followup_prefs(person) for person in people}
    # as the scheduler picks it: the first request's country, else the case's
    countries = {person: await tx.home_country(person) or case.country for person in people}
    return build_view(
        plan=await tx.followup_plan(case.ref),
        requester=case.requester,
        people=people,
        names=names,
        prefs=prefs,
        countries=countries,
        prompts=await tx.prompts_of_case(case.ref),
        items=await tx.followup_items(case.ref),
        answers=await tx.followup_answers(case.ref),
        notes=len(await tx.meeting_notes(case.ref)),
        today=now.date(),
    )
