"""The funding repositories' contract, over every backend (issue 14)."""

from __future__ import annotations

from pathlib import Path

from flows.core.messages import Channel
from flows.funding.models import Application, Vote
from store.sqlite.store import SqliteStore
from tests.store.test_contract import T0, AnyStore, _case, store

__all__ = ["store"]


def _application(call: int, ref: str, level: int = 2, cents: int = 400_000) -> Application:
    return Application(0, call, ref, "africa", level, cents, "group", False, True)


async def _members(store: AnyStore) -> tuple[int, int]:
    async with store.transaction() as tx:
        one = await tx.add_grants_member("p-m1", Channel.CONSOLE, "m1", "Amina", "africa", "sw", T0)
        two = await tx.add_grants_member("p-m2", Channel.CONSOLE, "m2", "Ben", "africa", "en", T0)
    return one, two


async def _call_with_one_application(store: AnyStore) -> tuple[int, int, str]:
    async with store.transaction() as tx:
        await tx.create_case("p-req", _case("K7M4-Q2XP"), "africa", T0)
        call = await tx.open_call(
            "africa",
            "open",
            ("2026-12-01", "2026-12-20", "2026-12-27"),
            2_000_000,
            {"en": "Land defence", "fr": "Défense des terres"},
            T0,
        )
        app = await tx.add_application(
            _application(call, "K7M4-Q2XP"), "Seeds and tools", "Training 40 people", 7, T0
        )
    return call, app, "K7M4-Q2XP"


async def test_members_are_registered_per_region_and_removed(store: AnyStore) -> None:
    async with store.transaction() as tx:
        first = await tx.add_grants_member(
            "p-m1", Channel.TELEGRAM, "111", "Amina", "africa", "sw", T0
        )
        again = await tx.add_grants_member(
            "p-m1", Channel.TELEGRAM, "111", "Amina K", "africa", "fr", T0
        )
        await tx.add_grants_member("p-m2", Channel.SIGNAL, "+254712345678", "Ben", "asia", "en", T0)
        assert first == again
        assert [m.name for m in await tx.grants_members("africa")] == ["Amina K"]
        contact = await tx.grants_member_contact(first)
        assert contact is not None and (contact.address, contact.locale) == ("111", "fr")
        assert (await tx.grants_member_by_person("p-m1")) is not None
        assert await tx.remove_grants_member(first)
        assert not await tx.remove_grants_member(first)
        assert await tx.grants_member_by_person("p-m1") is None
        assert await tx.grants_member_contact(first) is None


async def test_calls_applications_and_the_members_summary(store: AnyStore) -> None:
    call, app, ref = await _call_with_one_application(store)
    async with store.transaction() as tx:
        found = await tx.funding_call(call)
        assert (
            found is not None
            and found.status == "open"
            and found.criteria_in("sw") == ("Land defence")
        )
        await tx.set_call_status(call, "review")
        assert [c.status for c in await tx.funding_calls()] == ["review"]
        assert [a.id for a in await tx.applications(call)] == [app]
        assert [a.ref for a in await tx.applications_of(ref)] == [ref]
        summary = await tx.application_summary(app)
        assert summary is not None
        assert (summary.country, summary.purpose, summary.capacity_text) == (
            "KE",
            "Seeds and tools",
            "Training 40 people",
        )
        assert summary.strategies == ("legal", "media")


async def test_votes_drafts_comments_and_confirmations(store: AnyStore) -> None:
    call, app, _ = await _call_with_one_application(store)
    one, two = await _members(store)
    async with store.transaction() as tx:
        await tx.save_vote(Vote(one, app, "approve"), None, T0)
        await tx.save_vote(Vote(one, app, "approve", 4), None, T0)
        await tx.save_vote(Vote(one, app, "approve", 4, True), "Strong plan", T0)
        await tx.save_vote(Vote(two, app, "conflict", None, True), None, T0)
        assert await tx.votes(app) == [
            Vote(one, app, "approve", 4, True),
            Vote(two, app, "conflict", None, True),
        ]
        assert await tx.vote_comment(app, one) == "Strong plan"
        assert await tx.vote_comment(app, two) is None
        assert await tx.confirm_ranking(call, one, T0) == 1
        assert await tx.confirm_ranking(call, one, T0) == 1
        assert await tx.confirm_ranking(call, two, T0) == 2
        assert await tx.ranking_confirmations(call) == {one, two}
        assert await tx.ranking_confirmations(call + 1) == set()


async def test_money_referrals_and_anonymous_totals(store: AnyStore) -> None:
    call, app, ref = await _call_with_one_application(store)
    async with store.transaction() as tx:
        application = await tx.application(app)
        assert application is not None
        await tx.decide_application(app, "approved", 400_000, T0)
        await tx.add_money(
            "disbursement", application, 250_000, ("KES", "32500000"), 1, "2026-12-30", T0
        )
        await tx.add_money(
            "spent", application, 120_000, ("KES", "15600000"), None, "2027-01-15", T0
        )
        await tx.add_referral(application, None, T0)
        assert [m[0] for m in await tx.money_of(app)] == ["disbursement", "spent"]
        [region] = await tx.funding_totals("region")
        assert (region.key, region.grants, region.committed_cents) == ("africa", 1, 400_000)
        assert (region.disbursed_cents, region.spent_cents, region.referrals) == (
            250_000,
            120_000,
            1,
        )
        assert [t.key for t in await tx.funding_totals("level")] == ["2"]
        assert [t.key for t in await tx.funding_totals("call")] == [str(call)]
        assert ref not in repr(await tx.funding_totals("region"))


async def test_continuations_and_resources(store: AnyStore) -> None:
    async with store.transaction() as tx:
        assert await tx.request_continuation("K7M4-Q2XP", T0)
        assert not await tx.request_continuation("K7M4-Q2XP", T0)
        assert await tx.continuation_requested("K7M4-Q2XP")
        first = await tx.add_resource("africa", "fr", "Fonds d'urgence: urgent@example.org", T0)
        await tx.add_resource("asia", "en", "Asia fund", T0)
        assert [r.body for r in await tx.resources("africa")] == [
            "Fonds d'urgence: urgent@example.org"
        ]
        assert await tx.remove_resource(first)
        assert [r.region for r in await tx.resources()] == ["asia"]


async def test_forget_removes_the_words_of_the_persons_applications(store: AnyStore) -> None:
    _, app, ref = await _call_with_one_application(store)
    one, _ = await _members(store)
    async with store.transaction() as tx:
        await tx.save_vote(Vote(one, app, "approve", 4, True), "They told me about Amina", T0)
        await tx.request_continuation(ref, T0)
        await tx.forget_person("p-req", T0)
    async with store.transaction() as tx:
        summary = await tx.application_summary(app)
        assert summary is not None and (summary.purpose, summary.capacity_text) == ("", "")
        assert await tx.vote_comment(app, one) is None
        assert not await tx.continuation_requested(ref)
        [total] = await tx.funding_totals("region")
        assert total.applications == 1  # the anonymous count stays


async def test_forgotten_words_are_gone_from_the_sqlite_file(tmp_path: Path) -> None:
    from store.crypto import Keyring

    opened = await SqliteStore.open(tmp_path / "data", Keyring.generate())
    try:
        _, app, _ = await _call_with_one_application(opened)
        async with opened.transaction() as tx:
            await tx.forget_person("p-req", T0)
        async with opened.transaction() as tx:
            summary = await tx.application_summary(app)
            assert summary is not None and summary.purpose == ""
    finally:
        await opened.close()
