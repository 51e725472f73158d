"""Issue 11, the facilitator's side, through the real runtime, SQLite store and catalogs.

A declined request tells the requester the reason and what to do next (item 8); /open
shows the language, the region, relayed messages and notes with author and date, and the
requester's /forget erases that history (item 11); a saved agreement is confirmed by the
requester and the collaborator, each in their own words, and the facilitator hears when
everyone agreed (item 12).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from flows.core.messages import Channel
from store.sqlite.store import SqliteStore
from tests.e2e.test_facilitation import World, _start_world
from tests.support.clock import FakeClock


@pytest.fixture
async def world(store: SqliteStore, clock: FakeClock) -> AsyncIterator[World]:
    built = await _start_world(store, clock)
    try:
        yield built
    finally:
        await built.runtime.stop()


async def test_a_declined_requester_hears_the_reason_and_what_to_do_next(world: World) -> None:
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", f"/move {ref} declined")
    assert f"f:move:{ref}:declined.no_capacity" in world.tokens("amina")
    await world.say("amina", choice=f"f:move:{ref}:declined.no_capacity")
    assert "/skip" in world.last("amina")
    await world.say("amina", "Please write again in March, after the rains.")
    told = world.last("wanjiru")
    assert f"Your request {ref} was declined. Reason: no capacity right now." in told
    assert "/start" in told and told.endswith("Please write again in March, after the rains.")
    assert "requester was told the reason" in world.last("amina")
    entries = [(a["action"], a["detail"]) for a in await world.store.audit_entries()]
    assert ("case.moved", "received->declined:no_capacity") in entries


async def test_open_shows_the_history_and_forget_erases_it(world: World) -> None:
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("amina", f"/reply {ref} Can we call you on Thursday?")
    await world.say("wanjiru", "Yes, Thursday afternoon.")
    await world.say("amina", f"/note {ref} Prefers calls after 4 pm.")
    await world.say("kofi", f"/open {ref}")
    shown = world.last("kofi")
    assert "Language: English · Region: Africa" in shown
    assert "· to the requester: Can we call you on Thursday?" in shown
    assert "· from the requester: Yes, Thursday afternoon." in shown
    assert "Note by Amina, 2026-" in shown and "UTC: Prefers calls after 4 pm." in shown

    await world.say("wanjiru", "/forget")
    await world.say("wanjiru", "1")  # yes, erase everything
    assert await world.store.db.read("SELECT id FROM case_messages") == []
    await world.say("kofi", f"/open {ref}")
    assert "Thursday" not in world.last("kofi") and "4 pm" not in world.last("kofi")


async def test_each_party_confirms_the_agreement(world: World) -> None:
    lab = await world.collaborator(
        "Nairobi River Lab", ["KE"], ["africa"], ["research", "expertise"], user="rl-4471"
    )
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("amina", choice=f"f:invite:{ref}:{lab}")
    await world.say("rl-4471", choice=world.tokens("rl-4471")[0])  # accepts
    await world.say("amina", f"/agreement {ref}")
    for answer in ["River sampling", "March to May", "Lab samples; group organises", "1"]:
        await world.say("amina", answer)  # "1" is the budget's words, not an option
    await world.say("amina", choice=f"f:band:{ref}:5k_to_30k")
    for answer in ["Shared with the community first", "Talk it through"]:
        await world.say("amina", answer)
    await world.say("amina", choice=f"f:save:{ref}")
    assert "level 3" in world.last("amina")
    asked = world.last("wanjiru")
    assert "you decide who takes part" in asked and "Taking part: Nairobi River Lab" in asked
    assert world.tokens("wanjiru") == [f"a:yes:{ref}", f"a:no:{ref}"]
    assert "River sampling" in world.last("rl-4471")
    case = await world.store.case(ref)
    assert case is not None and case.level == 3

    await world.say("amani", choice=f"a:yes:{ref}")  # not a party: refused, audited
    assert "no agreement waiting for your answer" in world.last("amani")
    await world.say("wanjiru", choice=f"a:no:{ref}")
    assert "Nairobi River Lab" not in world.last("amina")
    assert "The requester wants changes" in world.last("amina")
    await world.say("wanjiru", f"/agree {ref}")
    assert "your agreement" in world.last("wanjiru")
    assert "The requester agreed" in world.last("amina")
    await world.say("rl-4471", choice=f"a:yes:{ref}")
    assert "Everyone agreed" in world.last("amina")
    assert world.tokens("amina") == [f"f:move:{ref}:implementation"]
    entries = [(a["action"], a["case_ref"]) for a in await world.store.audit_entries()]
    assert ("agreement.agreed", ref) in entries and ("agreement.disagreed", ref) in entries
    assert ("refused", None) in entries


async def test_the_reason_reaches_a_kiswahili_speaker_in_kiswahili(world: World) -> None:
    ref = await world.intake("neema", "Kenya", locale="sw")
    await world.say("amina", choice=f"f:move:{ref}:declined.no_capacity")
    await world.say("amina", "/skip")
    told = world.last("neema")
    assert f"Ombi lako {ref} limekataliwa. Sababu: hatuna uwezo kwa sasa." in told
    assert "Huu si uamuzi juu ya ubora wa ombi lako" in told  # what to do next


async def test_an_arabic_speaker_confirms_the_agreement_in_arabic(world: World) -> None:
    ref = await world.intake("layla", "Kenya", locale="ar")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("amina", f"/agreement {ref}")
    for answer in ["River sampling", "March to May", "Lab samples; group organises", "none"]:
        await world.say("amina", answer)
    await world.say("amina", choice=f"f:band:{ref}:up_to_5k")
    for answer in ["Shared with the community first", "Talk it through"]:
        await world.say("amina", answer)
    await world.say("amina", choice=f"f:save:{ref}")
    texts = world.transport.texts("layla")
    asked = next(t for t in reversed(texts) if "الاتفاق الخاص بطلبك" in t)
    assert "أنت من يقرّر من يشارك" in asked and "River sampling" in asked
    await world.say("layla", choice=f"a:yes:{ref}", locale="ar")
    thanks = "شكرًا لك: سُجّلت موافقتك على الاتفاق الخاص بالطلب"
    assert f"{thanks} \u2068{ref}\u2069" in world.last("layla")  # the reference kept LTR
    assert "Everyone agreed" in world.last("amina")  # no collaborator: the requester alone


async def test_forget_by_an_arabic_requester_reaches_a_kiswahili_facilitator(world: World) -> None:
    """Item 13 (``/forget``): the requester is answered in Arabic, the facilitator who claimed
    the case is told in Kiswahili, the case ends as withdrawn (its name in Kiswahili), nothing
    relayed remains, and a command typed alone afterwards about the case last opened says
    why nothing can be done, in Kiswahili, instead of failing silently."""
    async with world.store.transaction() as tx:
        await tx.add_facilitator(
            world.person("zawadi"),
            Channel.CONSOLE,
            "chat-zawadi",
            "Zawadi",
            ["africa"],
            "sw",
            False,
            world.clock.now(),
        )
    ref = await world.intake("layla", "Kenya", locale="ar")
    await world.say("zawadi", choice=f"f:claim:{ref}")
    await world.say("zawadi", f"/reply {ref} Tunaweza kukupigia Alhamisi?")
    await world.say("layla", "نعم، بعد الظهر.", locale="ar")

    await world.say("layla", "/forget", locale="ar")
    assert "هل نحذف كل ما يتعلق بك" in world.last("layla")
    await world.say("layla", "1", locale="ar")
    assert world.last("layla").startswith("تم حذف كل ما يتعلق بك.")
    told = world.last("zawadi")
    assert f"Mwombaji wa {ref} amefuta taarifa zake" in told
    assert "imeondolewa" in told
    assert await world.store.db.read("SELECT id FROM case_messages") == []

    await world.say("zawadi", f"/open {ref}")
    shown = world.last("zawadi")
    assert "imeondolewa (mwombaji ameondoka)" in shown  # the status by its Kiswahili name
    assert "Alhamisi" not in shown and "بعد الظهر" not in shown
    await world.say("zawadi", "/cases")
    assert world.last("zawadi") == "Hakuna maombi yaliyo wazi katika kanda yako."
    await world.say("zawadi", "/note")  # the case in focus is the withdrawn one
    assert world.last("zawadi").startswith(f"Hali ya ombi {ref} ni: imeondolewa")


async def test_a_command_without_a_case_asks_which_request(world: World) -> None:
    """Gap of item 13: ``/note`` with no reference and nothing in focus offers the open
    requests of the region as buttons; choosing one goes on with the note."""
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("kofi", "/note")
    assert world.last("kofi").startswith("Which request is /note for?")
    assert world.tokens("kofi") == [f"f:note:{ref}"]
    await world.say("kofi", "1")
    assert f"Send your note for {ref}." in world.last("kofi")
    await world.say("lucia", "/claim")  # Latin America: no open request there
    assert "no open requests in your region" in world.last("lucia")
