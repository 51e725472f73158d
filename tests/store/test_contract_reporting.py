"""Issue 15's store methods over every backend: report facts (streamed, with the charted
categories, erased with the answers), the directory's profile fields, filtered case
exports and the coordinator's outbox view."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel, Outbound
from flows.report.facts import CaseFact, Period
from store.admin_records import CaseFilter
from store.crypto import Keyring
from store.sqlite.store import DB_NAME, SqliteStore
from tests.store.test_contract import BACKENDS, T0, AnyStore

YEAR = Period(date(2026, 1, 1), date(2027, 1, 1))


@pytest.fixture(params=sorted(BACKENDS))
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnyStore]:
    opened = await BACKENDS[request.param](tmp_path)
    try:
        yield opened
    finally:
        await opened.close()


def _submitted(ref: str, country: str = "KE", level: int = 2) -> CaseSubmitted:
    answers = {
        "requester_name": "Amina",
        "rights": ["land", "water"],
        "financiers": ["development_bank"],
        "sector": "mining",
        "strategies": ["research", "advocacy"],
        "harm": "the river is poisoned",
    }
    return CaseSubmitted(ref, Channel.TELEGRAM, "fr", answers, (), level, False, country, "")


async def _facts(store: AnyStore, period: Period = YEAR) -> list[CaseFact]:
    return [f async for f in store.case_facts(period)]


async def _case_with_history(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.create_case("p", _submitted("K7M4-Q2XP"), "africa", T0)
        await tx.audit(T0 + timedelta(hours=2), "f1", "case.claimed", "K7M4-Q2XP")
        await tx.audit(T0 + timedelta(hours=3), "f1", "case.relayed", "K7M4-Q2XP")
        await tx.audit(T0 + timedelta(hours=5), "f1", "case.relayed", "K7M4-Q2XP")
        who = await tx.add_collaborator(
            "River Lab", None, ["research"], ["KE"], [], ["en"], False, T0
        )
        invitation = await tx.add_invitation("K7M4-Q2XP", who, T0)
        await tx.answer_invitation(invitation, True, T0 + timedelta(days=2))
        await tx.audit(T0 + timedelta(days=3), "f1", "case.agreement", "K7M4-Q2XP")


async def test_case_facts_carry_categories_times_and_links_never_words(store: AnyStore) -> None:
    await _case_with_history(store)
    (fact,) = await _facts(store)
    assert (fact.region, fact.country, fact.level, fact.channel, fact.locale) == (
        "africa", "KE", 2, "telegram", "fr",
    )  # fmt: skip
    assert sorted(fact.rights) == ["land", "water"]
    assert fact.financiers == ("development_bank",) and fact.sector == "mining"
    assert sorted(fact.strategies) == ["advocacy", "research"]
    assert fact.hours_to_claim == pytest.approx(2.0)
    assert fact.hours_to_response == pytest.approx(3.0)  # the first reply, not the last
    assert fact.agreed_at is not None and fact.agreed_at.startswith("2026-11-25")
    assert fact.connection_dates == ("2026-11-24",)
    assert "poisoned" not in repr(fact) and "Amina" not in repr(fact)


async def test_forgetting_the_requester_erases_the_categories_but_keeps_the_count(
    store: AnyStore,
) -> None:
    await _case_with_history(store)
    async with store.transaction() as tx:
        await tx.forget_person("p", T0 + timedelta(days=4))
    (fact,) = await _facts(store)
    assert (fact.rights, fact.financiers, fact.sector, fact.requester) == ((), (), None, None)
    assert (fact.country, fact.level, fact.agreed_at is not None) == ("KE", 2, True)


async def test_a_period_holds_cases_created_agreed_or_connected_in_it(store: AnyStore) -> None:
    await _case_with_history(store)
    assert await _facts(store, Period(date(2025, 1, 1), date(2026, 1, 1))) == []
    later = Period(date(2026, 11, 24), date(2026, 11, 26))  # created before, agreed within
    assert len(await _facts(store, later)) == 1


async def test_collaborator_profile_and_export_open_every_field(store: AnyStore) -> None:
    messenger = (store.pseudonym("signal", "+254712345678"), Channel.SIGNAL, "+254712345678")
    async with store.transaction() as tx:
        row = await tx.add_collaborator(
            "Mama Lab", "mama@example.org", ["expertise"], ["KE"], ["africa"], ["sw", "en"], True,
            T0, messenger,
        )  # fmt: skip
        await tx.set_collaborator_profile(row, "academic", False, "Soil tests; call mornings")
        (inside,) = await tx.directory_rows()
    (exported,) = [r async for r in store.directory_export()]
    assert inside == exported
    assert (exported.name, exported.kind, exported.contact, exported.notes) == (
        "Mama Lab", "academic", "mama@example.org", "Soil tests; call mornings",
    )  # fmt: skip
    assert (exported.channel, exported.user_id, exported.available) == (
        "signal", "+254712345678", False,
    )  # fmt: skip
    assert exported.languages == ("sw", "en")
    (entry,) = await store.directory_entries()
    assert (entry.countries, entry.available) == (frozenset({"KE"}), False)


async def test_cases_export_filters_and_opens_content_only_when_asked(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.create_case("p", _submitted("AAAA-AAAA", "KE", 2), "africa", T0)
        await tx.create_case("q", _submitted("BBBB-BBBB", "PE", 1), "latin_america", T0)
        await tx.create_case(
            "r", _submitted("CCCC-CCCC", "KE", 3), "africa", T0 + timedelta(days=40)
        )

    async def refs(chosen: CaseFilter, content: bool = False) -> list[str]:
        return [c.ref async for c in store.cases_export(chosen, content)]

    assert await refs(CaseFilter()) == ["AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC"]
    assert await refs(CaseFilter(region="africa")) == ["AAAA-AAAA", "CCCC-CCCC"]
    assert await refs(CaseFilter(country="PE")) == ["BBBB-BBBB"]
    assert await refs(CaseFilter(level=3)) == ["CCCC-CCCC"]
    assert await refs(CaseFilter(strategy="advocacy", region="africa", level=2)) == ["AAAA-AAAA"]
    assert await refs(CaseFilter(strategy="security")) == []
    assert await refs(CaseFilter(start=date(2026, 12, 1))) == ["CCCC-CCCC"]
    assert await refs(CaseFilter(end=date(2026, 12, 1))) == ["AAAA-AAAA", "BBBB-BBBB"]
    plain = [c async for c in store.cases_export(CaseFilter(), False)]
    assert all(c.details is None for c in plain)
    full = [c async for c in store.cases_export(CaseFilter(country="PE"), True)]
    assert full[0].details is not None and full[0].details["answers"]["harm"]


async def test_outbox_view_retry_and_discard(store: AnyStore) -> None:
    async with store.transaction() as tx:
        for person in ("alice-pseudonym", "bob-pseudonym"):
            await tx.enqueue(Channel.SIGNAL, f"+{len(person)}", "en", Outbound(person, "k"), T0)
    first, second = await store.outbox_view()
    assert (first.channel, first.recipient, first.status) == ("signal", "alice-ps", "pending")
    await store.outbox_retry(first.id, T0 + timedelta(hours=6), "TimedOut")
    assert await store.outbox_retry_now([first.id, 999], T0) == [first.id]
    (again, _) = await store.outbox_view()
    assert again.next_attempt_at == T0.isoformat() and again.attempts == 1
    assert await store.outbox_discard([second.id, 999]) == [second.id]
    assert [e.id for e in await store.outbox_view()] == [first.id]
    assert await store.outbox_pending_count() == 1


async def test_older_cases_get_their_categories_indexed_once(tmp_path: Path) -> None:
    opened = await SqliteStore.open(tmp_path / "data", Keyring.generate())
    try:
        async with opened.transaction() as tx:
            await tx.create_case("p", _submitted("K7M4-Q2XP"), "africa", T0)
        with sqlite3.connect(tmp_path / "data" / DB_NAME) as raw:  # as before the facets table
            raw.execute("DELETE FROM case_facets")
        assert (await _facts(opened))[0].rights == ()
        assert await opened.index_case_facets() == 1
        assert sorted((await _facts(opened))[0].rights) == ["land", "water"]
        assert await opened.index_case_facets() == 0
    finally:
        await opened.close()


async def test_the_stores_own_counts_match_counting_the_facts(store: AnyStore) -> None:
    """A backend may count in its own engine; it must count what the facts say."""
    from bench.report_data import fill
    from flows.report.tally import Tally

    await fill(store, 300, directory=10)
    async with store.transaction() as tx:
        await tx.forget_person("person-00007", T0)
    for period in (YEAR, Period(date(2026, 3, 1), date(2026, 7, 1))):
        by_facts = Tally(period)
        async for fact in store.case_facts(period):
            by_facts.add(fact)
        counted = await store.case_tally(period)
        assert counted.requests == by_facts.requests > 0
        assert counted.by == by_facts.by
        assert counted.by_country == by_facts.by_country
        assert (counted.collaborations, counted.connections) == (
            by_facts.collaborations, by_facts.connections,
        )  # fmt: skip
        assert counted.beneficiary_count == by_facts.beneficiary_count
        assert counted.collaboration_countries == by_facts.collaboration_countries
        for kind in ("claim", "response"):
            mine, theirs = getattr(counted.durations, kind), getattr(by_facts.durations, kind)
            assert {r: sorted(v) for r, v in mine.items()} == {
                r: sorted(v) for r, v in theirs.items()
            }


async def _evaluated(store: AnyStore, ref: str, answers: dict[str, object]) -> None:
    """A check-in sent (and answered) and an evaluation completed for ``ref``."""
    async with store.transaction() as tx:
        for kind in ("checkin", "evaluation"):
            assert await tx.add_prompt(f"{kind}:{ref}", kind, ref, "p", 0, T0)
        for prompt in await tx.prompts_of_case(ref):
            await tx.update_prompt(prompt.id, "sent", None, T0 + timedelta(hours=1))
            await tx.update_prompt(prompt.id, "answered", None, T0 + timedelta(hours=2))
            if prompt.kind == "evaluation":
                await tx.save_followup_answers(prompt, "evaluation", answers, T0)


async def test_followup_figures_count_outcomes_scores_and_checkins(store: AnyStore) -> None:
    async with store.transaction() as tx:
        await tx.create_case("p", _submitted("K7M4-Q2XP"), "africa", T0)
        await tx.create_case("q", _submitted("R2D2-C3PO"), "africa", T0)
    base = {"ev_outcomes": ["awareness", "legal", "made-up"], "ev_fit": "4", "ev_ease": "2"}
    await _evaluated(store, "K7M4-Q2XP", {**base, "ev_worked": "the river is poisoned"})
    await _evaluated(store, "R2D2-C3PO", {"ev_outcomes": ["legal"], "ev_fit": "5"})
    async with store.transaction() as tx:
        assert await tx.add_prompt("checkin:later", "checkin", "R2D2-C3PO", "q", 1, T0)
    figures = await store.followup_figures(YEAR)
    assert {(o.outcome, o.cases) for o in figures.outcomes} == {("awareness", 1), ("legal", 2)}
    scores = {s.question: (s.responses, s.mean) for s in figures.scores}
    assert scores["ev_fit"] == (2, 4.5) and scores["ev_ease"] == (1, 2.0)
    assert scores["satisfaction"] == (2, 4.0)  # (4+2)/2 = 3 and 5: one response each
    (rate,) = figures.checkins
    assert (rate.region, rate.sent, rate.answered) == ("africa", 2, 2)  # the unsent one: not
    assert "poisoned" not in repr(figures)
    empty = await store.followup_figures(Period(date(2025, 1, 1), date(2026, 1, 1)))
    assert empty == type(empty)()


async def test_funding_figures_count_the_period_only(store: AnyStore) -> None:
    from flows.funding.models import Application

    async with store.transaction() as tx:
        await tx.create_case("p", _submitted("K7M4-Q2XP"), "africa", T0)
        call = await tx.open_call(
            "africa", "open", ("2026-11-01", "2026-11-30", "2026-12-15"), 10_000_00, {}, T0
        )
        await tx.open_call("all", "targeted", ("2025-03-01", "2025-04-01", "2025-05-01"), 1, {}, T0)
        draft = Application(0, call, "K7M4-Q2XP", "africa", 2, 4_500_00, "group", False, True)
        app = await tx.add_application(draft, "seeds and boats", "training", 1, T0)
        await tx.decide_application(app, "approved", 4_500_00, T0 + timedelta(days=1))
        decided = await tx.application(app)
        assert decided is not None
        await tx.add_referral(decided, None, T0)
        await tx.add_money(
            "disbursement", decided, 2_000_49, ("KES", "258,000"), 1, "2026-11-30", T0
        )
        await tx.add_money("spent", decided, 1_000_00, ("USD", "1000"), None, "2026-12-01", T0)
        await tx.add_money("disbursement", decided, 9_99, ("USD", "9.99"), 2, "2027-01-02", T0)
    figures = await store.funding_figures(YEAR)
    assert (figures.calls_open, figures.calls_targeted) == (1, 0)  # the 2025 call: not
    assert (figures.applications, figures.grants_awarded, figures.grant_referrals) == (1, 1, 1)
    (money,) = figures.money
    assert (money.region, money.committed, money.spent) == ("africa", 4500, 2000)
