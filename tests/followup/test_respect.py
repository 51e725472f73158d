"""Respect: local quiet hours, at most one prompt a day per person across their cases,
and /pause, /stop, /resume and /support, all honoured by the scheduler."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flows.followup.records import DUE, REMINDED, SENT, SKIPPED, Prompt
from store.sqlite.store import SqliteStore
from tests.followup.world import DAY, World, start_world
from tests.support.clock import FakeClock

INTRO = "A few weeks have passed on"


async def test_quiet_hours_and_the_daily_cap_across_cases_and_time_zones(
    store: SqliteStore,
) -> None:
    # 16:00 UTC: 19:00 in Nairobi, 23:00 in Jakarta.
    clock = FakeClock(datetime(2026, 11, 22, 16, 0, tzinfo=UTC))
    world = await start_world(store, clock)
    try:
        river = await world.case("wanjiru", "KE")
        forest = await world.case("wanjiru", "KE")
        mine = await world.case("dewi", "ID")
        for ref in (river, forest):
            await world.say("amina", f"/move {ref} implementation")
        await world.say("bayu", f"/move {mine} implementation")

        await world.tick(days=14)
        assert world.count("wanjiru", INTRO) == 1  # one prompt a day, whatever the cases
        assert world.count("dewi", INTRO) == 0  # 23:00 in Jakarta: waits for the morning
        [dewi] = await world.prompts(mine)
        assert dewi.state == DUE and dewi.due_at == datetime(2026, 12, 7, 1, 0, tzinfo=UTC)

        await world.tick(hours=9)  # 01:00 UTC: 08:00 in Jakarta, 04:00 in Nairobi
        assert world.count("dewi", INTRO) == 1
        assert world.count("wanjiru", INTRO) == 1
        waiting = [p for r in (river, forest) for p in await world.prompts(r) if p.state == DUE]
        assert min(p.due_at for p in waiting if p.slot == 1) == datetime(  # type: ignore[type-var]
            2026, 12, 7, 16, 0, tzinfo=UTC
        )
        await world.tick(hours=15)  # a day after the first: the second case's check-in
        sent = [p for r in (river, forest) for p in await world.prompts(r) if p.state == SENT]
        assert len(sent) == 2
        assert world.count("wanjiru", "/switch") == 0  # the second waits behind the first
    finally:
        await world.runtime.stop()


async def test_pause_defers_and_stop_skips_until_resume(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.say("wanjiru", "/pause")
    assert "Check-ins are paused until 2026-12-22" in world.last("wanjiru")
    await world.tick(days=14)
    assert world.count("wanjiru", INTRO) == 0
    await world.tick(days=16)  # the pause is over: the newest check-in goes, once
    assert world.count("wanjiru", INTRO) == 1
    for answer in ("1", "1", "1", "1", "/skip", "/skip"):
        await world.say("wanjiru", answer)

    await world.say("wanjiru", "/stop")
    assert "Check-ins and surveys are stopped" in world.last("wanjiru")
    await world.tick(days=15)
    assert world.count("wanjiru", INTRO) == 1
    assert SKIPPED in [p.state for p in await world.prompts(ref)]
    await world.say("wanjiru", "/resume")
    await world.tick(days=14)
    assert world.count("wanjiru", INTRO) == 2


async def test_stop_in_the_middle_of_a_check_in_closes_it(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    await world.say("wanjiru", "1")
    await world.say("wanjiru", "/stop")
    assert "Check-ins and surveys are stopped" in world.last("wanjiru")
    await world.say("wanjiru", "Thank you")  # now an ordinary message to the facilitator
    assert world.last("amina").endswith("Thank you")
    await world.tick(days=3)
    assert world.count("wanjiru", "A gentle reminder") == 0


async def test_support_reaches_the_facilitator_at_any_time(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.say("wanjiru", "/support the company sent guards")
    assert f"more support on {ref} has reached" in world.last("wanjiru")
    assert "the requester asks for more support" in world.last("amina")
    assert "the company sent guards" in world.last("amina")
    await world.say("amina", f"/followup {ref}")
    assert "More support asked" in world.last("amina")
    [item] = [line for line in world.last("amina").splitlines() if "Open item" in line]
    number = item.split("#", 1)[1].split(" ", 1)[0]
    await world.say("amina", f"/resolve {ref} {number}")
    assert "is closed" in world.last("amina")


async def test_a_facilitator_sets_the_cadence_and_a_time_zone(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.say("amina", f"/cadence {ref} 21 2027-03-01")
    assert "every 21 days until 2027-03-01" in world.last("amina")
    await world.say("amina", f"/cadence {ref} 2")
    assert "every 7 to 90 days" in world.last("amina")
    await world.say("amina", f"/timezone {ref} 1 Mars/Olympus")
    assert "is not a time zone I know" in world.last("amina")
    await world.say("amina", f"/timezone {ref} 1 Pacific/Kiritimati")  # UTC+14: 23:00 there
    await world.tick(days=14)
    assert world.count("wanjiru", INTRO) == 0  # the old cadence's slot was ended
    await world.tick(days=7)
    assert world.count("wanjiru", INTRO) == 0  # 23:00 on Kiritimati: waits for the morning
    await world.tick(hours=9)
    assert world.count("wanjiru", INTRO) == 1


NAIROBI = ZoneInfo("Africa/Nairobi")


def _sent(prompts: list[Prompt]) -> list[datetime]:
    return sorted(p.sent_at for p in prompts if p.sent_at is not None)


async def test_one_person_with_cases_in_nairobi_and_jakarta_keeps_one_zone_and_one_a_day(
    store: SqliteStore,
) -> None:
    # 02:00 UTC: 05:00 in Nairobi (night), 09:00 in Jakarta (morning).
    clock = FakeClock(datetime(2026, 11, 22, 2, 0, tzinfo=UTC))
    world = await start_world(store, clock)
    try:
        river = await world.case("wanjiru", "KE")  # her first request: she lives in Kenya
        mine = await world.case("wanjiru", "ID")
        forest = await world.case("wanjiru", "KE")
        for facilitator, ref in (("amina", river), ("bayu", mine), ("amina", forest)):
            await world.say(facilitator, f"/move {ref} implementation")
        await world.tick(days=14)
        assert world.count("wanjiru", INTRO) == 0  # Jakarta's morning is her night
        for _ in range(3 * 24):
            await world.tick(hours=1)
        prompts = [p for ref in (river, mine, forest) for p in await world.prompts(ref)]
        sent = _sent(prompts)
        assert len(sent) == 3  # each case's check-in, one a day
        assert all(8 <= moment.astimezone(NAIROBI).hour < 21 for moment in sent)
        assert all(later - earlier >= DAY for earlier, later in itertools.pairwise(sent))
        assert sent[0] == datetime(2026, 12, 6, 5, 0, tzinfo=UTC)  # 08:00 in Nairobi
    finally:
        await world.runtime.stop()


async def test_a_time_zone_set_for_a_person_applies_to_all_their_cases(world: World) -> None:
    # 09:00 UTC is 23:00 on Kiritimati (UTC+14), noon in Nairobi, 16:00 in Jakarta.
    river = await world.case("wanjiru", "KE")
    mine = await world.case("wanjiru", "ID")
    await world.say("amina", f"/timezone {river} 1 Pacific/Kiritimati")
    await world.say("amina", f"/move {river} implementation")
    await world.say("bayu", f"/move {mine} implementation")
    await world.say("bayu", f"/followup {mine}")
    assert "time zone Pacific/Kiritimati (set by a facilitator)" in world.last("bayu")
    await world.tick(days=14)
    assert world.count("wanjiru", INTRO) == 0  # night on Kiritimati, whichever case
    for _ in range(2 * 24):
        await world.tick(hours=1)
    sent = _sent([p for ref in (river, mine) for p in await world.prompts(ref)])
    kiritimati = ZoneInfo("Pacific/Kiritimati")
    assert [moment.astimezone(kiritimati).hour for moment in sent] == [8, 8]
    assert sent[1] - sent[0] == DAY


async def test_the_view_shows_the_zone_worked_out_from_the_country_as_the_scheduler_does(
    world: World,
) -> None:
    river = await world.case("wanjiru", "KE")  # her first request: she lives in Kenya
    mine = await world.case("wanjiru", "ID")
    await world.collaborator("lab", mine)  # no request of its own: the case's country
    await world.say("bayu", f"/move {mine} implementation")
    await world.say("bayu", f"/followup {mine}")
    view = world.last("bayu")
    assert "1. the requester: 0/0 answered (0%) · active · time zone Africa/Nairobi" in view
    assert "time zone Asia/Jakarta (from the country)" in view
    assert "time zone -" not in view
    await world.say("bayu", f"/timezone {mine} 1 Asia/Jayapura")
    await world.say("amina", f"/followup {river}")
    assert "time zone Asia/Jayapura (set by a facilitator)" in world.last("amina")


async def test_the_retention_purge_removes_their_prompts_answers_and_notes(
    world: World,
) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.collaborator("lab", ref)
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("Blocked", "1", "1", "1", "/skip", "We met the district officer."):
        await world.say("wanjiru", answer)
    await world.say("amina", f"/move {ref} evaluation")
    await world.tick(seconds=1)  # the surveys go out
    await world.say("amina", f"/meeting {ref}")
    await world.say("amina", "What worked: the joint visit to the river.")
    assert "Meeting notes saved" in world.last("amina")
    await world.say("amina", f"/move {ref} closed")
    async with world.store.transaction() as tx:
        assert await tx.followup_answers(ref) and await tx.meeting_notes(ref)
    assert await world.store.followup_pending() > 0  # the surveys, the later follow-up

    world.clock.advance(days=world.runtime.services.policy.retention_days + 1)
    await world.runtime.housekeeping()
    wanjiru = world.person("wanjiru")
    async with world.store.transaction() as tx:
        view = await tx.case_view(ref)
        assert view is not None and view.requester is None  # an anonymous count is left
        assert await tx.followup_answers(ref) == []
        assert await tx.meeting_notes(ref) == []
        left = await tx.prompts_of_case(ref)
        assert left and all(p.person != wanjiru for p in left)  # hers are gone
        assert all(p.state not in (DUE, SENT, REMINDED) for p in left)  # none pending
        assert [i.kind for i in await tx.followup_items(ref)] == ["ci_going:blocked"]
    assert await world.store.followup_pending() == 0
    raw = (world.store.data_dir / "cre.sqlite3").read_bytes()
    assert wanjiru.encode() not in raw
