"""Calls for proposals from opening to decisions, inside the caller's transaction.

``cre-admin calls open`` announces a call to the region's facilitators and
tells requesters whose open level-2/3 case could apply; ``close`` hands each
application, one by one, to every member of the region's grants working
group and schedules a reminder and the review deadline. Once every member
has answered (or at the deadline) the bot proposes the ranking to the group;
when a quorum of members has confirmed it, decisions are recorded and each
requester is told theirs in their own language, with the reason and, when
declined, the next step. What the group could not decide goes to the
coordinator (``cre-admin calls decide``): a tie, and a ranking still
unconfirmed ``grants_confirm_days`` after it was proposed (the members who
have not confirmed are reminded once before).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from flows.core import tokens
from flows.core.events import Audited
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.core.policy import Policy
from flows.core.ports import Transaction
from flows.core.regions import COORDINATOR
from flows.funding.amounts import show_cents
from flows.funding.models import DECIDED, OPEN, REVIEW, Application, Call, GrantsMember
from flows.funding.ranking import NO_FUNDS, Decision, decide, rank
from flows.funding.review import ReviewRule, Tally, tally
from flows.service.delivery import case_handlers
from flows.service.grants_review import present_next

REMINDER = "funding-reminder"
DEADLINE = "funding-deadline"
ANNOUNCE = "funding-announce"
CONFIRM_REMINDER = "funding-confirm-reminder"
CONFIRM_LIMIT = "funding-confirm-limit"
JOBS = (REMINDER, DEADLINE, ANNOUNCE, CONFIRM_REMINDER, CONFIRM_LIMIT)
ANNOUNCE_AT = time(9)
"""A call that opens later is announced on its opening day at this hour (UTC)."""


def job_ref(call: int, region: str) -> str:
    return f"call-{call}-{region}"


def _rule(policy: Policy) -> ReviewRule:
    return ReviewRule(policy.grants_quorum, policy.grants_approval)


async def open_call_for(tx: Transaction, region: str, now: datetime) -> Call | None:
    """The most recent call covering ``region`` that takes applications today: none
    before its opening day or after its closing day."""
    day = now.date().isoformat()
    found = [c for c in await tx.funding_calls() if c.accepts(day) and c.covers(region)]
    return found[-1] if found else None


async def _send(tx: Transaction, recipient: str, message: Outbound, now: datetime) -> None:
    contact = await tx.contact(recipient)
    if contact is None:
        await tx.audit(now, "system", "undeliverable", None, message.key)
        return
    await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)


async def _send_member(
    tx: Transaction, member: GrantsMember, messages: list[Outbound], now: datetime
) -> None:
    contact = await tx.grants_member_contact(member.id)
    for message in messages:
        if contact is None:
            await tx.audit(now, "system", "undeliverable", None, message.key)
            continue
        await tx.enqueue(contact.channel, contact.address, contact.locale, message, now)


async def announce_when_open(tx: Transaction, call: Call, now: datetime) -> tuple[int, int] | None:
    """Announce the call now if it opens today (or opened already); else schedule the
    announcement for its opening day and return None."""
    opens = date.fromisoformat(call.opens_on)
    if opens <= now.date():
        return await announce_call(tx, call, now)
    await tx.schedule(
        ANNOUNCE, job_ref(call.id, call.region), datetime.combine(opens, ANNOUNCE_AT, UTC)
    )
    await tx.audit(now, "system", "funding.call.scheduled", None, f"call:{call.id}")
    return None


async def announce_call(tx: Transaction, call: Call, now: datetime) -> tuple[int, int]:
    """Tell facilitators of the call's region(s), and requesters whose case could apply.

    Returns (facilitators told, requesters told).
    """
    regions = [r.id for r in await tx.regions() if call.covers(r.id)]
    told: set[str] = set()
    for region in regions:
        for facilitator in await tx.facilitators_for(region):
            if facilitator.person in told:
                continue
            told.add(facilitator.person)
            args: dict[str, ArgValue] = {
                "call": call.id,
                "amount": show_cents(call.amount_cents),
                "closes": call.closes_on,
                "criteria": call.criteria_in(facilitator.locale),
                "kind": Ref((f"fund-call-kind-{call.kind}",)),
            }
            await _send(
                tx, facilitator.person, Outbound(facilitator.person, "ws-fund-call-open", args), now
            )
    requesters = 0
    for case in await tx.open_cases():
        if case.region in regions and case.level in (2, 3) and case.requester:
            message = Outbound(
                case.requester, "fund-call-for-you", {"ref": case.ref, "closes": call.closes_on}
            )
            await _send(tx, case.requester, message, now)
            requesters += 1
    await tx.audit(now, "system", "funding.call.announced", None, f"call:{call.id}")
    return len(told), requesters


async def close_call(tx: Transaction, call: Call, now: datetime) -> int:
    """Stop taking applications and start the review; how many members were asked."""
    applications = await tx.applications(call.id)
    if not applications:
        await tx.set_call_status(call.id, "closed")
        return 0
    await tx.set_call_status(call.id, REVIEW)
    deadline = datetime.combine(
        datetime.fromisoformat(call.review_until).date(), time.max, now.tzinfo
    )
    asked = 0
    for region in sorted({a.region for a in applications}):
        await tx.schedule(
            REMINDER, job_ref(call.id, region), max(now, deadline - timedelta(days=1))
        )
        await tx.schedule(DEADLINE, job_ref(call.id, region), deadline)
        members = await tx.grants_members(region)
        if not members:
            await _to_coordinator(tx, "ws-fund-no-group", {"call": call.id, "region": region}, now)
        for member in members:
            intro = Outbound(
                member.person, "fund-review-start", {"call": call.id, "until": call.review_until}
            )
            await _send_member(tx, member, [intro, *await present_next(tx, member, now)], now)
            asked += 1
    return asked


async def _to_coordinator(
    tx: Transaction, key: str, args: dict[str, ArgValue], now: datetime
) -> None:
    for coordinator in await tx.facilitators_for(COORDINATOR):
        await _send(tx, coordinator.person, Outbound(coordinator.person, key, args), now)


async def _tallies(
    tx: Transaction, applications: list[Application], policy: Policy
) -> dict[int, Tally]:
    return {a.id: tally(await tx.votes(a.id), _rule(policy)) for a in applications}


async def _open_applications(tx: Transaction, call: int, region: str) -> list[Application]:
    return [
        a for a in await tx.applications(call) if a.region == region and a.status == "submitted"
    ]


async def ranking_ready(
    tx: Transaction, call: Call, region: str, now: datetime
) -> list[Application]:
    """The region's applications to rank, once every member has answered each (or the
    review deadline has passed); empty while answers are still awaited."""
    applications = await _open_applications(tx, call.id, region)
    if call.status != REVIEW or not applications:
        return []
    if now.date().isoformat() > call.review_until:
        return applications
    members = await tx.grants_members(region)
    for application in applications:
        answered = {v.member for v in await tx.votes(application.id) if v.done}
        if any(m.id not in answered for m in members):
            return []
    return applications


async def review_finished(
    tx: Transaction,
    call_id: int,
    region: str,
    now: datetime,
    policy: Policy,
    deadline: bool = False,
) -> bool:
    """When every member has answered every application (or at the deadline), propose
    the ranking to the group. True when proposed."""
    call = await tx.funding_call(call_id)
    if call is None:
        return False
    applications = (
        await _open_applications(tx, call_id, region)
        if deadline and call.status == REVIEW
        else await ranking_ready(tx, call, region, now)
    )
    if not applications:
        return False
    tallies = await _tallies(tx, applications, policy)
    available = await _available(tx, call)
    decisions = decide(rank(applications, tallies), tallies, available)
    lines = await _ranking_lines(tx, decisions, tallies, available)
    button = Choice(tokens.grants("confirm", call_id), "fund-confirm")
    for member in await tx.grants_members(region):
        message = Outbound(
            member.person, "fund-ranking", {"call": call_id}, (button,), tuple(lines)
        )
        await _send_member(tx, member, [message], now)
    await tx.audit(now, "system", "grants.ranking.proposed", None, f"call:{call_id}:{region}")
    await _schedule_confirmation(tx, call_id, region, now, policy)
    return True


async def _schedule_confirmation(
    tx: Transaction, call_id: int, region: str, now: datetime, policy: Policy
) -> None:
    """The confirmation's reminder and limit, counted from the first proposal (a ranking
    proposed again at the review deadline keeps the jobs already scheduled)."""
    span = timedelta(days=policy.grants_confirm_days)
    limit = now + span
    await tx.schedule(
        CONFIRM_REMINDER, job_ref(call_id, region), limit - min(timedelta(days=1), span / 2)
    )
    await tx.schedule(CONFIRM_LIMIT, job_ref(call_id, region), limit)


async def _remind_confirmation(tx: Transaction, call: Call, region: str, now: datetime) -> None:
    """One reminder to the members who have not confirmed the proposed ranking yet."""
    if not await _open_applications(tx, call.id, region):
        return
    confirmed = await tx.ranking_confirmations(call.id)
    button = Choice(tokens.grants("confirm", call.id), "fund-confirm")
    for member in await tx.grants_members(region):
        if member.id not in confirmed:
            message = Outbound(member.person, "fund-confirm-reminder", {"call": call.id}, (button,))
            await _send_member(tx, member, [message], now)


async def confirmation_expired(tx: Transaction, call: Call, region: str, now: datetime) -> bool:
    """The group never confirmed the ranking: every application still open goes to the
    coordinator as a tie does, its requester keeps waiting, and the members are told."""
    applications = await _open_applications(tx, call.id, region)
    if not applications:
        return False
    for application in applications:
        await record_decision(tx, application, "undecided", 0, now, by="system")
    for member in await tx.grants_members(region):
        message = Outbound(member.person, "fund-confirm-expired", {"call": call.id})
        await _send_member(tx, member, [message], now)
    await _close_if_decided(tx, call)
    return True


async def _close_if_decided(tx: Transaction, call: Call) -> None:
    """The call is decided once none of its applications waits (the coordinator included)."""
    waiting = ("submitted", "undecided")
    if all(a.status not in waiting for a in await tx.applications(call.id)):
        await tx.set_call_status(call.id, DECIDED)


OUTCOME_SHOWN = {"approved": "approved", NO_FUNDS: NO_FUNDS, "declined_by_group": "declined"}
"""A decision's reason as the ranking names it (anything else: ``undecided``)."""

Line = tuple[str, dict[str, ArgValue]]


async def _available(tx: Transaction, call: Call) -> int:
    """What the call can still grant: its amount less what is already approved."""
    granted = sum(a.amount_cents for a in await tx.applications(call.id) if a.status == "approved")
    return call.amount_cents - granted


async def _ranking_lines(
    tx: Transaction, decisions: list[Decision], tallies: dict[int, Tally], available: int
) -> list[Line]:
    """Approved applications first (those the money reaches before those it does not),
    each in the ranking's order, with the group's comments (never who wrote them), then
    the budget left once the approved ones are funded."""
    order = {"approved": 0, NO_FUNDS: 1}
    shown = sorted(decisions, key=lambda d: order.get(d.reason, 2))
    lines: list[Line] = []
    for position, decision in enumerate(shown, start=1):
        lines.append(_ranking_line(position, decision, tallies[decision.application.id]))
        lines += [
            ("fund-ranking-comment", {"text": text}) for text in await _comments(tx, decision)
        ]
    granted = sum(d.granted_cents for d in decisions)
    budget: dict[str, ArgValue] = {
        "available": show_cents(max(available, 0)),
        "granted": show_cents(granted),
        "left": show_cents(max(available - granted, 0)),
    }
    return [*lines, ("fund-ranking-budget", budget)]


async def _comments(tx: Transaction, decision: Decision) -> list[str]:
    """The members' comments on one application, sorted so their order names no one."""
    found = []
    for vote in await tx.votes(decision.application.id):
        comment = await tx.vote_comment(vote.application, vote.member) if vote.done else None
        if comment:
            found.append(comment)
    return sorted(found)


def _ranking_line(position: int, decision: Decision, result: Tally) -> Line:
    application = decision.application
    return (
        "fund-ranking-line",
        {
            "position": position,
            "number": application.id,
            "level": application.level,
            "amount": show_cents(application.amount_cents),
            "applicant": Ref((f"fund-applicant-{application.applicant}",)),
            "score": f"{result.mean_score:.1f}",
            "outcome": Ref((f"fund-outcome-{OUTCOME_SHOWN.get(decision.reason, 'undecided')}",)),
        },
    )


async def confirm(
    tx: Transaction, member: GrantsMember, call_id: int, now: datetime, policy: Policy
) -> list[Outbound] | None:
    """A member confirms the proposed ranking; with a quorum of confirmations, decide."""
    call = await tx.funding_call(call_id)
    if call is None or not call.covers(member.region):
        return None
    if call.status != REVIEW or not await _open_applications(tx, call_id, member.region):
        return [Outbound(member.person, "fund-ranking-closed", {"call": call_id})]
    if not await ranking_ready(tx, call, member.region, now):
        return [Outbound(member.person, "fund-ranking-not-yet", {"call": call_id})]
    await tx.confirm_ranking(call_id, member.id, now)
    await tx.audit(now, f"grants:{member.id}", "grants.ranking.confirmed", None, f"call:{call_id}")
    members = await tx.grants_members(member.region)
    confirmed = await tx.ranking_confirmations(call_id)  # a call for all regions: theirs count
    count = sum(1 for m in members if m.id in confirmed)
    if count < min(policy.grants_quorum, len(members)):
        return [Outbound(member.person, "fund-confirm-noted", {"call": call_id})]
    await finalize(tx, call, member.region, now, policy)
    return [Outbound(member.person, "fund-decided", {"call": call_id})]


async def finalize(
    tx: Transaction, call: Call, region: str, now: datetime, policy: Policy
) -> list[Decision]:
    """Record the decisions of one region's applications to a call and tell everyone."""
    applications = await _open_applications(tx, call.id, region)
    tallies = await _tallies(tx, applications, policy)
    decisions = decide(rank(applications, tallies), tallies, await _available(tx, call))
    for decision in decisions:
        await record_decision(
            tx, decision.application, decision.reason, decision.granted_cents, now
        )
    await _close_if_decided(tx, call)
    return decisions


async def record_decision(
    tx: Transaction,
    application: Application,
    reason: str,
    granted_cents: int,
    now: datetime,
    by: str = "grants-group",
) -> None:
    """Store one decision, audit it, and tell the requester and the case's facilitators."""
    status = {"approved": "approved", "undecided": "undecided"}.get(reason, "declined")
    await tx.decide_application(application.id, status, granted_cents, now)
    await tx.audit(
        now, by, "grants.decision", application.ref, f"application:{application.id}:{reason}"
    )
    case = await tx.case_view(application.ref)
    if reason == "approved" and application.level == 3 and case is not None and case.level != 3:
        await tx.update_case(application.ref, "level", 3, now)
    if reason == "undecided":
        await _to_coordinator(
            tx, "ws-fund-undecided", {"ref": application.ref, "number": application.id}, now
        )
    if case is None:
        return
    if case.requester:
        await _send(
            tx,
            case.requester,
            decision_message(case.requester, application, reason, granted_cents),
            now,
        )
    for handler in await case_handlers(tx, case):
        args: dict[str, ArgValue] = {"ref": case.ref, "reason": Ref((f"fund-reason-{reason}",))}
        await _send(tx, handler.person, Outbound(handler.person, "ws-fund-decision", args), now)


def decision_message(
    person: str, application: Application, reason: str, granted_cents: int
) -> Outbound:
    """The decision as the requester reads it: outcome, reason category, next step."""
    ref = application.ref
    if reason == "approved":
        return Outbound(
            person, "fund-decision-approved", {"ref": ref, "amount": show_cents(granted_cents)}
        )
    if reason == "undecided":
        return Outbound(person, "fund-decision-pending", {"ref": ref})
    return Outbound(
        person,
        "fund-decision-declined",
        {
            "ref": ref,
            "reason": Ref((f"fund-reason-{reason}",)),
            "next": Ref(("fund-next-later-call",)),
        },
    )


async def refer(
    tx: Transaction,
    application: Application,
    resource_body: str | None,
    resource: int | None,
    now: datetime,
) -> None:
    """A declined application referred to another funder (a grant referral), told to them."""
    await tx.add_referral(application, resource, now)
    await tx.audit(
        now, "coordinator", "grants.referral", application.ref, f"application:{application.id}"
    )
    case = await tx.case_view(application.ref)
    if case is not None and case.requester:
        args: dict[str, ArgValue] = {"ref": application.ref, "text": resource_body or "-"}
        await _send(tx, case.requester, Outbound(case.requester, "fund-referred", args), now)


async def run_funding_job(
    tx: Transaction, kind: str, ref: str, now: datetime, policy: Policy
) -> list[Audited]:
    """A call's announcement on its opening day, a reminder one day before the review
    deadline, the deadline itself, or the proposed ranking's confirmation reminder and
    limit."""
    _, call_text, region = ref.split("-", 2)
    call = await tx.funding_call(int(call_text))
    if kind == ANNOUNCE and call is not None and call.status == OPEN:
        await announce_call(tx, call, now)
        return []
    if call is None or call.status != REVIEW:
        return []
    if kind == DEADLINE:
        await review_finished(tx, call.id, region, now, policy, deadline=True)
        return [Audited("grants.deadline", None, f"call:{call.id}:{region}")]
    if kind == CONFIRM_REMINDER:
        await _remind_confirmation(tx, call, region, now)
        return [Audited("grants.confirm.reminder", None, f"call:{call.id}:{region}")]
    if kind == CONFIRM_LIMIT:
        if await confirmation_expired(tx, call, region, now):
            return [Audited("grants.confirm.expired", None, f"call:{call.id}:{region}")]
        return []
    for member in await tx.grants_members(region):
        waiting = await present_next(tx, member, now)
        if waiting and waiting[-1].key != "fund-review-done":
            reminder = Outbound(
                member.person, "fund-reminder", {"call": call.id, "until": call.review_until}
            )
            await _send_member(tx, member, [reminder, *waiting], now)
    return [Audited("grants.reminder", None, f"call:{call.id}:{region}")]
