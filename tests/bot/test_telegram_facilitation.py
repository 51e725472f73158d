"""Issue 6 over Telegram: a case from intake to closed, through buttons, against the fake
Bot API, with the real PTB application, runtime and store."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from flows.core.messages import Channel
from flows.core.questions import SKIP
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import FakeTelegram, Sent
from tests.bot.telegram_harness import Person, running_bot, running_fake
from tests.support.answers import CONSENT, SUBMIT, intake_answers

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
REQUESTER, FACILITATOR, OTHER_REGION, STRANGER = 5550201, 7770001, 7770002, 5550999


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


async def _register(store: SqliteStore, user_id: int, name: str, region: str) -> None:
    async with store.transaction() as tx:
        person = store.sealer.pseudonym(Channel.TELEGRAM.value, str(user_id))
        await tx.add_facilitator(
            person, Channel.TELEGRAM, str(user_id), name, [region], "en", False, datetime.now(UTC)
        )


def _seen(messages: list[Sent]) -> str:
    return "\n".join(
        m.text + " " + " ".join(label + " " + data for label, data in m.buttons) for m in messages
    )


async def test_case_from_intake_to_closed_over_telegram(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    await _register(store, FACILITATOR, "Amina Facilitator", "africa")
    await _register(store, OTHER_REGION, "Lucia Facilitator", "latin_america")
    async with store.transaction() as tx:
        await tx.add_collaborator(
            "Nairobi River Lab",
            None,
            ["research"],
            ["KE"],
            ["africa"],
            ["en"],
            False,
            datetime.now(UTC),
        )
    async with running_bot(fake, store) as bot:
        requester = Person(bot, REQUESTER, language_code="en")
        amina = Person(bot, FACILITATOR)
        lucia = Person(bot, OTHER_REGION)
        stranger = Person(bot, STRANGER)

        await requester.says("/start")
        for tap in [
            "consent:yes",
            "requester_type:community",
            f"requester_name:{SKIP}",
            "relationship:affected",
            f"organisations:{SKIP}",
        ]:
            await requester.taps(tap)
        await requester.says("Kenya")
        for tap in [
            f"locality:{SKIP}",
            f"project:{SKIP}",
            f"companies:{SKIP}",
            "financiers:development_bank",
            "financiers:__done",
            "sector:mining",
            "harm_timing:happened",
            "rights:water",
            "rights:__done",
        ]:
            await requester.taps(tap)
        await requester.says("The mine poisons the river we drink from.")
        await requester.taps("harm:__done")
        await requester.taps("strategies:research")
        await requester.taps("strategies:__done")
        await requester.says("Independent water tests.")
        for tap in [
            "outcome:__done",
            "help_kind:collaboration",
            f"referral:{SKIP}",
            "safe_here:yes",
            f"best_times:{SKIP}",
            "danger_now:no",
        ]:
            await requester.taps(tap)
        done = await requester.taps("summary:submit")
        [ref] = REF.findall(done[-1].text)

        [announcement] = amina.new()
        assert ref in announcement.text and "Kenya" in announcement.text
        assert "poisons" not in announcement.text
        assert announcement.data == [f"f:claim:{ref}", f"f:open:{ref}"]
        assert lucia.new() == []

        refused = await lucia.taps(f"f:claim:{ref}")
        assert "another region" in refused[-1].text
        refused = await stranger.taps(f"f:claim:{ref}")
        assert "only the exchange's facilitators" in refused[-1].text

        opened = await amina.taps(f"f:open:{ref}")
        assert "The mine poisons the river we drink from." in opened[-1].text
        claimed = await amina.taps(f"f:claim:{ref}")
        assert "You have claimed" in claimed[-1].text
        assert "A facilitator is now looking" in requester.new()[-1].text

        await amina.taps(f"f:reply:{ref}")
        await amina.says("Could you send a photo of the river?")
        assert requester.new()[-1].text.endswith("Could you send a photo of the river?")
        await requester.says("Yes, tomorrow morning.")
        assert amina.new()[-1].text.endswith("Yes, tomorrow morning.")

        await amina.taps(f"f:level:{ref}:2")
        matches = await amina.taps(f"f:match:{ref}")
        assert "Nairobi River Lab" in matches[-1].text
        invited = await amina.taps(matches[-1].data[0])
        assert "not on a messenger" in invited[-1].text

        await amina.taps(f"f:agreement:{ref}")
        for answer in ["Water sampling", "Three months", "Lab tests; community collects", "none"]:
            await amina.says(answer)
        await amina.taps(f"f:band:{ref}:none")
        await amina.says("A report for the community first")
        review = await amina.says("Mediation by the facilitator")
        assert review[-1].data == [f"f:save:{ref}", f"f:edit:{ref}", f"f:drop:{ref}"]
        saved = await amina.taps(f"f:save:{ref}")
        assert "Water sampling" in requester.new()[-1].text
        await amina.taps(saved[-1].data[0])  # implementation
        assert "in progress" in requester.new()[-1].text
        await amina.says(f"/move {ref} closed")
        assert "closed" in requester.new()[-1].text

        case = await store.case(ref)
        assert case is not None
        assert (case.status, case.level, case.region) == ("closed", 2, "africa")

        to_staff = _seen(fake.sent_to(FACILITATOR) + fake.sent_to(OTHER_REGION))
        to_requester = _seen(fake.sent_to(REQUESTER))
        requester_pseudonym = store.sealer.pseudonym("telegram", str(REQUESTER))
        assert str(REQUESTER) not in to_staff and requester_pseudonym[:8] not in to_staff
        assert str(FACILITATOR) not in to_requester and "Amina" not in to_requester


async def test_queue_group_gets_only_the_announcement_and_its_buttons_work(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    group = -1009876
    await _register(store, FACILITATOR, "Amina Facilitator", "africa")
    async with store.transaction() as tx:
        await tx.set_region_queue("africa", Channel.TELEGRAM, str(group))
    async with running_bot(fake, store) as bot:
        requester = Person(bot, REQUESTER)
        amina = Person(bot, FACILITATOR)
        await requester.says("/start")
        answers = intake_answers(harm="The river is poisoned.", outcome="Tests.")
        script = [CONSENT, *answers, SUBMIT]
        for line in script:
            sent = await requester.says(line)
        [ref] = REF.findall(sent[-1].text)

        [announcement] = fake.sent_to(group)
        assert ref in announcement.text and "poisoned" not in announcement.text
        assert amina.new() == []  # the group is the queue: no private copy

        fake.push_group_callback(STRANGER, f"f:claim:{ref}", group)
        fake.push_group_callback(FACILITATOR, "consent:yes", group)  # not a workspace button
        await bot.settle()
        assert "only the exchange's facilitators" in fake.sent_to(STRANGER)[-1].text

        fake.push_group_callback(FACILITATOR, f"f:claim:{ref}", group)
        await bot.settle()
        assert "You have claimed" in amina.new()[-1].text
        assert len(fake.sent_to(group)) == 1  # nothing about the case went back to the group
        case = await store.case(ref)
        assert case is not None and case.status == "triage"
