"""From intake to implementation: routing, claim, relay, level, matching, agreement.

The real runtime, store and catalogs, with a recording transport standing in
for the messenger and a clock the test moves.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.i18n import Catalogs
from bot.runtime import Runtime
from bot.transport import Received, SendError
from flows.core.messages import Attachment, AttachmentKind, Channel
from flows.core.policy import Policy
from store.sqlite.store import SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")


@dataclass
class World:
    runtime: Runtime
    transport: RecordingTransport
    store: SqliteStore
    clock: FakeClock

    async def say(
        self, user: str, text: str | None = None, choice: str | None = None, locale: str = "en"
    ) -> None:
        """``locale`` is the messenger's language hint (Telegram's ``language_code``)."""
        await self.transport.say(user, text, choice, locale_hint=locale)
        async with asyncio.timeout(10):
            await self.runtime.idle()

    def last(self, user: str) -> str:
        return self.transport.texts(user)[-1]

    def tokens(self, user: str) -> list[str]:
        return [token for token, _ in self.transport.sent[f"chat-{user}"][-1].choices]

    def person(self, user: str) -> str:
        return self.store.sealer.pseudonym("console", user)

    async def facilitator(
        self, user: str, name: str, regions: list[str], coordinator: bool = False
    ) -> None:
        async with self.store.transaction() as tx:
            await tx.add_facilitator(
                self.person(user),
                Channel.CONSOLE,
                f"chat-{user}",
                name,
                regions,
                "en",
                coordinator,
                self.clock.now(),
            )

    async def collaborator(
        self,
        name: str,
        countries: list[str],
        regions: list[str],
        strategies: list[str],
        user: str | None = None,
    ) -> int:
        messenger = (self.person(user), Channel.CONSOLE, f"chat-{user}") if user else None
        async with self.store.transaction() as tx:
            return await tx.add_collaborator(
                name,
                None,
                strategies,
                countries,
                regions,
                ["en"],
                False,
                self.clock.now(),
                messenger,
            )

    async def intake(
        self, user: str, country: str, danger: bool = False, locale: str = "en"
    ) -> str:
        answers = intake_answers(
            requester_name="Mto Wetu group",
            country=country,
            financiers="1",
            sector="1",
            strategies="1 5",
            outcome="A study and a meeting with the bank.",
            danger_now="2" if danger else "1",
        )
        script = ["/start", CONSENT, *answers, SUBMIT]
        for line in script:
            await self.say(user, line, locale=locale)
        [ref] = REF.findall(self.last(user))
        return ref


async def _start_world(store: SqliteStore, clock: FakeClock, policy: Policy | None = None) -> World:
    transport = RecordingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], clock, policy)
    runtime.due_interval = 3600  # the test runs due jobs itself, at the times it chooses
    await runtime.start()
    built = World(runtime, transport, store, clock)
    await built.facilitator("amina", "Amina", ["africa"])
    await built.facilitator("kofi", "Kofi", ["africa"])
    await built.facilitator("lucia", "Lucía", ["latin_america"])
    await built.facilitator("coord", "Coordinator", [], coordinator=True)
    return built


@pytest.fixture
async def world(store: SqliteStore, clock: FakeClock) -> AsyncIterator[World]:
    built = await _start_world(store, clock)
    try:
        yield built
    finally:
        await built.runtime.stop()


@pytest.fixture
async def tight_world(store: SqliteStore, clock: FakeClock) -> AsyncIterator[World]:
    """A deployment whose daily file quota is three files or 1 MB a person."""
    built = await _start_world(
        store, clock, Policy(max_files_per_day=3, max_file_bytes_per_day=1024 * 1024)
    )
    try:
        yield built
    finally:
        await built.runtime.stop()


def photo(size: int = 2000, marker: bytes = b"") -> Attachment:
    """A JPEG as far as its bytes go (the bot decides by content, not by the declared type)."""
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + marker + b"\x00" * size
    return Attachment(AttachmentKind.PHOTO, "image/jpeg", len(data), data)


def pdf(caption_free: bytes = b"report") -> Attachment:
    data = b"%PDF-1.7\n" + caption_free + b"\n%%EOF\n"
    return Attachment(AttachmentKind.DOCUMENT, "application/octet-stream", len(data), data, "r.pdf")


async def test_case_goes_from_intake_to_implementation(world: World) -> None:
    local = await world.collaborator(
        "Nairobi River Lab", ["KE"], ["africa"], ["research", "expertise"], user="rl-4471"
    )
    await world.collaborator("Pan-African Legal", ["NG"], ["africa"], ["research"])
    await world.collaborator("Global Finance Watch", ["GB"], [], ["research", "expertise"])

    ref = await world.intake("wanjiru", "Kenya")

    # Routed by country: Africa's facilitators hear of it, Latin America's don't.
    assert ref in world.last("amina") and "Kenya" in world.last("amina")
    assert "Sand mining" not in world.last("amina")  # the announcement is minimal
    assert world.tokens("amina") == [f"f:claim:{ref}", f"f:open:{ref}"]
    assert ref in world.last("kofi")
    assert not world.transport.sent["chat-lucia"]

    await world.say("amina", choice=f"f:open:{ref}")
    assert "Sand mining took our riverbank." in world.last("amina")
    await world.say("amina", choice=f"f:claim:{ref}")
    assert "You have claimed" in world.last("amina")
    assert "A facilitator is now looking at your request" in world.last("wanjiru")

    await world.say("amina", f"/reply {ref} Can we call you on Thursday?")
    assert world.last("wanjiru").endswith("Can we call you on Thursday?")
    await world.say("wanjiru", "Yes, Thursday afternoon.")
    assert world.last("wanjiru").startswith("Passed on to the facilitator")
    assert world.last("amina").endswith("Yes, Thursday afternoon.")
    assert not any("Thursday afternoon" in t for t in world.transport.texts("kofi"))

    await world.say("amina", f"/level {ref} 2")
    await world.say("amina", "/match")  # no reference: the case she is working on
    suggestions = world.last("amina").splitlines()
    assert [line.split(" · ")[0] for line in suggestions[2:]] == [
        "Nairobi River Lab",
        "Pan-African Legal",
        "Global Finance Watch",
    ]
    await world.say("amina", choice=f"f:invite:{ref}:{local}")
    assert "was invited" in world.last("amina")
    assert ref in world.last("rl-4471")
    await world.say("rl-4471", choice=world.tokens("rl-4471")[0])
    assert "Thank you" in world.last("rl-4471")
    assert "Nairobi River Lab accepted" in world.last("amina")

    await world.say("amina", f"/agreement {ref}")
    for answer in [
        "River sampling and a report",
        "March to May",
        "Lab samples; group organises",
        "none",
    ]:
        await world.say("amina", answer)
    await world.say("amina", choice=f"f:band:{ref}:none")
    for answer in ["Shared with the community first", "Talk it through with the facilitator"]:
        await world.say("amina", answer)
    assert "Save it" in world.last("amina")
    await world.say("amina", "1")
    assert "River sampling and a report" in world.last("wanjiru")
    assert "No funding needed" in world.last("wanjiru")
    assert "River sampling and a report" in world.last("rl-4471")

    await world.say("amina", choice=f"f:move:{ref}:implementation")
    assert "now: in progress" in world.last("wanjiru")
    case = await world.store.case(ref)
    assert case is not None
    assert (case.status, case.level, case.region) == ("implementation", 2, "africa")
    await world.say("amina", f"/move {ref} closed")
    assert "now: closed" in world.last("wanjiru")
    await world.say("amina", f"/move {ref} triage")  # a closed case stays closed
    assert "can no longer be changed" in world.last("amina")

    # Identities stay hidden both ways.
    requester_ids = {
        "wanjiru",
        "chat-wanjiru",
        world.person("wanjiru"),
        world.person("wanjiru")[:8],
    }
    facilitator_ids = {
        "amina",
        "chat-amina",
        world.person("amina"),
        "Amina",
        "rl-4471",
        "chat-rl-4471",
    }
    to_staff = [
        m for user in ("amina", "kofi", "rl-4471") for m in world.transport.sent[f"chat-{user}"]
    ]
    to_requester = world.transport.sent["chat-wanjiru"]
    for message in to_staff:
        seen = message.text + " ".join(t + label for t, label in message.choices)
        leaked = [i for i in requester_ids if i in seen]
        assert not leaked, (leaked, seen)
    for message in to_requester:
        seen = message.text + " ".join(t + label for t, label in message.choices)
        leaked = [i for i in facilitator_ids if i in seen]
        assert not leaked, (leaked, seen)

    actions = [a["action"] for a in await world.store.audit_entries() if a["case_ref"] == ref]
    for expected in (
        "case.submitted",
        "case.opened",
        "case.claimed",
        "case.relayed",
        "case.level",
        "case.matched",
        "case.invited",
        "invitation.accepted",
        "case.agreement",
        "case.moved",
    ):
        assert expected in actions


async def test_strangers_and_other_regions_are_refused_and_audited(world: World) -> None:
    ref = await world.intake("wanjiru", "Kenya")
    await world.intake("pedro", "Peru")

    await world.say("pedro", f"/claim {ref}")
    assert "only the exchange's facilitators" in world.last("pedro")
    await world.say("pedro", choice=f"f:claim:{ref}")
    assert "only the exchange's facilitators" in world.last("pedro")
    await world.say("lucia", choice=f"f:claim:{ref}")
    assert "belongs to another region" in world.last("lucia")
    await world.say("lucia", f"/open {ref}")
    assert "Sand mining" not in world.last("lucia")
    await world.say("amina", choice="f:claim:ZZZZ-ZZZZ")
    assert "can't find" in world.last("amina")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("kofi", choice=f"f:claim:{ref}")  # a replayed button
    assert "already claimed by Amina" in world.last("kofi")
    await world.say("kofi", choice=f"f:release:{ref}")
    assert "not claimed by you" in world.last("kofi")

    case = await world.store.case(ref)
    assert case is not None and case.status == "triage"
    refused = [a for a in await world.store.audit_entries() if a["action"] == "refused"]
    assert len(refused) >= 6
    assert {a["detail"] for a in refused} >= {
        "not-a-facilitator",
        "claim:other-region",
        "open:other-region",
        "claim:no-such-case",
        "claim:taken",
        "release:not-yours",
    }


async def test_unclaimed_cases_escalate_once_at_the_configured_times(world: World) -> None:
    calm = await world.intake("wanjiru", "Kenya")
    urgent = await world.intake("amani", "Tanzania", danger=True)
    before = len(world.transport.sent["chat-coord"])

    world.clock.advance(hours=3, minutes=59)
    assert await world.runtime.run_due() == 0
    world.clock.advance(minutes=2)
    assert await world.runtime.run_due() == 1
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert urgent in world.last("coord") and "4 hours" in world.last("coord")
    assert "has not been forgotten" in world.last("amani")
    assert not any("forgotten" in t for t in world.transport.texts("wanjiru")[-1:])

    await world.say("amina", choice=f"f:claim:{calm}")
    world.clock.advance(hours=48)
    assert await world.runtime.run_due() == 1  # due, but claimed meanwhile: nothing to say
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert len(world.transport.sent["chat-coord"]) == before + 1
    assert await world.runtime.run_due() == 0  # never twice


async def test_requester_with_two_cases_picks_which_one(world: World) -> None:
    first = await world.intake("wanjiru", "Kenya")
    second = await world.intake("wanjiru", "Uganda")
    await world.say("amina", choice=f"f:claim:{second}")
    await world.say("wanjiru", "The river is worse today.")
    assert world.tokens("wanjiru") == [f"relay:{first}", f"relay:{second}"]
    await world.say("wanjiru", "2")
    assert world.last("amina").endswith("The river is worse today.")
    assert second in world.last("amina")


async def test_a_requester_who_blocked_the_bot_is_reported_to_the_facilitator(
    world: World,
) -> None:
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    sent_before = len(world.transport.sent["chat-wanjiru"])
    world.transport.fail_for["chat-wanjiru"] = [
        SendError("Forbidden: bot was blocked by the user", permanent=True)
    ]
    await world.say("amina", f"/reply {ref} Are you safe?")
    async with asyncio.timeout(10):
        while "could not be delivered" not in world.last("amina"):
            await asyncio.sleep(0.02)
    assert ref in world.last("amina")
    assert len(world.transport.sent["chat-wanjiru"]) == sent_before  # not retried
    failed = [a for a in await world.store.audit_entries() if a["action"] == "delivery.failed"]
    assert [a["case_ref"] for a in failed] == [ref]


async def test_a_case_can_be_rerouted_to_another_region(world: World) -> None:
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.say("amina", f"/reroute {ref}")
    assert world.tokens("amina") == [
        f"f:reroute:{ref}:asia",
        f"f:reroute:{ref}:latin_america",
        f"f:reroute:{ref}:coordinator",
    ]
    await world.say("amina", choice=f"f:reroute:{ref}:mars")
    assert "Which region" in world.last("amina")
    await world.say("amina", choice=f"f:reroute:{ref}:latin_america")
    assert "was sent to Latin America and the Caribbean" in world.last("amina")
    assert ref in world.last("lucia") and "Kenya" in world.last("lucia")
    assert world.tokens("lucia") == [f"f:claim:{ref}", f"f:open:{ref}"]

    await world.say("amina", choice=f"f:open:{ref}")  # no longer her region
    assert "belongs to another region" in world.last("amina")
    await world.say("lucia", choice=f"f:claim:{ref}")
    assert "You have claimed" in world.last("lucia")
    case = await world.store.case(ref)
    assert case is not None and case.region == "latin_america"
    actions = [(a["action"], a["detail"]) for a in await world.store.audit_entries()]
    assert ("case.rerouted", "africa->latin_america") in actions
    assert ("refused", "reroute:unknown-region") in actions


# ----- issue 9: reliability of the facilitation ------------------------------------------


async def in_album(world: World, user: str, attachment: Attachment, album: str, n: int) -> None:
    """One file of an album, as a transport reports it (``Received.album``)."""
    receive = world.transport._receive  # RecordingTransport.say has no album parameter
    assert receive is not None
    await receive(
        Received(
            Channel.CONSOLE,
            user,
            f"chat-{user}",
            f"{album}-{n}",
            attachment=attachment,
            album=album,
        )
    )
    await asyncio.wait_for(world.runtime.idle(), 10)


async def files_today(world: World, user: str) -> tuple[int, int]:
    async with world.store.transaction() as tx:
        return await tx.file_usage(world.person(user), world.clock.now() - timedelta(days=1))


async def test_relayed_files_count_against_the_daily_quota(tight_world: World) -> None:
    """Item 7: the quota holds across the intake and the relay, requesters and facilitators."""
    world = tight_world
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    for n in range(3):
        await world.transport.say("wanjiru", attachment=photo(marker=bytes([n])))
        await asyncio.wait_for(world.runtime.idle(), 10)
        assert world.last("wanjiru").startswith("Passed on to the facilitator")
    relayed = [m for m in world.transport.sent["chat-amina"] if m.file is not None]
    assert len(relayed) == 3
    await world.transport.say("wanjiru", attachment=photo(marker=b"4"))
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert "limit of files for one day" in world.last("wanjiru")
    assert len([m for m in world.transport.sent["chat-amina"] if m.file is not None]) == 3
    assert (await files_today(world, "wanjiru"))[0] == 3
    await world.say("wanjiru", "Words still go through.")
    assert world.last("amina").endswith("Words still go through.")

    world.clock.advance(hours=24, minutes=1)  # a rolling day later
    await world.transport.say("wanjiru", attachment=photo(marker=b"5"))
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert world.last("wanjiru").startswith("Passed on to the facilitator")

    big = photo(size=1024 * 1024)  # past the daily bytes
    await world.say("amina", f"/reply {ref}")
    await world.transport.say("amina", attachment=big)
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert "limit of files for one day" in world.last("amina")
    assert await files_today(world, "amina") == (0, 0)
    refused = [a["detail"] for a in await world.store.audit_entries() if a["action"] == "refused"]
    assert "reply:file-quota" in refused


async def test_a_facilitator_reply_can_be_a_file(world: World) -> None:
    """Item 13: a document sent while composing a reply is relayed, with its caption."""
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:claim:{ref}")
    await world.transport.say("amina", attachment=pdf())  # not composing: nothing kept
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert "This file was not kept" in world.last("amina")
    assert await files_today(world, "amina") == (0, 0)

    await world.say("amina", choice=f"f:reply:{ref}")
    document = pdf(b"the bank's letter")
    await world.transport.say("amina", "Here is the bank's answer.", attachment=document)
    await asyncio.wait_for(world.runtime.idle(), 10)
    assert "Sent to the requester" in world.last("amina")
    received = world.transport.sent["chat-wanjiru"][-1]
    assert received.file is not None and received.file.data == document.data
    assert received.file.mime == "application/pdf"  # what the bytes are, not what was declared
    assert ref in received.text and "Here is the bank's answer." in received.text
    assert (await files_today(world, "amina"))[0] == 1

    await world.say("wanjiru", "/forget")
    await world.say("wanjiru", "1")  # yes, erase everything
    rows = await world.store.db.read("SELECT id FROM files")
    assert rows == []  # the facilitator's reply about the erased case went with it
    assert not any(world.store.files_dir.glob("*.sealed"))


async def test_a_case_with_no_one_in_its_region_reaches_the_coordinator(world: World) -> None:
    """Item 10: nobody covers Asia here; an urgent case from there is not left unheard."""
    before = len(world.transport.sent["chat-coord"])
    ref = await world.intake("maria", "Philippines", danger=True)
    announced = world.transport.sent["chat-coord"][before:]
    assert [m for m in announced if ref in m.text]
    assert world.tokens("coord") == [f"f:claim:{ref}", f"f:open:{ref}"]
    actions = [(a["action"], a["case_ref"]) for a in await world.store.audit_entries()]
    assert ("case.to-coordinator", ref) in actions
    assert ("case.unrouted", ref) not in actions
    await world.say("maria", "They came back last night.")  # nobody covers Asia: the coordinator
    assert world.last("coord").endswith("They came back last night.")
    await world.say("coord", choice=f"f:claim:{ref}")
    assert "You have claimed" in world.last("coord")


async def test_final_cases_refuse_changes_until_the_coordinator_reopens(world: World) -> None:
    """Item 11: closed, declined and referred cases are read-only, except an audited reopen."""
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", f"/move {ref} closed")
    told = len(world.transport.sent["chat-wanjiru"])
    async with world.store.transaction() as tx:
        closed = await tx.case_view(ref)
    for action in ("claim", "level", "urgent", "reroute", "note", "reply", "assign"):
        await world.say("amina", choice=f"f:{action}:{ref}")
        assert "can no longer be changed" in world.last("amina"), action
    await world.say("amina", f"/level {ref} 3")
    assert "can no longer be changed" in world.last("amina")
    assert len(world.transport.sent["chat-wanjiru"]) == told  # never "someone is looking"
    async with world.store.transaction() as tx:
        assert await tx.case_view(ref) == closed
    assert closed is not None and closed.status == "closed" and closed.assignee is None
    await world.say("amina", f"/open {ref}")  # still readable
    assert "Sand mining took our riverbank." in world.last("amina")

    await world.say("amina", f"/reopen {ref}")
    assert "Only the coordinator" in world.last("amina")
    await world.say("coord", f"/open {ref}")
    assert f"f:reopen:{ref}" in world.tokens("coord")
    await world.say("coord", choice=f"f:reopen:{ref}")
    assert "open again" in world.last("coord")
    assert world.last("wanjiru") == f"Your request {ref} is now: being reviewed."
    await world.say("amina", choice=f"f:claim:{ref}")
    assert "You have claimed" in world.last("amina")
    entries = [(a["action"], a["detail"]) for a in await world.store.audit_entries()]
    assert ("case.reopened", "closed->triage") in entries
    assert ("refused", "reopen:not-coordinator") in entries
    assert ("refused", "claim:final") in entries

    declined = await world.intake("amani", "Tanzania")
    await world.say("kofi", f"/move {declined} declined out_of_scope Out of our scope.")
    await world.say("kofi", "/skip")  # nothing to add for the requester beyond the reason
    await world.say("kofi", choice=f"f:claim:{declined}")
    assert "can no longer be changed" in world.last("kofi")


async def test_a_collaborator_who_types_gets_their_own_conversation(world: World) -> None:
    """Item 12 (and 16): typed words answer the invitation; forged numbers are refused."""
    local = await world.collaborator("River Lab", ["KE"], ["africa"], ["research"], user="lab")
    ref = await world.intake("wanjiru", "Kenya")
    await world.say("amina", choice=f"f:match:{ref}")
    await world.say("amina", choice=f"f:invite:{ref}:{local}")
    await world.say("lab", "Hello, what is this?")
    texts = world.transport.texts("lab")
    assert "waiting for your answer" in texts[-2] and ref in texts[-1]
    assert [token.split(":")[1] for token in world.tokens("lab")] == ["accept", "decline"]
    assert not any("Welcome to" in t or "Before we start" in t for t in texts)

    await world.say("lab", choice="c:accept:99999999999999999999")
    assert "only the exchange's facilitators" in world.last("lab")
    await world.say("lab", "yes")
    assert "Thank you" in world.last("lab")
    assert "River Lab accepted" in world.last("amina")
    await world.say("lab", "1")
    assert "No invitation is waiting" in world.last("lab")
    await world.say("lab", "/start")
    assert "No invitation is waiting" in world.last("lab")
    async with world.store.transaction() as tx:
        assert await tx.cases_of(world.person("lab")) == []
    refused = [a["detail"] for a in await world.store.audit_entries() if a["action"] == "refused"]
    assert "invitation:not-theirs" in refused


async def test_forged_numbers_in_buttons_are_refused_not_raised(world: World) -> None:
    """Item 16: oversized ids in ``c:`` and ``f:`` buttons are forged buttons, audited."""
    ref = await world.intake("wanjiru", "Kenya")
    huge = "9" * 40
    await world.say("wanjiru", choice=f"c:accept:{huge}")
    assert "only the exchange's facilitators" in world.last("wanjiru")
    await world.say("amina", choice=f"f:assign:{ref}:{huge}")
    assert f"Who should handle {ref}?" in world.last("amina")
    await world.say("amina", choice=f"f:claim:{huge}")
    assert "can't find" in world.last("amina")
    await world.say("amina", huge)
    assert "Facilitator commands" in world.last("amina")
    refused = [a["detail"] for a in await world.store.audit_entries() if a["action"] == "refused"]
    assert {"invitation:not-theirs", "assign:not-a-colleague", "claim:no-such-case"} <= set(refused)


async def test_an_album_to_a_requester_with_two_cases_is_asked_about_once(world: World) -> None:
    """Item 19 in the relay: one question, and every photo of the album is passed on."""
    first = await world.intake("wanjiru", "Kenya")
    second = await world.intake("wanjiru", "Uganda")
    await world.say("amina", choice=f"f:claim:{second}")
    before = len(world.transport.sent["chat-wanjiru"])
    for n in range(3):
        await in_album(world, "wanjiru", photo(marker=bytes([n])), "A1", n)
    assert len(world.transport.sent["chat-wanjiru"]) == before + 1
    assert world.tokens("wanjiru") == [f"relay:{first}", f"relay:{second}"]
    await world.say("wanjiru", "2")
    assert len(world.transport.sent["chat-wanjiru"]) == before + 2
    files = [m.file for m in world.transport.sent["chat-amina"] if m.file is not None]
    assert len(files) == 3 and len({f.data for f in files}) == 3
