"""Run one follow-up prompt that fell due, inside the caller's transaction.

The prompt's new state, the conversation it opens and the messages it
queues are committed together, so a prompt is sent once per occurrence even
when the process dies around it (the outbox then sends what was committed).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flows.core.messages import Outbound
from flows.core.ports import Transaction
from flows.followup import schedule
from flows.followup.checkin import CHECKIN as CHECKIN_FLOW
from flows.followup.evaluation import EVALUATION as EVALUATION_FLOW
from flows.followup.evaluation import FUNDED
from flows.followup.evaluation import LASTING as LASTING_FLOW
from flows.followup.records import (
    CHECKIN,
    ENDED,
    EVALUATION,
    REMINDED,
    SENT,
    SKIPPED,
    SUPERSEDED,
    UNANSWERED,
    Plan,
    Prompt,
    checkin_key,
)
from flows.jobs import followup as job
from flows.service.followup_people import (
    open_flow,
    participants,
    say_to,
    tell_facilitators,
    where,
    who,
)
from flows.service.services import Services
from flows.workspace.desk import CaseView

FIRST_FLOW = {CHECKIN: CHECKIN_FLOW, EVALUATION: EVALUATION_FLOW, "lasting": LASTING_FLOW}
HOPED_MAX = 300


async def run_due_prompt(tx: Transaction, prompt_id: int, now: datetime, services: Services) -> str:
    """Handle one prompt if it is (still) due; the action taken, for the log."""
    prompt = await tx.prompt(prompt_id)
    if prompt is None or prompt.due_at is None or prompt.due_at > now:
        return job.NOTHING
    case = await tx.case_view(prompt.ref, answers=prompt.kind == EVALUATION)
    state = await tx.load_conversation(prompt.person)
    plan = await tx.followup_plan(prompt.ref) if prompt.kind == CHECKIN else None
    prefs = await tx.followup_prefs(prompt.person)
    situation = job.Situation(
        prompt=prompt,
        now=now,
        prefs=prefs,
        country=await tx.home_country(prompt.person) or (case.country if case else None),
        case_status=case.status if case else None,
        plan=plan,
        prompted=await tx.prompt_times(prompt.person, now - schedule.DAY),
        open_in_conversation=where(state, prompt.kind, prompt.ref) is not None,
    )
    decision = job.decide(situation, services.policy.followup)
    await _carry_out(tx, prompt, decision, case, plan, now, services)
    return decision.action


async def _carry_out(
    tx: Transaction,
    prompt: Prompt,
    decision: job.Decision,
    case: CaseView | None,
    plan: Plan | None,
    now: datetime,
    services: Services,
) -> None:
    policy = services.policy.followup
    action = decision.action
    if action == job.DEFER and decision.at is not None:
        await tx.defer_prompt(prompt.id, decision.at)
    elif action in (job.END, job.NOTHING) or case is None:
        if prompt.state != ENDED and action != job.NOTHING:
            await tx.update_prompt(prompt.id, ENDED, None, now)
    elif action == job.SKIP:
        await tx.update_prompt(prompt.id, SKIPPED, None, now)
        if plan is not None:  # kept going, skipped while stopped, so /resume just works
            await _next_slot(tx, case, plan, prompt.slot + 1)
    elif action == job.SUPERSEDE and plan is not None:
        await tx.update_prompt(prompt.id, SUPERSEDED, None, now)
        key = checkin_key(plan, prompt.person, decision.slot)
        due = schedule.slot_time(plan.starts_at, plan.cadence_days, decision.slot)
        await tx.add_prompt(key, CHECKIN, prompt.ref, prompt.person, decision.slot, due)
    elif action == job.SEND:
        sent = await open_flow(
            tx,
            prompt.person,
            FIRST_FLOW[prompt.kind],
            prompt.ref,
            now,
            services,
            _lead(prompt, case),
            await _seed(tx, prompt),
        )
        reminder = now + timedelta(days=policy.reminder_days)
        await tx.update_prompt(
            prompt.id, SENT if sent else SKIPPED, reminder if sent else None, now
        )
        if plan is not None:
            await _next_slot(tx, case, plan, prompt.slot + 1)
    elif action == job.REMIND:
        await _remind(tx, prompt, now, services)
        await tx.update_prompt(prompt.id, REMINDED, now + timedelta(days=policy.flag_days), now)
    elif action == job.FLAG:
        await tx.update_prompt(prompt.id, UNANSWERED, None, now)
        await tx.add_followup_item(prompt.ref, prompt.id, f"unanswered:{prompt.kind}", now)
        name = await who(tx, case, prompt.person)
        await tell_facilitators(tx, case, "fu-unanswered", {"who": name}, now)


async def _seed(tx: Transaction, prompt: Prompt) -> dict[str, Any] | None:
    """What the evaluation knows before asking: whether a grant was approved (the
    grant's usefulness is asked only then)."""
    if prompt.kind != EVALUATION:
        return None
    funded = any(a.status == "approved" for a in await tx.applications_of(prompt.ref))
    return {FUNDED: funded}


def _lead(prompt: Prompt, case: CaseView | None) -> list[Outbound]:
    """The requester's own words for the hoped-for result, before their evaluation."""
    if prompt.kind != EVALUATION or case is None or case.requester != prompt.person:
        return []
    hoped = (case.answers or {}).get("outcome")
    if not isinstance(hoped, str) or not hoped.strip():
        return []
    return [Outbound(prompt.person, "evaluation-hoped", {"text": hoped.strip()[:HOPED_MAX]})]


async def _remind(tx: Transaction, prompt: Prompt, now: datetime, services: Services) -> None:
    """The one reminder: a word if the follow-up is still open, else it is offered again."""
    state = await tx.load_conversation(prompt.person)
    place = where(state, prompt.kind, prompt.ref)
    if place == "active":
        await say_to(
            tx, prompt.person, Outbound(prompt.person, "fu-reminder", {"ref": prompt.ref}), now
        )
    elif place == "waiting":
        message = Outbound(prompt.person, "fu-reminder-waiting", {"ref": prompt.ref})
        await say_to(tx, prompt.person, message, now)
    else:
        await open_flow(tx, prompt.person, FIRST_FLOW[prompt.kind], prompt.ref, now, services)


async def _next_slot(tx: Transaction, case: CaseView, plan: Plan, slot: int) -> None:
    """The next check-in for everyone on the case now (a collaborator who joined since too)."""
    if slot > schedule.last_slot(plan.starts_at, plan.cadence_days, plan.ends_at):
        return
    due = schedule.slot_time(plan.starts_at, plan.cadence_days, slot)
    for person in await participants(tx, case):
        await tx.add_prompt(checkin_key(plan, person, slot), CHECKIN, case.ref, person, slot, due)
