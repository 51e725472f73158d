"""Issue 14 on Signal, which has no buttons: a requester asks to continue a level-2
collaboration at level 3 with ``/level3 REF`` (real signalbot, runtime and store against
the fake Signal service); someone else's ``/level3`` is refused."""

from __future__ import annotations

from pathlib import Path

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.core.state import Conversation
from tests.bot.fake_signal import person
from tests.bot.signal_harness import chats, running_fake
from tests.funding.world import NOW

REF = "SGN2-CASE"


async def test_level_3_is_asked_in_words_on_signal(tmp_path: Path) -> None:
    requester, stranger, facilitator = person(0), person(1), person(2)
    async with running_fake() as fake, chats(tmp_path, fake) as make:
        chat = await make()
        pseudonym = chat.store.sealer.pseudonym
        async with chat.store.transaction() as tx:
            mine = pseudonym("signal", requester[1])
            await tx.remember_person(mine, Channel.SIGNAL, requester[1], NOW)
            await tx.save_conversation(mine, Conversation(locale="en"), NOW)
            case = CaseSubmitted(
                ref=REF,
                channel=Channel.SIGNAL,
                locale="en",
                answers={"harm": "private words"},
                file_ids=(),
                level=2,
                urgent=False,
                country="KE",
                consented_at=NOW.isoformat(),
            )
            await tx.create_case(mine, case, "africa", NOW)
            await tx.add_facilitator(
                pseudonym("signal", facilitator[1]),
                Channel.SIGNAL,
                facilitator[1],
                "Amina",
                ["africa"],
                "en",
                False,
                NOW,
            )
        refused = await chat.say(stranger, f"/level3 {REF}")
        assert "only the requester of a level-2 collaboration" in refused[-1]
        asked = await chat.say(requester, f"/level3 {REF.lower()}")
        assert f"Your request to continue {REF} at level 3" in asked[-1]
        await fake.wait_sent(facilitator[1], 1)
        assert f"The requester of {REF} asks to continue" in fake.sent_to(facilitator[1])[-1]
        async with chat.store.transaction() as tx:
            assert await tx.continuation_requested(REF)
        refusals = [e for e in await chat.store.audit_entries() if e["action"] == "refused"]
        assert [e["detail"] for e in refusals] == ["continuation:not-theirs"]
