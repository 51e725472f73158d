"""A made-up exchange for the report's tests, preview and benchmark: cases with answers,
claims, replies, agreements and accepted invitations, check-ins and evaluations, calls,
grants and payments, and a directory, written through
the store's own transactions (so the categories are kept as real cases keep them).

Nothing here is real: names are ``Person n``, answers are option ids and filler text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.core.regions import DEFAULT_REGIONS, route
from flows.followup.evaluation import OUTCOMES, RESULT, SCALES
from flows.funding.models import Application
from flows.intake.flow import QUESTIONS, proposed_level
from store.ports import AdminStore, StoreTransaction

START = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
COUNTRIES: dict[str, Sequence[str]] = {
    "africa": ("KE", "UG", "TZ", "NG", "CD", "ZA", "SN", "CM", "MZ", "GH"),
    "asia": ("ID", "PH", "IN", "KH", "MM", "NP", "BD", "LK"),
    "latin_america": ("PE", "CO", "BR", "GT", "HN", "MX", "AR", "BO"),
}
WEIGHTS = {"africa": 5, "asia": 3, "latin_america": 3}
LOCALES = {"africa": ("en", "fr", "sw"), "asia": ("en", "id"), "latin_america": ("es", "pt")}


def _options(question: str) -> tuple[str, ...]:
    return QUESTIONS[question].options


def _answers(rng: random.Random, country: str | None) -> dict[str, object]:
    def some(question: str) -> list[str]:
        options = [o for o in _options(question) if o not in ("unknown", "unsure")]
        return rng.sample(options, rng.choice((1, 1, 2, 3)))

    help_kind = rng.choices(("information", "collaboration", "funding"), (4, 4, 2))[0]
    answers: dict[str, object] = {
        "requester_type": rng.choice(_options("requester_type")),
        "relationship": "affected",
        "country": country,
        "project": "A dam on the river " + "x" * rng.randint(20, 200),
        "financiers": some("financiers"),
        "sector": rng.choice(_options("sector")),
        "harm_timing": rng.choice(_options("harm_timing")),
        "rights": some("rights"),
        "harm": "Filler describing a harm. " * rng.randint(2, 20),
        "strategies": some("strategies"),
        "outcome": "Filler hoped-for result.",
        "help_kind": help_kind,
        "safe_here": "yes",
        "danger_now": "no",
    }
    if help_kind == "funding":
        answers["funding_band"] = rng.choice(("up_to_5k", "5k_to_30k"))
    return answers


async def _directory(tx: StoreTransaction, rng: random.Random, size: int) -> list[int]:
    strategies = [o for o in _options("strategies") if o != "unsure"]
    ids = []
    for n in range(size):
        region = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
        chosen = rng.sample(strategies, rng.choice((1, 2)))
        if region == "asia" and "security" in chosen and len(chosen) > 1:
            chosen.remove("security")  # a gap the report should show
        row = await tx.add_collaborator(
            f"Collaborator {n}",
            None,
            chosen,
            [rng.choice(COUNTRIES[region][:5])],
            [region],
            [LOCALES[region][0]],
            rng.random() < 0.3,
            START,
        )
        await tx.set_collaborator_profile(
            row, rng.choice(("ngo", "academic", "community")), True, None
        )
        ids.append(row)
    return ids


async def _case(
    tx: StoreTransaction,
    rng: random.Random,
    n: int,
    made: tuple[list[int], dict[str, int]],
    year_minutes: int,
) -> None:
    collaborators, calls = made
    region = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    country = rng.choice(COUNTRIES[region]) if rng.random() > 0.03 else None
    if n % 997 == 0:
        country = "TO"  # a lone request from a small country: "fewer than 5" everywhere
    answers = _answers(rng, country)
    created = START + timedelta(minutes=rng.randrange(year_minutes))
    ref = f"R{n:07d}"
    channel = rng.choice((Channel.TELEGRAM, Channel.SIGNAL, Channel.SIGNAL))
    case = CaseSubmitted(
        ref,
        channel,
        rng.choice(LOCALES[region]),
        answers,
        (),
        proposed_level(answers),
        False,
        country,
        created.isoformat(),
    )
    await tx.create_case(f"person-{n % 40_000:05d}", case, route(country, DEFAULT_REGIONS), created)
    await tx.audit(created, "person", "case.submitted", ref)
    if rng.random() < 0.8:
        claimed = created + timedelta(hours=rng.expovariate(1 / 20))
        await tx.audit(claimed, "f1", "case.claimed", ref)
        await tx.audit(claimed + timedelta(hours=rng.expovariate(1 / 6)), "f1", "case.relayed", ref)
        if case.level >= 2 and rng.random() < 0.5 and collaborators:
            agreed = claimed + timedelta(days=rng.randint(3, 30))
            for who in rng.sample(collaborators, rng.choice((1, 1, 2))):
                invitation = await tx.add_invitation(ref, who, claimed)
                await tx.answer_invitation(invitation, True, agreed - timedelta(days=1))
            await tx.audit(agreed, "f1", "case.agreement", ref)
            region = route(country, DEFAULT_REGIONS)
            await _afterwards(tx, rng, (ref, region, case.level), calls.get(region), agreed)


async def _afterwards(
    tx: StoreTransaction,
    rng: random.Random,
    case: tuple[str, str, int],
    call: int | None,
    agreed: datetime,
) -> None:
    """What follows an agreement: a check-in (mostly answered), often an evaluation,
    and for some level 2 and 3 cases a grant from the region's call, partly paid."""
    ref, region, level = case
    person = f"person-{ref}"
    sent = agreed + timedelta(days=14)
    await tx.add_prompt(f"checkin:{ref}", "checkin", ref, person, 0, sent)
    if rng.random() < 0.6:
        await tx.add_prompt(f"evaluation:{ref}", "evaluation", ref, person, 0, sent)
    for prompt in await tx.prompts_of_case(ref):
        await tx.update_prompt(prompt.id, "sent", None, sent)
        if rng.random() < 0.75:
            await tx.update_prompt(prompt.id, "answered", None, sent + timedelta(hours=5))
            if prompt.kind == "evaluation":
                answers: dict[str, object] = {
                    "ev_result": rng.choice(RESULT),
                    "ev_outcomes": rng.sample(OUTCOMES, rng.randint(1, 3)),
                }
                answers.update({q: str(rng.choice((3, 4, 4, 5, 5))) for q in SCALES})
                await tx.save_followup_answers(prompt, "evaluation", answers, sent)
    if call is None or rng.random() < 0.5:
        return
    cents = rng.randrange(1_000, 5_000 if level == 2 else 30_000) * 100
    draft = Application(0, call, ref, region, level, cents, "group", False, True)
    application = await tx.add_application(draft, "made up", "made up", 1, agreed)
    if rng.random() < 0.2:
        await tx.decide_application(application, "no_funds", 0, agreed + timedelta(days=5))
        decided = await tx.application(application)
        if decided is not None:
            await tx.add_referral(decided, None, agreed + timedelta(days=5))
        return
    await tx.decide_application(application, "approved", cents, agreed + timedelta(days=5))
    decided = await tx.application(application)
    if decided is not None:
        day = (agreed + timedelta(days=10)).date().isoformat()
        await tx.add_money("disbursement", decided, cents // 2, ("USD", "made up"), 1, day, agreed)


async def fill(
    store: AdminStore, cases: int, directory: int = 60, seed: int = 15, batch: int = 500
) -> None:
    """``cases`` made-up requests over 2026 and a directory of ``directory`` collaborators."""
    rng = random.Random(seed)
    async with store.transaction() as tx:
        collaborators = await _directory(tx, rng, directory)
        dates = ("2026-01-15", "2026-12-15", "2026-12-31")
        calls = {r: await tx.open_call(r, "open", dates, 500_000_00, {}, START) for r in WEIGHTS}
        await tx.open_call("all", "targeted", dates, 100_000_00, {}, START)
    year_minutes = 364 * 24 * 60
    for first in range(0, cases, batch):
        async with store.transaction() as tx:
            for n in range(first, min(cases, first + batch)):
                await _case(tx, rng, n, (collaborators, calls), year_minutes)
