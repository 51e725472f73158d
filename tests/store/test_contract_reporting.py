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
