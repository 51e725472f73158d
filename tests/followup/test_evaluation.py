"""The evaluation at completion, the meeting notes, the light follow-up months later,
and erasure of everything follow-ups kept about a person."""

from __future__ import annotations

import sqlite3

from flows.followup.records import ENDED
from flows.funding.models import Application
from tests.followup.world import World

SURVEY = "A short evaluation helps"
GRANT = "how useful was the grant?"


async def _complete(world: World, funded: bool = False) -> str:
    ref = await world.case("wanjiru", "KE", outcome="The sand mining stopped.")
    await world.collaborator("lab", ref)
    if funded:
        await _grant(world, ref)
    await world.say("amina", f"/move {ref} implementation")
    await world.say("amina", f"/move {ref} evaluation")
    await world.tick(seconds=1)
    return ref


async def _grant(world: World, ref: str) -> None:
    """An open call with this case's application approved: the case is funded."""
    now = world.clock.now()
    async with world.store.transaction() as tx:
        call = await tx.open_call(
            "africa", "open", ("2026-11-01", "2026-11-10", "2026-11-20"), 2_000_000, {}, now
        )
        application = Application(0, call, ref, "africa", 2, 400_000, "group", False, True)
        number = await tx.add_application(application, "Seeds", "Training", 1, now)
        await tx.decide_application(number, "approved", 400_000, now)


async def test_the_survey_goes_once_to_each_party_and_the_facilitator_is_prompted(
    world: World,
) -> None:
    ref = await _complete(world)
    assert world.count("wanjiru", SURVEY) == 1 and world.count("lab", SURVEY) == 1
    assert "you hoped for: “The sand mining stopped.”" in " ".join(world.texts("wanjiru"))
    assert world.count("lab", "you hoped for") == 0  # the requester's words stay theirs
    assert any(f"/meeting {ref}" in t for t in world.texts("amina"))
    assert all(p.state == ENDED for p in await world.prompts(ref) if p.kind == "checkin")

    await world.say("amina", f"/move {ref} closed")
    await world.tick(days=1)
    assert world.count("wanjiru", SURVEY) == 1 and world.count("lab", SURVEY) == 1


ANSWERS = [
    "Partly",
    "1 5",  # outcomes: awareness, legal (each number toggles one)
    "Done",
    "/skip",  # strategies
    "5", "4", "5",  # no grant on this case: its usefulness is not asked
    "3", "4",
    "We now write our own letters",
    "The joint visit",
    "/skip",
    "Start early",
    "Yes",
    "A community-to-community exchange",
    "Yes, anonymised",
]  # fmt: skip


async def test_the_survey_answers_reach_the_facilitator_and_the_case_view(world: World) -> None:
    ref = await _complete(world)
    for answer in ANSWERS:
        await world.say("wanjiru", answer)
    thanks, offer = world.texts("wanjiru")[-2:]
    assert "Thank you for this evaluation" in thanks and "level 3" in offer  # level 2
    told = world.last("amina")
    assert f"Follow-up on {ref}: the requester answered." in told
    assert "Outcomes: Better awareness and understanding of rights" in told
    assert "Reuse of the story: Yes, anonymised" in told
    await world.say("amina", f"/followup {ref}")
    assert "Next step – A community-to-community exchange" in world.last("amina")
    assert not any(GRANT in text for text in world.texts("wanjiru"))
    assert "Grant:" not in told


async def test_the_grants_usefulness_is_asked_only_when_the_case_was_funded(
    world: World,
) -> None:
    ref = await _complete(world, funded=True)
    for answer in ANSWERS[:7]:  # up to the three scales of fit, connections, co-creation
        await world.say("wanjiru", answer)
    assert GRANT in world.last("wanjiru")
    for answer in ("4", *ANSWERS[7:]):
        await world.say("wanjiru", answer)
    told = world.last("amina")
    assert f"Follow-up on {ref}: the requester answered." in told
    assert "Grant: 4" in told


async def test_meeting_notes_are_sealed_and_the_lasting_follow_up_comes_later(
    world: World,
) -> None:
    ref = await _complete(world)
    await world.say("amina", f"/meeting {ref}")
    await world.say("amina", "Lesson: the river survey convinced the district.")
    assert "Meeting notes saved" in world.last("amina")
    raw = (world.store.data_dir / "cre.sqlite3").read_bytes()
    assert b"river survey convinced" not in raw
    await world.say("amina", f"/followup {ref}")
    assert "meeting notes: 1" in world.last("amina")

    for answer in ANSWERS:
        await world.say("lab", answer)
    await world.tick(days=181)
    assert world.count("lab", "Have the results lasted?") == 0
    await world.tick(days=1)
    assert world.count("lab", "Have the results lasted?") == 1
    assert world.count("wanjiru", "Have the results lasted?") == 0  # behind their survey
    await world.say("wanjiru", "/status")
    assert "Another conversation is waiting" in " ".join(world.texts("wanjiru")[-3:])


async def test_forget_removes_every_pending_prompt_and_every_answer(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.collaborator("lab", ref)
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("Blocked", "1", "1", "1", "/skip", "/skip"):
        await world.say("wanjiru", answer)
    await world.say("amina", f"/meeting {ref} a first conversation")
    await world.say("wanjiru", "/forget")
    await world.say("wanjiru", "1")
    assert [p for p in await world.prompts(ref) if p.person == world.person("wanjiru")] == []
    assert all(p.state not in ("due", "sent", "reminded") for p in await world.prompts(ref))
    db = sqlite3.connect(world.store.data_dir / "cre.sqlite3")
    try:
        answers = db.execute("SELECT COUNT(*) FROM followup_answers").fetchone()[0]
        notes = db.execute("SELECT COUNT(*) FROM followup_meetings").fetchone()[0]
        prefs = db.execute("SELECT COUNT(*) FROM followup_prefs").fetchone()[0]
        items = db.execute("SELECT kind FROM followup_items").fetchall()
    finally:
        db.close()
    assert (answers, notes, prefs) == (0, 0, 0)
    assert items == [("ci_going:blocked",)]  # an anonymous count remains
    await world.tick(days=14)
    assert world.count("wanjiru", "A few weeks have passed") == 1


async def test_level_3_is_offered_after_the_evaluation_and_asked_in_words(world: World) -> None:
    """Issue 14: the requester of a level-2 case is offered level 3 after the evaluation
    too, and on a channel without buttons asks with ``/level3 REF``."""
    ref = await _complete(world)
    for answer in ANSWERS:
        await world.say("wanjiru", answer)
    assert f"send /level3 {ref}" in world.last("wanjiru")
    for answer in ANSWERS:
        await world.say("lab", answer)
    assert world.count("lab", "/level3") == 0  # only the requester is offered it
    other = await world.case("juma", "KE")
    await world.say("juma", f"/level3 {ref}")
    assert "only the requester of a level-2 collaboration" in world.last("juma")
    await world.say("wanjiru", f"/level3 {ref.lower()}")
    assert f"Your request to continue {ref} at level 3" in world.last("wanjiru")
    assert f"The requester of {ref} asks to continue" in world.last("amina")
    async with world.store.transaction() as tx:
        assert await tx.continuation_requested(ref)
        assert not await tx.continuation_requested(other)
