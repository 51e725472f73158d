"""What a grants member is asked next: an application's summary, a score or a comment.

Read from the member's vote rows (never a saved conversation), so after a
restart the member is asked exactly where they stood.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import tokens
from flows.core.countries import country_name
from flows.core.messages import ArgValue, Choice, Outbound, Ref
from flows.core.ports import Transaction
from flows.funding.amounts import show_cents
from flows.funding.models import CONFLICT, REVIEW, SCORES, VOTES, Application, GrantsMember, Vote

ANSWERS = (*VOTES, CONFLICT)


async def pending(
    tx: Transaction, member: GrantsMember, now: datetime
) -> tuple[Application, Vote | None] | None:
    """The first application of the member's region still waiting for their answer."""
    for call in await tx.funding_calls():
        if call.status != REVIEW or not call.covers(member.region):
            continue
        if now.date().isoformat() > call.review_until:
            continue
        for application in await tx.applications(call.id):
            if application.region != member.region or application.status != "submitted":
                continue
            vote = next((v for v in await tx.votes(application.id) if v.member == member.id), None)
            if vote is None or not vote.done:
                return application, vote
    return None


async def present_next(
    tx: Transaction, member: GrantsMember, now: datetime, stale: bool = False
) -> list[Outbound]:
    """The next question for this member: an application's summary, a score, a comment."""
    waiting = await pending(tx, member, now)
    head = [Outbound(member.person, "fund-stale")] if stale else []
    if waiting is None:
        return [*head, Outbound(member.person, "fund-review-done")]
    application, vote = waiting
    if vote is not None and vote.score is None:
        scores = [
            Choice(tokens.grants("score", application.id, s), f"fund-score-{s}") for s in SCORES
        ]
        return [
            *head,
            Outbound(member.person, "fund-ask-score", {"number": application.id}, tuple(scores)),
        ]
    if vote is not None:
        skip = Choice(tokens.grants("nocomment", application.id), "fund-no-comment")
        return [
            *head,
            Outbound(member.person, "fund-ask-comment", {"number": application.id}, (skip,)),
        ]
    summary = await tx.application_summary(application.id)
    if summary is None:
        return [*head, Outbound(member.person, "fund-review-done")]
    await tx.audit(
        now,
        f"grants:{member.id}",
        "grants.viewed",
        application.ref,
        f"application:{application.id}",
    )
    position, total = await _progress(tx, member, application)
    args: dict[str, ArgValue] = {
        "number": application.id,
        "position": position,
        "total": total,
        "call": application.call_id,
        "level": application.level,
        "amount": show_cents(application.amount_cents),
        "country": country_name(summary.country, member.locale) if summary.country else "-",
    }
    lines: list[tuple[str, dict[str, ArgValue]]] = [
        _line("applicant", Ref((f"fund-applicant-{application.applicant}",))),
        _line("security", Ref((f"fund-security-{'yes' if application.security else 'no'}",))),
        _line(
            "strategies",
            Ref(tuple(f"opt-strategies-{s}" for s in summary.strategies))
            if summary.strategies
            else "-",
        ),
        _line("purpose", summary.purpose or "-"),
        _line("capacity", summary.capacity_text or "-"),
    ]
    buttons = tuple(
        Choice(tokens.grants("vote", application.id, answer), f"fund-vote-{answer}")
        for answer in ANSWERS
    )
    return [*head, Outbound(member.person, "fund-review-item", args, buttons, tuple(lines))]


async def _progress(
    tx: Transaction, member: GrantsMember, application: Application
) -> tuple[int, int]:
    """Where this application stands among the ones of its call the member reviews
    ("2 of 3")."""
    ids = [
        a.id
        for a in await tx.applications(application.call_id)
        if a.region == member.region and a.status == "submitted"
    ]
    return (ids.index(application.id) + 1 if application.id in ids else 1), max(len(ids), 1)


def _line(name: str, value: ArgValue) -> tuple[str, dict[str, ArgValue]]:
    return ("summary-line", {"label": Ref((f"fund-label-{name}",)), "value": value})
