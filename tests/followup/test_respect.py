"""Respect: local quiet hours, at most one prompt a day per person across their cases,
and /pause, /stop, /resume and /support, all honoured by the scheduler."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.followup.records import DUE, SENT, SKIPPED
from store.sqlite.store import SqliteStore
from tests.followup.world import World, start_world
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
