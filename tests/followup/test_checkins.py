"""Check-ins during implementation, through the real runtime on a controlled clock.

The clock starts on 2026-11-22 at 09:00 UTC (12:00 in Nairobi, 16:00 in Jakarta).
"""

from __future__ import annotations

from flows.followup.records import ANSWERED, DUE, SENT, SUPERSEDED, UNANSWERED
from tests.followup.world import World

INTRO = "A few weeks have passed on"


async def test_a_case_in_implementation_is_checked_on_every_two_weeks(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.collaborator("lab", ref)
    await world.say("amina", f"/move {ref} implementation")
    assert "check-ins every 14 days until 2027-05-23" in " ".join(world.texts("amina")[-2:])
    assert [p.state for p in await world.prompts(ref)] == [DUE, DUE]

    await world.tick(days=13, hours=23)
    assert world.count("wanjiru", INTRO) == 0
    await world.tick(hours=1)
    assert world.count("wanjiru", INTRO) == 1 and world.count("lab", INTRO) == 1
    assert "How is it going?" in world.last("wanjiru")

    await world.tick(days=3)  # no answer: the one reminder
    await world.tick(days=3)  # still none: the facilitator is told
    await world.tick(days=8)  # the second slot: the first is still open for them, no nagging
    assert world.count("wanjiru", INTRO) == 1 and world.count("lab", INTRO) == 1
    states = [p.state for p in await world.prompts(ref) if p.person == world.person("wanjiru")]
    assert states == [UNANSWERED, "skipped", DUE]


async def test_blocked_alerts_the_facilitator_with_the_answers_and_opens_an_item(
    world: World,
) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("Blocked", "2", "1", "1"):
        await world.say("wanjiru", answer)
    alert = world.last("amina")
    assert f"Follow-up on {ref}: the requester needs attention" in alert
    assert "How it is going: Blocked" in alert and "Timeline: Small delay" in alert
    assert "The agreement has no dispute route written yet." in alert
    texts = world.texts("wanjiru")
    assert "Your facilitator has been told" in texts[-2]
    assert texts[-1].endswith("or skip.")  # the optional second part follows at once
    await world.say("wanjiru", "/skip")
    await world.say("wanjiru", "We met the district officer.")
    assert "We will check in again" in world.last("wanjiru")
    assert "We met the district officer." in world.last("amina")
    await world.say("amina", f"/followup {ref}")
    view = world.last("amina")
    assert (
        "1. the requester: 1/1 answered (100%) · active · time zone Africa/Nairobi"
        " (from the country)" in view
    )
    assert "How it is going – Blocked" in view and "Timeline – Small delay" in view


async def test_a_threat_alerts_at_once_and_reminds_not_to_share_details(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("1", "1", "1"):
        await world.say("wanjiru", answer)
    assert world.count("amina", "needs attention") == 0
    await world.say("wanjiru", "Yes")
    assert world.count("amina", "needs attention") == 1
    assert "New threat or risk: Yes" in world.last("amina")
    assert any("do not share details of the threat" in t for t in world.texts("wanjiru")[-3:])


async def test_a_collaborator_is_asked_separately_and_answers_on_their_own(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.collaborator("lab", ref)
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("4", "1", "3", "1", "/skip", "/skip"):
        await world.say("lab", answer)
    alert = [t for t in world.texts("amina") if "needs attention" in t]
    assert alert and "Lab lab needs attention" in alert[-1]
    assert "We need more support" in alert[-1] and "we need the facilitator" in alert[-1]
    mine = {p.person: p.state for p in await world.prompts(ref) if p.slot == 1}
    assert mine[world.person("lab")] == ANSWERED and mine[world.person("wanjiru")] == SENT
    assert world.count("wanjiru", "needs attention") == 0  # nobody sees another's answers


async def test_the_only_reminder_then_the_facilitator_hears_nobody_answered(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    await world.tick(days=3)
    assert world.count("wanjiru", "A gentle reminder") == 1
    await world.tick(days=3)
    assert world.count("wanjiru", "A gentle reminder") == 1
    assert f"{ref}: the requester has not answered a check-in" in world.last("amina")
    await world.say("amina", f"/followup {ref}")
    assert "No answer – check-in" in world.last("amina")


async def test_check_ins_missed_while_the_bot_was_down_are_sent_once_late(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.runtime.stop()
    world.clock.advance(days=45)  # slots 1, 2 and 3 fell due while nobody ran the bot
    world.runtime = type(world.runtime)(
        world.store, world.runtime.catalogs, [world.transport], world.runtime.services
    )
    world.runtime.due_interval = 3600
    await world.runtime.start()
    await world.tick(seconds=1)
    await world.tick(seconds=1)
    assert world.count("wanjiru", INTRO) == 1
    states = [(p.slot, p.state) for p in await world.prompts(ref)]
    assert states[:3] == [(1, SUPERSEDED), (3, SENT), (4, DUE)]


async def test_a_check_in_due_during_an_intake_waits_and_is_then_offered(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.say("wanjiru", "/start")  # a new request: the intake opens
    asked = len(world.texts("wanjiru"))
    await world.tick(days=14)
    assert len(world.texts("wanjiru")) == asked  # nothing interrupts the intake
    await world.say("wanjiru", "/status")
    assert "Another conversation is waiting for you" in " ".join(world.texts("wanjiru")[-3:])
    await world.say("wanjiru", "/cancel")
    assert INTRO in " ".join(world.texts("wanjiru")[-3:])


async def test_an_alert_gives_the_facilitator_the_agreements_dispute_route(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.collaborator("lab", ref)
    route = "First the village elders, then the facilitator."
    async with world.store.transaction() as tx:
        fields = {"activities": "Water tests", "disputes": route}
        await tx.save_agreement(ref, fields, 1, world.clock.now())
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("1", "1", "3", "1"):  # on track, on time, "we need the facilitator", no
        await world.say("lab", answer)
    alert = world.last("amina")
    assert "Lab lab needs attention" in alert
    assert "Disagreement: Yes, we need the facilitator" in alert
    assert f"Dispute route in the agreement: {route}" in alert
    for answer in ("Blocked", "1", "1", "Yes"):  # the requester, blocked and threatened
        await world.say("wanjiru", answer)
    alert = world.last("amina")
    assert "the requester needs attention" in alert and "New threat or risk: Yes" in alert
    assert f"Dispute route in the agreement: {route}" in alert
    assert world.count("lab", route) == 0 and world.count("wanjiru", route) == 0
