"""The Signal channel end to end: real signalbot, our runtime and a real store, fake service.

Each test runs the transport against ``FakeSignalApi`` on 127.0.0.1: what a
person writes is pushed over the websocket, what the bot answers is read
from what the fake received on ``POST /v2/send``.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.logs import SafeFormatter
from flows.core.policy import Policy
from tests.bot.fake_signal import FakeSignalApi, person
from tests.bot.signal_harness import BOT, MakeChat, chats, running_fake

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
STORY = "Sand mining destroyed the riverbank near our village."
PDF = b"%PDF-1.4\n" + b"0" * 2000
VOICE = b"\xff\xf1" + b"\x00" * 3000


@pytest.fixture
async def fake() -> AsyncIterator[FakeSignalApi]:
    async with running_fake() as api:
        yield api


@pytest.fixture
async def make_chat(tmp_path: Path, fake: FakeSignalApi) -> AsyncIterator[MakeChat]:
    async with chats(tmp_path, fake) as make:
        yield make


# ----- the intake ------------------------------------------------------------------


async def test_complete_intake_over_signal(
    make_chat: MakeChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="cre")
    chat = await make_chat()
    fake = chat.fake
    me = person(0)

    [language] = await chat.say(me, "hello")
    assert "\n\n1. English\n2. Français\n" in language and language.endswith("7. العربية")
    replies = await chat.say(me, "1")
    assert replies[-1].endswith("1. Yes, I agree\n2. No")
    replies = await chat.say(me, "Yes, I agree")  # an option's text instead of its number
    assert "1. Myself, as an individual" in replies[-1]
    replies = await chat.say(me, "a community group")
    assert replies[-1].startswith("What name or pseudonym")
    await chat.say(me, "Mto Wetu group")
    await chat.say(me, "1")  # directly affected
    await chat.say(me, "/skip")  # organisations

    [language] = await chat.say(me, "/language")
    assert "2. Français" in language
    replies = await chat.say(me, "2")
    assert replies[0] == "D'accord, nous allons continuer en français."
    assert "pays" in replies[-1]  # the country question again, now in French

    await chat.say(me, "Kenya")
    await chat.say(me, "/skip")  # locality
    replies = await chat.send_file(me, PDF, "application/pdf", filename="permit.pdf")
    assert replies[0] == "Fichier reçu et joint à votre demande."  # the project, as a file
    replies = await chat.say(me, "/skip")  # companies
    financers = replies[-1]
    assert "plusieurs numéros" in financers and financers.endswith("1 3") and "\n7. " in financers
    replies = await chat.say(me, "1 3")  # numbers toggle the options...
    assert replies[-1].startswith("Choisi pour l'instant")
    await chat.say(me, "7")  # ...until Done, the last number
    await chat.say(me, "Mines")  # the sector, by its French label
    await chat.say(me, "1")
    await chat.say(me, "2 4")
    await chat.say(me, "Terminé")  # Done, by its French label
    replies = await chat.send_file(me, VOICE, "audio/aac")
    assert replies[0] == "Fichier reçu et joint à votre demande."  # the story, as a voice note
    await chat.say(me, "1 5")
    await chat.say(me, "8")  # Done
    replies = await chat.say(me, STORY)  # the hoped-for result, which stays open for more
    assert replies[-1].startswith("C'est noté.")
    await chat.say(me, "C'est tout")
    await chat.say(me, "2")
    await chat.say(me, "/skip")  # referral
    await chat.say(me, "Oui")  # safe here
    await chat.say(me, "/skip")  # best times
    summary = await chat.say(me, "Non")  # danger now
    assert "Kenya" in summary[-1] and "1. Envoyer" in summary[-1]
    assert "(document)" in summary[-1] and "(message vocal)" in summary[-1]
    done = await chat.say(me, "1")
    match = REF.search("\n".join(done))
    assert match is not None

    case = await chat.store.case(match.group())
    assert case is not None and case.channel == "signal" and case.locale == "fr"
    assert case.country == "KE" or case.country == "Kenya"
    assert not await chat.store.inbox_pending()
    assert len(list(chat.store.files_dir.iterdir())) == 2

    # safety defaults: timer before the first reply, files removed from the service
    assert fake.contacts == [{"expiration_in_seconds": 604800, "recipient": me[1]}]
    assert fake.history[0] == ("contact", me[1])
    assert sorted(fake.deleted) == sorted(fake.fetched) and len(fake.fetched) == 2
    assert ("PUT", me[1]) in fake.typing and ("DELETE", me[1]) in fake.typing
    assert all(s.payload["text_mode"] == "normal" for s in fake.sent)

    # nothing personal in the logs: no number, no UUID, no message text
    formatter = SafeFormatter()
    logged = "\n".join(formatter.format(record) for record in caplog.records)
    for secret in (*me, BOT, "Mto Wetu", "Sand mining", "permit.pdf"):
        assert secret not in logged
    assert "signal.timer_set" in logged


async def test_two_people_are_independent(make_chat: MakeChat) -> None:
    chat = await make_chat()
    first, second = person(0), person(1)
    await chat.say(first, "hello")
    await chat.say(second, "hi")
    assert (await chat.say(first, "1"))[-1].endswith("1. Yes, I agree\n2. No")
    assert (await chat.say(second, "3"))[-1].endswith("1. Sí, estoy de acuerdo\n2. No")
    assert "Myself" in (await chat.say(first, "1"))[-1]
    assert {c["recipient"] for c in chat.fake.contacts} == {first[1], second[1]}


async def test_reply_goes_to_the_number_when_a_sender_has_no_uuid(make_chat: MakeChat) -> None:
    chat = await make_chat()
    number = person(2)[0]
    await chat.fake.push_frame(chat.fake.envelope(number, "", {"message": "hello"}))
    [language] = await chat.fake.wait_sent(number, 1)
    assert "1. English" in language


# ----- safety defaults ---------------------------------------------------------------


async def test_disappearing_timer_is_configurable_and_can_be_off(make_chat: MakeChat) -> None:
    chat = await make_chat(disappearing=0)
    await chat.say(person(0), "hello")
    assert chat.fake.contacts == []


async def test_disappearing_timer_is_set_once_per_person(make_chat: MakeChat) -> None:
    chat = await make_chat(disappearing=3600)
    me = person(0)
    await chat.say(me, "hello")
    await chat.say(me, "1")
    assert chat.fake.contacts == [{"expiration_in_seconds": 3600, "recipient": me[1]}]


async def test_group_messages_are_ignored(
    make_chat: MakeChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    chat = await make_chat()
    me = person(0)
    assert await chat.fake.push_group_text(me[0], me[1], "my case details")
    replies = await chat.say(me, "hello")  # handled after the group message, in order
    assert len(replies) == 1 and "1. English" in replies[0]
    assert [s.recipient for s in chat.fake.sent] == [me[1]]
    assert any(r.getMessage() == "signal.group_ignored" for r in caplog.records)


async def test_frames_that_are_not_messages_are_skipped(make_chat: MakeChat) -> None:
    chat = await make_chat()
    fake = chat.fake
    me = person(0)
    envelope = fake.envelope(me[0], me[1], {"message": "sent from our own phone"})
    sync = {**envelope, "syncMessage": {"sentMessage": envelope.pop("dataMessage")}}
    await fake.push_frame(sync)
    await fake.push_frame(fake.envelope(me[0], me[1], {"isExpirationUpdate": True}))
    receipt = fake.envelope(me[0], me[1], {})
    receipt.pop("dataMessage")
    receipt["receiptMessage"] = {"when": 1, "isDelivery": True, "timestamps": [1]}
    await fake.push_frame(receipt)
    reaction = {"emoji": "👍", "targetAuthor": BOT, "targetSentTimestamp": 1, "isRemove": False}
    await fake.push_frame(fake.envelope(me[0], me[1], {"reaction": reaction}))
    replies = await chat.say(me, "hello")
    assert len(replies) == 1 and len(fake.sent) == 1


async def test_the_same_message_twice_is_handled_once(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    await chat.fake.push_text(me[0], me[1], "hello", timestamp=1_700_000_000_000)
    await chat.fake.push_text(me[0], me[1], "hello", timestamp=1_700_000_000_000)
    await chat.fake.wait_sent(me[1], 1)
    await chat.say(me, "1")
    assert sum("1. English" in text for text in chat.fake.sent_to(me[1])) == 1


async def test_typing_indicator_failures_are_ignored(make_chat: MakeChat) -> None:
    chat = await make_chat()
    chat.fake.typing_status = 400
    replies = await chat.say(person(0), "hello")
    assert "1. English" in replies[0]


# ----- files ---------------------------------------------------------------------------


async def test_a_file_over_the_limit_is_not_downloaded(make_chat: MakeChat) -> None:
    chat = await make_chat(policy=Policy(max_file_bytes=1000))
    me = person(0)
    for text in ("hello", "1", "1"):
        await chat.say(me, text)
    replies = await chat.send_file(me, PDF, "application/pdf")
    assert replies[0].startswith("This file is too big.")
    assert chat.fake.fetched == []
    assert len(chat.fake.deleted) == 1  # the service's copy is removed anyway


async def test_a_file_without_a_declared_size_is_read_only_up_to_the_limit(
    make_chat: MakeChat,
) -> None:
    chat = await make_chat(policy=Policy(max_file_bytes=100_000))
    me = person(0)
    for text in ("hello", "1", "1"):
        await chat.say(me, text)
    big = b"\x00" * 1_000_000
    replies = await chat.send_file(me, big, "image/jpeg", declared_size=None)
    assert replies[0].startswith("This file is too big.")  # though the envelope did not say


# ----- receiving never stops --------------------------------------------------------------


@pytest.mark.parametrize("how", ["clean", "abrupt"])
async def test_reconnects_after_the_websocket_closes_mid_conversation(
    make_chat: MakeChat, how: str
) -> None:
    chat = await make_chat()
    fake = chat.fake
    me = person(0)
    await chat.say(me, "hello")
    if how == "clean":
        await fake.close_clean()
    else:
        fake.close_abrupt()
    await fake.wait_connected(2)
    replies = await chat.say(me, "1")  # sent after the reconnect: not lost
    assert "1. Yes, I agree" in replies[-1]
    fake.close_abrupt()
    await fake.wait_connected(3)
    replies = await chat.say(me, "1")
    assert "1. Myself, as an individual" in replies[-1]


async def test_keeps_reconnecting_while_the_service_restarts(make_chat: MakeChat) -> None:
    chat = await make_chat()
    fake = chat.fake
    me = person(0)
    await chat.say(me, "hello")
    port = fake.port
    await fake.stop()
    assert not await fake.push_text(me[0], me[1], "lost")  # the real service drops it too
    await asyncio.sleep(1.0)  # several failed attempts, backoff grows to its cap
    await fake.start(port)
    await fake.wait_connected(2)
    replies = await chat.say(me, "1")
    assert "1. Yes, I agree" in replies[-1]


async def test_waits_for_a_compatible_service(
    make_chat: MakeChat, fake: FakeSignalApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    fake.about["mode"] = "normal"
    chat_task = asyncio.create_task(make_chat())
    await asyncio.sleep(0.5)
    assert fake.connections == 0 and not chat_task.done()
    assert any(r.getMessage() == "signal.incompatible" for r in caplog.records)
    fake.about["mode"] = "json-rpc"
    chat = await chat_task
    assert "1. English" in (await chat.say(person(0), "hello"))[0]


# ----- send failures ------------------------------------------------------------------------


async def test_a_temporary_send_failure_is_retried_until_delivered(make_chat: MakeChat) -> None:
    chat = await make_chat()
    chat.fake.fail_send(500, "Internal Server Error", times=2)
    replies = await chat.say(person(0), "hello")
    assert "1. English" in replies[0]


async def test_an_unregistered_recipient_is_not_retried(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    error = f'Failed to send message: Unregistered user "{me[0]}"'
    chat.fake.fail_send(400, error, times=100, recipient=me[1])
    await chat.fake.push_text(me[0], me[1], "hello")
    await asyncio.sleep(0.3)
    await chat.settle()  # the outbox gives up instead of retrying
    assert chat.fake.sent_to(me[1]) == []
    assert chat.fake._failures[0].times == 99
