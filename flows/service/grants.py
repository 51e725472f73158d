"""A grants working group member's messages, and the facilitator's funding effects.

Members act in a private chat with the bot. On each application submitted
to their group they answer approve, decline or abstain (or declare a
conflict of interest, and then do not vote on it), a 1–5 priority score and
an optional comment (sealed), one message at a time; buttons carry
``g:`` tokens, and on text-only channels the option numbers or the words do
the same. A member only ever sees the minimal pseudonymous summary of an
application of their own region, and every look, vote, refusal and
conflict is audited. Where a member stands is read from their vote rows, so
a restart resumes at the right question.
"""

from __future__ import annotations

from datetime import datetime

from flows.core import tokens
from flows.core.events import ApplicationSubmitted, ContinuationRecorded, FundingEvent
from flows.core.messages import ArgValue, Choice, Inbound, Outbound, Ref
from flows.core.numbers import small_number
from flows.core.ports import Transaction
from flows.engine.context import clean_text
from flows.funding.models import (
    CONFLICT,
    REVIEW,
    SCORES,
    Application,
    FundingDesk,
    GrantsMember,
    Vote,
)
from flows.service.delivery import Reply, case_handlers, deliver
from flows.service.funding_calls import confirm, open_call_for, ranking_ready, review_finished
from flows.service.grants_review import ANSWERS, pending, present_next
from flows.service.services import Services
from flows.workspace.desk import CaseView, Facilitator

MAX_COMMENT = 1000
SKIP_WORDS = frozenset(
    {
        *("/skip", "-", "skip", "no", "non", "hapana", "tidak", "não", "لا"),
        # the "No comment" option, typed, in each language of locales/
        *("no comment", "pas de commentaire", "sin comentario", "sem comentário"),
        *("tanpa komentar", "sina maoni", "بلا تعليق"),
    }
)
"""Typed words that mean "no comment"; so does ``1``, the number of that option."""


async def funding_desk(
    tx: Transaction, case: CaseView | None, wanted: bool, now: datetime
) -> FundingDesk:
    """What the funding actions read about a case (empty for any other action); the call
    is one that takes applications today."""
    if not wanted or case is None:
        return FundingDesk()
    return FundingDesk(
        call=await open_call_for(tx, case.region, now),
        continuation=await tx.continuation_requested(case.ref),
        applications=tuple(await tx.applications_of(case.ref)),
        resources=tuple(await tx.resources(case.region)),
    )


async def apply_funding_event(
    tx: Transaction, event: FundingEvent, actor: Facilitator, now: datetime
) -> None:
    if isinstance(event, ContinuationRecorded):
        await tx.request_continuation(event.ref, now)
        return
    case = await tx.case_view(event.ref)
    if case is None:
        return
    await tx.add_application(
        _application(event, case.region), event.purpose, event.capacity, actor.id, now
    )


def _application(event: ApplicationSubmitted, region: str) -> Application:
    return Application(
        0,
        event.call,
        event.ref,
        region,
        event.level,
        event.amount_cents,
        event.applicant,
        event.security,
        bool(event.capacity.strip()) and event.capacity.strip() not in ("-", "/skip"),
        event.continues,
    )


# ----- the member's conversation ----------------------------------------------------------


async def handle_grants_member(
    tx: Transaction,
    member: GrantsMember,
    inbound: Inbound,
    address: str,
    now: datetime,
    services: Services,
) -> None:
    """A button names its application; typed words answer the question being asked."""
    reply = Reply(member.person, address, member.locale)
    label = f"grants:{member.id}"
    if inbound.unreadable:
        await deliver(tx, [Outbound(member.person, "resend-please")], reply, inbound, now)
        return
    if inbound.choice is not None:
        token = tokens.parse_grants(inbound.choice) if tokens.is_grants(inbound.choice) else None
        target = small_number(token.target) if token is not None else None
        if token is None or target is None:
            await refuse_grants(tx, inbound, address, now, member.locale, label, "forged")
            return
        messages = await _act(tx, member, token.verb, target, token.arg, now, services)
    else:
        text = "" if inbound.forwarded else clean_text(inbound.text)
        messages = await _typed(tx, member, text, now, services)
    if messages is None:
        await refuse_grants(tx, inbound, address, now, member.locale, label, "not-theirs")
        return
    await deliver(tx, messages, reply, inbound, now)
    if any(m.key in ("fund-vote-saved", "fund-conflict-noted") for m in messages):
        for call in await tx.funding_calls():  # after the member's own replies, in order
            if call.status == REVIEW and call.covers(member.region):
                await review_finished(tx, call.id, member.region, now, services.policy)


async def refuse_grants(
    tx: Transaction,
    inbound: Inbound,
    address: str,
    now: datetime,
    locale: str,
    actor: str | None = None,
    why: str = "not-a-member",
) -> None:
    """A ``g:`` button from a stranger, a facilitator, another region's member, or forged."""
    await tx.audit(now, actor or inbound.sender[:8], "refused", None, f"grants:{why}")
    reply = Reply(inbound.sender, address, locale)
    await deliver(tx, [Outbound(inbound.sender, "fund-not-member")], reply, inbound, now)


async def _reviewable(
    tx: Transaction, member: GrantsMember, application_id: int
) -> Application | None:
    """The application if this member may see it now: their region, its call in review."""
    found = await tx.application(application_id)
    if found is None or found.region != member.region:
        return None
    call = await tx.funding_call(found.call_id)
    return found if call is not None and call.status == REVIEW else None


async def _act(
    tx: Transaction,
    member: GrantsMember,
    verb: str,
    target: int,
    arg: str | None,
    now: datetime,
    services: Services,
) -> list[Outbound] | None:
    if verb == "confirm":
        return await confirm(tx, member, target, now, services.policy)
    application = await _reviewable(tx, member, target)
    if application is None:
        return None
    if await _past_deadline(tx, application, now):
        return [Outbound(member.person, "fund-review-closed", {"number": application.id})]
    vote = next((v for v in await tx.votes(application.id) if v.member == member.id), None)
    if vote is not None and vote.done:
        return [Outbound(member.person, "fund-already-voted", {"number": application.id})]
    if verb == "vote" and arg in ANSWERS:
        return await _choose(tx, member, application, str(arg), now, services)
    if verb == "score" and vote is not None and arg is not None and small_number(arg) in SCORES:
        return await _score(tx, member, vote, int(arg), now)
    if verb == "nocomment" and vote is not None and vote.score is not None:
        return await _finish(tx, member, vote, None, now, services)
    return await present_next(tx, member, now, stale=True)


async def _typed(
    tx: Transaction, member: GrantsMember, text: str, now: datetime, services: Services
) -> list[Outbound]:
    waiting = await pending(tx, member, now)
    if waiting is None:
        return await _typed_confirmation(tx, member, text, now, services)
    application, vote = waiting
    number = small_number(text)
    if vote is None and number is not None and 0 < number <= len(ANSWERS):
        return await _choose(tx, member, application, ANSWERS[number - 1], now, services)
    if vote is not None and vote.score is None and number in SCORES:
        return await _score(tx, member, vote, int(text), now)
    if vote is not None and vote.score is not None and text:
        skip = text.casefold().strip(" .!") in SKIP_WORDS or number == 1
        comment = None if skip else text[:MAX_COMMENT]
        return await _finish(tx, member, vote, comment, now, services)
    if text and number is not None:
        return [
            Outbound(member.person, "fund-score-invalid" if vote else "fund-choice-invalid"),
            *await present_next(tx, member, now),
        ]
    return await present_next(tx, member, now)


async def _typed_confirmation(
    tx: Transaction, member: GrantsMember, text: str, now: datetime, services: Services
) -> list[Outbound]:
    """ "1" (the confirm button's number) confirms the ranking waiting for this member."""
    if small_number(text) == 1:
        for call in await tx.funding_calls():
            if call.covers(member.region) and await ranking_ready(tx, call, member.region, now):
                return await confirm(tx, member, call.id, now, services.policy) or []
    return [Outbound(member.person, "fund-member-help")]


async def _choose(
    tx: Transaction,
    member: GrantsMember,
    application: Application,
    choice: str,
    now: datetime,
    services: Services,
) -> list[Outbound]:
    if choice == CONFLICT:
        vote = Vote(member.id, application.id, CONFLICT, None, True)
        await tx.save_vote(vote, None, now)
        await tx.audit(
            now,
            f"grants:{member.id}",
            "grants.conflict",
            application.ref,
            f"application:{application.id}",
        )
        said = Outbound(member.person, "fund-conflict-noted", {"number": application.id})
        return [said, *await _after_vote(tx, member, application, now, services)]
    await tx.save_vote(Vote(member.id, application.id, choice), None, now)
    scores = [Choice(tokens.grants("score", application.id, s), f"fund-score-{s}") for s in SCORES]
    return [Outbound(member.person, "fund-ask-score", {"number": application.id}, tuple(scores))]


async def _score(
    tx: Transaction, member: GrantsMember, vote: Vote, score: int, now: datetime
) -> list[Outbound]:
    await tx.save_vote(Vote(vote.member, vote.application, vote.choice, score), None, now)
    skip = Choice(tokens.grants("nocomment", vote.application), "fund-no-comment")
    return [Outbound(member.person, "fund-ask-comment", {"number": vote.application}, (skip,))]


async def _finish(
    tx: Transaction,
    member: GrantsMember,
    vote: Vote,
    comment: str | None,
    now: datetime,
    services: Services,
) -> list[Outbound]:
    done = Vote(vote.member, vote.application, vote.choice, vote.score, True)
    await tx.save_vote(done, comment, now)
    application = await tx.application(vote.application)
    assert application is not None
    detail = (
        f"application:{application.id}:{vote.choice}:{vote.score}:comment:{comment is not None}"
    )
    await tx.audit(now, f"grants:{member.id}", "grants.vote", application.ref, detail)
    said = Outbound(member.person, "fund-vote-saved", saved_args(done, comment is not None))
    return [said, *await _after_vote(tx, member, application, now, services)]


def saved_args(vote: Vote, commented: bool) -> dict[str, ArgValue]:
    """The answer read back to the member: their choice, score and whether they commented."""
    return {
        "number": vote.application,
        "answer": Ref((f"fund-vote-{vote.choice}",)),
        "score": vote.score if vote.score is not None else "-",
        "comment": Ref(("fund-saved-comment" if commented else "fund-saved-no-comment",)),
    }


async def _after_vote(
    tx: Transaction,
    member: GrantsMember,
    application: Application,
    now: datetime,
    services: Services,
) -> list[Outbound]:
    return await present_next(tx, member, now)


async def _past_deadline(tx: Transaction, application: Application, now: datetime) -> bool:
    call = await tx.funding_call(application.call_id)
    return call is None or now.date().isoformat() > call.review_until


# ----- a requester asks to continue at level 3 ------------------------------------------


LEVEL3_COMMAND = "/level3"


def level3_ref(text: str) -> str | None:
    """The reference in ``/level3 REF`` (``""`` when none was given); None for other text.

    The words a requester sends where there are no buttons (Signal, the console)."""
    words = text.split()
    if not words or words[0].split("@", 1)[0].casefold() != LEVEL3_COMMAND:
        return None
    return words[1].upper() if len(words) > 1 else ""


async def handle_continuation(
    tx: Transaction, inbound: Inbound, ref: str, address: str, now: datetime, locale: str
) -> None:
    """The ``l3:<ref>`` button or ``/level3 REF``: only the requester of that level-2 case
    may ask. Without a reference, a requester with a single case means that one."""
    person = inbound.sender
    cases = [c.ref for c in await tx.cases_of(person)]
    ref = cases[0] if not ref and len(cases) == 1 else ref
    mine = set(cases)
    case = await tx.case_view(ref) if ref in mine else None
    reply = Reply(person, address, locale)
    if case is None or case.requester != person:
        await tx.audit(now, person[:8], "refused", None, "continuation:not-theirs")
        await deliver(tx, [Outbound(person, "fund-continue-refused")], reply, inbound, now)
        return
    if case.level != 2:
        await deliver(tx, [Outbound(person, "fund-continue-refused")], reply, inbound, now)
        return
    first = await tx.request_continuation(ref, now)
    messages = [Outbound(person, "fund-continue-asked", {"ref": ref})]
    if first:
        await tx.audit(now, person[:8], "funding.continuation", ref, "by-requester")
        apply_button = Choice(tokens.desk("apply", ref), "ws-act-apply")
        messages += [
            Outbound(h.person, "ws-fund-continue-requested", {"ref": ref}, (apply_button,))
            for h in await case_handlers(tx, case)
        ]
    await deliver(tx, messages, reply, inbound, now)
