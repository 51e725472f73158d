"""A grants working group's review through the service, with a real SQLite store and a
clock the test moves: typed answers, the deadline, reminders, undecided applications,
and who may do what (issue 14)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Catalogs
from bot.main import build_services
from flows.core.messages import Channel, Inbound
from flows.core.policy import Policy
from flows.funding.models import Application
from flows.service import funding_calls
from flows.service.due import run_due_job
from flows.service.inbound import handle_inbound
from flows.service.services import Services
from store.crypto import Keyring
from store.ports import StoreTransaction
from store.records import OutboxRow
from store.sqlite.store import SqliteStore
from tests.funding.world import CONTINUING, DEFENDER, GROUP, seed_requesters
from tests.support.clock import FakeClock

CATALOGS = Catalogs()
MEMBERS = ("m1", "m2", "m3")


@dataclass
class World:
    store: SqliteStore
    clock: FakeClock
    services: Services
    call: int
    apps: dict[str, int]
    backlog: list[tuple[str, str, dict[str, Any]]]

    def person(self, user: str) -> str:
        return self.store.pseudonym("console", user)

    async def says(
        self, user: str, text: str | None = None, choice: str | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        inbound = Inbound(self.person(user), Channel.CONSOLE, text, choice)
        async with self.store.transaction() as tx:
            await handle_inbound(tx, inbound, user, self.services)
        mine = []
        for who, key, args in await self.drain():
            if who == self.person(user):
                mine.append((key, args))
            else:
                self.backlog.append((who, key, args))
        return mine

    async def drain(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Everything sent since the last drain (messages to others included)."""
        rows = await self.store.outbox_next(Channel.CONSOLE, self.clock.now(), limit=1000)
        found, self.backlog = self.backlog, []
        for row in rows:
            assert isinstance(row, OutboxRow)
            found.append((row.recipient, row.message.key, dict(row.message.args)))
            await self.store.outbox_sent(row.id)
        return found

    async def run_due(self) -> None:
        for job, kind, ref in await self.store.due_jobs(self.clock.now()):
            async with self.store.transaction() as tx:
                await run_due_job(tx, job, kind, ref, self.clock.now(), self.services.policy)

    async def audit(self, action: str) -> list[dict[str, Any]]:
        return [e for e in await self.store.audit_entries() if e["action"] == action]


async def _requesters_and_facilitator(
    tx: StoreTransaction, store: SqliteStore, now: datetime
) -> None:
    """Every exchange here: the three requesters and Africa's facilitator."""
    await seed_requesters(tx, store.pseudonym, Channel.CONSOLE)
    await tx.add_facilitator(
        store.pseudonym("console", "amina"), Channel.CONSOLE, "amina", "Amina", ["africa"], "en",
        False, now,
    )  # fmt: skip


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await SqliteStore.open(tmp_path / "data", Keyring.generate())
    clock = FakeClock()
    now = clock.now()
    try:
        async with store.transaction() as tx:
            await _requesters_and_facilitator(tx, store, now)
            await tx.add_facilitator(
                store.pseudonym("console", "coord"),
                Channel.CONSOLE,
                "coord",
                "Coordinator",
                [],
                "fr",
                True,
                now,
            )
            for user in MEMBERS:
                await tx.add_grants_member(
                    store.pseudonym("console", user),
                    Channel.CONSOLE,
                    user,
                    user,
                    "africa",
                    "en",
                    now,
                )
            await tx.add_grants_member(
                store.pseudonym("console", "m9"), Channel.CONSOLE, "m9", "m9", "asia", "en", now
            )
            dates = ("2026-11-22", "2026-11-25", "2026-11-30")
            call = await tx.open_call(
                "africa", "targeted", dates, 1_000_000, {"en": "Defenders"}, now
            )
            apps = {}
            for r, kind, security in (
                (GROUP, "group", False),
                (DEFENDER, "individual", True),
                (CONTINUING, "organisation", False),
            ):
                application = Application(
                    0, call, r.ref, "africa", 2, 300_000, kind, security, True
                )
                apps[r.ref] = await tx.add_application(application, "Tools", "Training", 1, now)
            opened = await tx.funding_call(call)
            assert opened is not None
            await funding_calls.close_call(tx, opened, now)
        services = build_services(CATALOGS, clock, Policy(grants_quorum=2))
        yield World(store, clock, services, call, apps, [])
    finally:
        await store.close()


async def test_members_answer_by_typing_on_a_text_channel(world: World) -> None:
    first = [k for who, k, _ in await world.drain() if who == world.person("m1")]
    assert first == ["fund-review-start", "fund-review-item"]
    assert [k for k, _ in await world.says("m1", "7")] == [
        "fund-choice-invalid",
        "fund-review-item",
    ]
    assert [k for k, _ in await world.says("m1", "1")] == ["fund-ask-score"]
    assert [k for k, _ in await world.says("m1", "9")] == ["fund-score-invalid", "fund-ask-score"]
    assert [k for k, _ in await world.says("m1", "4")] == ["fund-ask-comment"]
    said = await world.says("m1", "Strong community plan")
    assert [k for k, _ in said] == ["fund-vote-saved", "fund-review-item"]
    assert said[1][1]["number"] == world.apps[DEFENDER.ref]
    assert [k for k, _ in await world.says("m1", "4")] == [
        "fund-conflict-noted",
        "fund-review-item",
    ]
    await world.says("m1", "3")
    await world.says("m1", "2")
    assert [k for k, _ in await world.says("m1", "/skip")] == [
        "fund-vote-saved",
        "fund-review-done",
    ]
    async with world.store.transaction() as tx:
        votes = await tx.votes(world.apps[GROUP.ref])
        member = await tx.grants_member_by_person(world.person("m1"))
        assert member is not None
        assert [(v.choice, v.score, v.done) for v in votes] == [("approve", 4, True)]
        assert await tx.vote_comment(world.apps[GROUP.ref], member.id) == "Strong community plan"
        assert await tx.vote_comment(world.apps[CONTINUING.ref], member.id) is None


async def test_a_vote_after_the_deadline_changes_nothing(world: World) -> None:
    await world.drain()
    world.clock.advance(days=9)  # the review ended on 2026-11-30
    said = await world.says("m1", choice=f"g:vote:{world.apps[GROUP.ref]}:approve")
    assert [k for k, _ in said] == ["fund-review-closed"]
    said = await world.says("m1", choice=f"g:score:{world.apps[GROUP.ref]}:5")
    assert [k for k, _ in said] == ["fund-review-closed"]
    assert [k for k, _ in await world.says("m1", "hello")] == ["fund-member-help"]
    async with world.store.transaction() as tx:
        assert await tx.votes(world.apps[GROUP.ref]) == []
        assert [a.status for a in await tx.applications(world.call)] == ["submitted"] * 3


async def test_reminder_once_before_the_deadline_then_the_ranking_at_it(world: World) -> None:
    await world.drain()
    for user in ("m1", "m2"):
        for app in world.apps.values():
            await world.says(user, choice=f"g:vote:{app}:approve")
            await world.says(user, choice=f"g:score:{app}:3")
            await world.says(user, choice=f"g:nocomment:{app}")
    world.clock.advance(days=8)  # 2026-11-30 09:00: the last day of the review
    await world.run_due()
    sent = await world.drain()
    assert [(who, k) for who, k, _ in sent if k == "fund-reminder"] == [
        (world.person("m3"), "fund-reminder")
    ]
    await world.run_due()
    assert await world.drain() == []  # each reminder exactly once
    world.clock.advance(days=1)
    await world.run_due()
    rankings = [who for who, k, _ in await world.drain() if k == "fund-ranking"]
    assert sorted(rankings) == sorted(world.person(u) for u in MEMBERS)


async def test_a_tie_goes_to_the_coordinator_and_the_requester_waits(world: World) -> None:
    await world.drain()
    answers = {"m1": "approve", "m2": "decline", "m3": "conflict"}
    for user, answer in answers.items():
        for app in world.apps.values():
            await world.says(user, choice=f"g:vote:{app}:{answer}")
            if answer != "conflict":
                await world.says(user, choice=f"g:score:{app}:3")
                await world.says(user, choice=f"g:nocomment:{app}")
    await world.says("m1", choice=f"g:confirm:{world.call}")
    said = await world.says("m2", choice=f"g:confirm:{world.call}")
    assert [k for k, _ in said][-1] == "fund-decided"
    sent = await world.drain()
    to_coordinator = [
        a for who, k, a in sent if who == world.person("coord") and k == "ws-fund-undecided"
    ]
    assert len(to_coordinator) == 3
    pending = [k for who, k, _ in sent if who == world.person(DEFENDER.user)]
    assert pending == ["fund-decision-pending"]
    async with world.store.transaction() as tx:
        app = await tx.application(world.apps[DEFENDER.ref])
        assert app is not None and app.status == "undecided"
        await funding_calls.record_decision(
            tx, app, "approved", app.amount_cents, world.clock.now(), by="coordinator:test"
        )
    decided = [(k, a) for who, k, a in await world.drain() if who == world.person(DEFENDER.user)]
    assert decided == [("fund-decision-approved", {"ref": DEFENDER.ref, "amount": "3,000"})]


async def test_outsiders_and_forged_buttons_are_refused_and_audited(world: World) -> None:
    await world.drain()
    vote = f"g:vote:{world.apps[GROUP.ref]}:approve"
    for user in ("m9", "amina", "coord", "stranger"):
        said = await world.says(user, choice=vote)
        assert [k for k, _ in said] == ["fund-not-member"], user
    for forged in (
        "g:vote:abc:approve",
        "g:vote",
        f"g:score:{world.apps[GROUP.ref]}:99",
        "g:confirm:99999",
    ):
        said = await world.says("m1", choice=forged)
        assert "fund-review-item" not in [k for k, _ in said][:1] or forged.startswith("g:score")
    async with world.store.transaction() as tx:
        assert await tx.votes(world.apps[GROUP.ref]) == []
    refusals = await world.audit("refused")
    assert len([e for e in refusals if str(e["detail"]).startswith("grants:")]) >= 7
    assert not [
        e
        for e in await world.audit("grants.viewed")
        if e["actor"].startswith(("facilitator", "m9"))
    ]


async def test_a_requester_cannot_ask_level_3_for_someone_elses_case(world: World) -> None:
    said = await world.says(GROUP.user, choice=f"l3:{DEFENDER.ref}")
    assert [k for k, _ in said] == ["fund-continue-refused"]
    async with world.store.transaction() as tx:
        assert not await tx.continuation_requested(DEFENDER.ref)
    assert [e["detail"] for e in await world.audit("refused")] == ["continuation:not-theirs"]
    said = await world.says(DEFENDER.user, choice=f"l3:{DEFENDER.ref}")
    assert [k for k, _ in said] == ["fund-continue-asked"]
    to_amina = [k for who, k, _ in await world.drain() if who == world.person("amina")]
    assert to_amina == ["ws-fund-continue-requested"]


@pytest.fixture
async def before_call(tmp_path: Path) -> AsyncIterator[World]:
    """The same exchange before any call: requesters and a facilitator."""
    store = await SqliteStore.open(tmp_path / "data", Keyring.generate())
    clock = FakeClock()
    try:
        async with store.transaction() as tx:
            await _requesters_and_facilitator(tx, store, clock.now())
        services = build_services(CATALOGS, clock, Policy(grants_quorum=2))
        yield World(store, clock, services, 0, {}, [])
    finally:
        await store.close()


async def test_a_call_takes_applications_only_between_its_dates(before_call: World) -> None:
    """Opened on 22 November for 24–26 November: announced on the 24th, not before;
    no application before the opening day nor after the closing day."""
    world = before_call
    async with world.store.transaction() as tx:
        dates = ("2026-11-24", "2026-11-26", "2026-12-03")
        now = world.clock.now()
        world.call = await tx.open_call("africa", "open", dates, 1_000_000, {"en": "Rivers"}, now)
        call = await tx.funding_call(world.call)
        assert call is not None
        assert await funding_calls.announce_when_open(tx, call, now) is None
    assert await world.drain() == []
    assert [k for k, _ in await world.says("amina", f"/apply {GROUP.ref}")] == ["fund-no-call"]
    world.clock.advance(days=1)  # the 23rd
    await world.run_due()
    assert await world.drain() == []
    world.clock.advance(days=1)  # the opening day, 09:00
    await world.run_due()
    told = {(who, k) for who, k, _ in await world.drain()}
    assert told == {
        (world.person("amina"), "ws-fund-call-open"),
        *((world.person(r.user), "fund-call-for-you") for r in (GROUP, DEFENDER, CONTINUING)),
    }
    await world.run_due()
    assert await world.drain() == []  # announced once
    for text in ("/apply " + GROUP.ref, "4500", "Tanks"):
        await world.says("amina", text)
    await world.says("amina", choice=f"f:apfield:{GROUP.ref}:group")
    await world.says("amina", "Training")
    said = await world.says("amina", choice=f"f:apfield:{GROUP.ref}:no")
    assert [k for k, _ in said] == ["fund-review"]
    world.clock.advance(days=3)  # the 27th: the call closed yesterday
    said = await world.says("amina", choice=f"f:apsend:{GROUP.ref}")
    assert [k for k, _ in said] == ["fund-call-gone"]
    said = await world.says("amina", f"/apply {DEFENDER.ref}")
    assert [k for k, _ in said] == ["fund-no-call"]
    async with world.store.transaction() as tx:
        assert await tx.applications(world.call) == []


async def _everyone_approves(world: World) -> None:
    """Every member approves every application: the ranking is proposed at once."""
    for user in MEMBERS:
        for app in world.apps.values():
            await world.says(user, choice=f"g:vote:{app}:approve")
            await world.says(user, choice=f"g:score:{app}:3")
            await world.says(user, choice=f"g:nocomment:{app}")


async def test_a_ranking_left_unconfirmed_goes_to_the_coordinator_once(world: World) -> None:
    """Proposed on 22 November with a 3-day limit: the member who has not confirmed is
    reminded once on the 24th; on the 25th the decisions go to the coordinator as for a
    tie, the requesters wait, the members are told; nothing more until the call ends."""
    await world.drain()
    await _everyone_approves(world)
    await world.drain()
    assert len(await world.audit("grants.ranking.proposed")) == 1
    assert [k for k, _ in await world.says("m1", choice=f"g:confirm:{world.call}")] == [
        "fund-confirm-noted"
    ]
    world.clock.advance(days=1)
    await world.run_due()
    assert await world.drain() == []
    world.clock.advance(days=1)  # the 24th, one day before the limit
    await world.run_due()
    reminded = sorted(who for who, k, _ in await world.drain() if k == "fund-confirm-reminder")
    assert reminded == sorted(world.person(u) for u in ("m2", "m3"))
    await world.run_due()
    assert await world.drain() == []  # one reminder
    world.clock.advance(days=1)  # the limit
    await world.run_due()
    sent = await world.drain()
    undecided = [a for who, k, a in sent if who == world.person("coord")]
    assert sorted(a["number"] for a in undecided) == sorted(world.apps.values())
    assert {k for who, k, _ in sent if who == world.person("coord")} == {"ws-fund-undecided"}
    for requester in (GROUP, DEFENDER, CONTINUING):
        told = [k for who, k, _ in sent if who == world.person(requester.user)]
        assert told == ["fund-decision-pending"]
    expired = sorted(who for who, k, _ in sent if k == "fund-confirm-expired")
    assert expired == sorted(world.person(u) for u in MEMBERS)
    async with world.store.transaction() as tx:
        assert [a.status for a in await tx.applications(world.call)] == ["undecided"] * 3
        call = await tx.funding_call(world.call)
        assert call is not None and call.status == "review"  # the coordinator decides
    assert len(await world.audit("grants.confirm.expired")) == 1
    decisions = [e["detail"] for e in await world.audit("grants.decision")]
    assert sorted(decisions) == sorted(f"application:{a}:undecided" for a in world.apps.values())
    said = await world.says("m2", choice=f"g:confirm:{world.call}")
    assert [k for k, _ in said] == ["fund-ranking-closed"]
    world.clock.advance(days=7)  # past the review deadline
    await world.run_due()
    assert await world.drain() == []
    assert len(await world.audit("grants.decision")) == 3


async def test_a_confirmed_ranking_never_goes_to_the_coordinator(world: World) -> None:
    await world.drain()
    await _everyone_approves(world)
    await world.drain()
    await world.says("m1", choice=f"g:confirm:{world.call}")
    said = await world.says("m2", choice=f"g:confirm:{world.call}")
    assert [k for k, _ in said] == ["fund-decided"]
    await world.drain()
    for _ in range(9):
        world.clock.advance(days=1)
        await world.run_due()
    sent = await world.drain()
    assert not [k for _, k, _ in sent if k.startswith(("fund-confirm", "ws-fund-undecided"))]
    async with world.store.transaction() as tx:
        assert [a.status for a in await tx.applications(world.call)] == ["approved"] * 3
    assert await world.audit("grants.confirm.expired") == []


async def test_only_the_regions_own_members_make_its_quorum(world: World) -> None:
    """In a call for all regions each region's group confirms its own ranking: a
    confirmation from Asia's group (written as such a call records it) does not count
    towards Africa's quorum of two."""
    await world.drain()
    await _everyone_approves(world)
    await world.drain()
    async with world.store.transaction() as tx:
        (asia,) = await tx.grants_members("asia")
        await tx.confirm_ranking(world.call, asia.id, world.clock.now())
    said = await world.says("m1", choice=f"g:confirm:{world.call}")
    assert [k for k, _ in said] == ["fund-confirm-noted"]
    said = await world.says("m2", choice=f"g:confirm:{world.call}")
    assert [k for k, _ in said] == ["fund-decided"]
