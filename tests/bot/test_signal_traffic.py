"""Issue 9 on Signal: real-shaped frames through the real runtime, store and signalbot.

Every frame is built from signal-cli's JSON records (tests/bot/signal_frames.py):
attachments without ``isVoiceNote``, link previews and quotes with their
stored images, shared contacts, polls, payments, error frames. Each must end
in a committed message and a reply (or a logged, counted event), and no file
may stay on signal-cli's volume.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.logs import SafeFormatter
from bot.signal import SignalTransport
from bot.transport import FilePayload, Received, Rendered, SendError
from flows.core.messages import Channel
from tests.bot import signal_frames as f
from tests.bot.fake_signal import FakeSignalApi, person
from tests.bot.signal_harness import BOT, Chat, MakeChat, chats, running_fake
from tests.support.answers import CONSENT, SUBMIT, intake_answers

VOICE = b"\xff\xf1\x50\x80" + b"\x00" * 3000  # ADTS AAC, as Signal records voice notes
JPEG = b"\xff\xd8\xff\xe0" + b"\x11" * 4000
PDF = b"%PDF-1.4\n" + b"0" * 2000


@pytest.fixture
async def fake() -> AsyncIterator[FakeSignalApi]:
    async with running_fake() as api:
        yield api


@pytest.fixture
async def make_chat(tmp_path: Path, fake: FakeSignalApi) -> AsyncIterator[MakeChat]:
    async with chats(tmp_path, fake) as make:
        yield make


async def _consented(chat: Chat, who: tuple[str, str]) -> None:
    """Past language and consent: files are kept from here on."""
    await chat.say(who, "hello")
    await chat.say(who, "1")  # English
    await chat.say(who, CONSENT)


def _stored_files(chat: Chat) -> int:
    return len(list(chat.store.files_dir.iterdir()))


# ----- item 1: every real attachment arrives -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "mime", "filename"),
    [
        (VOICE, "audio/aac", None),  # a voice note: no filename, no flag
        (JPEG, "image/jpeg", None),  # a photo
        (PDF, "application/pdf", "permit.pdf"),  # a document
    ],
)
async def test_a_real_attachment_frame_is_committed_answered_and_deleted(
    make_chat: MakeChat, content: bytes, mime: str, filename: str | None
) -> None:
    chat = await make_chat()
    me = person(0)
    await _consented(chat, me)
    file_id = chat.fake.store_file(content, mime)
    entry = f.attachment(file_id, mime, len(content), filename=filename, upload_timestamp=1)
    assert "isVoiceNote" not in entry
    replies = await chat.send_data(me, {"attachments": [entry]})
    assert replies[0] == "File received and attached to your request as evidence."
    assert _stored_files(chat) == 1  # sealed in our store
    await chat.fake.wait_deleted(file_id)  # and gone from signal-cli's volume
    assert chat.fake.stored == set()


async def test_a_long_text_attachment_arrives_whole(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    await _consented(chat, me)
    await chat.say(me, "2")  # a community group: the next question takes free text
    story = "ما حدث لقريتنا. " * 300  # 4,800 characters (over one message): 2 KiB inline + a file
    file_id = chat.fake.store_file(story.encode(), "text/x-signal-plain")
    entry = f.attachment(file_id, "text/x-signal-plain", len(story.encode()))
    inline = story.encode()[:2000].decode(errors="ignore")
    replies = await chat.send_data(me, {"message": inline, "attachments": [entry]})
    assert f"{len(story.strip()):,} characters" in replies[0]  # too long for a name, but whole
    await chat.fake.wait_deleted(file_id)


async def test_a_link_preview_and_a_quote_keep_the_text_and_lose_their_images(
    make_chat: MakeChat,
) -> None:
    chat = await make_chat()
    me = person(0)
    image = chat.fake.store_file(JPEG, "image/jpeg")
    thumb = chat.fake.store_file(JPEG[:500], "image/jpeg")
    data = {
        "message": "hello https://example.org/mine",
        "previews": [
            f.preview("https://example.org/mine", "Mine", f.attachment(image, "image/jpeg", 4004))
        ],
        "quote": f.quote(1, BOT, person(3)[1], "earlier", f.attachment(thumb, "image/jpeg", 500)),
    }
    [language] = await chat.send_data(me, data)
    assert "1. English" in language
    await chat.fake.wait_deleted(image, thumb)
    assert chat.fake.fetched == []  # never downloaded: not the person's evidence


async def test_files_of_group_messages_are_deleted_unread(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    file_id = chat.fake.store_file(JPEG, "image/jpeg")
    group = {"groupId": "Zw==", "groupName": "Facilitators", "revision": 2, "type": "DELIVER"}
    entry = f.attachment(file_id, "image/jpeg", len(JPEG))
    await chat.fake.push_frame(
        chat.fake.envelope(me[0], me[1], {"attachments": [entry], "groupInfo": group})
    )
    await chat.fake.wait_deleted(file_id)
    assert chat.fake.fetched == [] and chat.fake.sent == []


# ----- item 2: content without text or file, error frames ------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {"contacts": [f.shared_contact("Wanjiru", "+254712345678")]},
        {"pollCreate": f.poll_create("Which day?", ["Monday", "Tuesday"])},
        {"payment": f.payment("for the lawyer", b"\x0a\x0b\x0c")},
    ],
    ids=["contact", "poll", "payment"],
)
async def test_content_without_text_or_file_gets_a_hint(
    make_chat: MakeChat, data: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    chat = await make_chat()
    me = person(0)
    await _consented(chat, me)
    replies = await chat.send_data(me, data)
    assert replies[0] == "I received an empty message."
    assert "1. Myself, as an individual" in replies[-1]  # and the question again
    logged = "\n".join(SafeFormatter().format(r) for r in caplog.records)
    assert "signal.without_text" in logged
    for secret in ("Wanjiru", "+254712345678", "Which day", "lawyer", *me):
        assert secret not in logged


async def test_a_shared_contacts_avatar_is_deleted(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    avatar = chat.fake.store_file(JPEG, "image/jpeg")
    contact = f.shared_contact("Wanjiru", "+254712345678", f.attachment(avatar, "image/jpeg", 9))
    await chat.send_data(me, {"contacts": [contact]})
    await chat.fake.wait_deleted(avatar)


async def test_error_frames_are_logged_counted_and_receiving_goes_on(
    make_chat: MakeChat, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    chat = await make_chat()
    fake = chat.fake
    me = person(0)
    stamp = fake.stamp()
    await fake.push_frame(f.envelope(me[0], me[1], stamp), f.untrusted_identity(me[1]))
    await fake.push(f.service_error("Couldn't get receive channel"))
    await fake.push_raw("not json at all")
    await fake.push(f.frame(BOT, {**f.envelope(None, None, stamp), "fooMessage": {"x": 1}}))
    [language] = await chat.say(me, "hello")  # the loop goes on, in order
    assert "1. English" in language
    counts = {(e.channel, e.kind): e.count for e in await chat.store.transport_events()}
    assert counts == {
        ("signal", "identity-error"): 1,
        ("signal", "service-error"): 1,
        ("signal", "unrecognised-frame"): 2,
    }
    logged = "\n".join(SafeFormatter().format(r) for r in caplog.records)
    for name in ("signal.identity_error", "signal.service_error", "signal.unrecognised_frame"):
        assert name in logged
    for secret in (*me, "receive channel", "Untrusted identity"):
        assert secret not in logged


# ----- a frame that cannot be read, from a known sender ----------------------------------------


async def _received(fake: FakeSignalApi, transport_frames: list[str]) -> list[Received]:
    items: list[Received] = []

    async def receive(item: Received) -> None:
        items.append(item)

    signal = SignalTransport(fake.service, fake.number, disappearing=0, backoff=(0.05, 0.5))
    await signal.start(receive)
    try:
        await fake.wait_connected(fake.connections + 1)
        for raw in transport_frames:
            await fake.push_raw(raw)
        async with asyncio.timeout(10):
            while len(items) < len(transport_frames):
                await asyncio.sleep(0.01)
    finally:
        await signal.stop()
    return items


async def test_a_damaged_message_from_a_known_sender_is_passed_on_as_unreadable(
    fake: FakeSignalApi,
) -> None:
    me = person(0)
    stamp = fake.stamp()
    garbage = {"timestamp": stamp, "message": {"not": "text"}, "attachments": 7}
    half = {"timestamp": stamp + 1, "message": "my words", "attachments": ["?"]}
    raws = [
        json.dumps(f.frame(BOT, f.envelope(me[0], me[1], stamp, dataMessage=garbage))),
        json.dumps(f.frame(BOT, f.envelope(me[0], me[1], stamp + 1, dataMessage=half))),
    ]
    items = await _received(fake, raws)
    assert [(i.text, i.unreadable) for i in items] == [
        (None, True),
        ("my words", False),
        (None, True),
    ]
    assert items[0].user_id == me[1] and items[2].dedupe.endswith(":unreadable")


async def test_a_damaged_message_is_answered_with_resend_please(make_chat: MakeChat) -> None:
    chat = await make_chat()
    me = person(0)
    await _consented(chat, me)
    replies = await chat.send_data(me, {"message": ["garbage"]})
    assert replies[0] == "Sorry, we could not read your last message. Please send it again."


# ----- item 9: pieces of a long reply are sent once each ----------------------------------------


async def test_a_failed_second_piece_does_not_resend_the_first(make_chat: MakeChat) -> None:
    chat = await make_chat(disappearing=0)
    transport, fake = chat.transport, chat.fake
    me = person(0)[1]
    summary = "\n\n".join(f"{n}: " + "ملخص " * 120 for n in range(4))
    parts = transport.pieces(Rendered(summary, (("s", "Send"), ("c", "Change"))))
    assert len(parts) >= 2 and all(len(p.text.encode()) <= 2000 for p in parts)
    assert parts[-1].text.endswith("1. Send\n2. Change") and not parts[-1].choices
    assert transport.pieces(parts[1]) == [parts[1]]  # a piece is its own only piece
    await transport.send(me, parts[0])
    fake.fail_send(500, "Internal Server Error")
    with pytest.raises(SendError):
        await transport.send(me, parts[1])
    for part in parts[1:]:  # the runtime retries the failed piece, then the rest
        await transport.send(me, part)
    assert fake.sent_to(me) == [p.text for p in parts]  # the first went exactly once


# ----- item 13: a file relayed to someone on Signal arrives as an attachment -----------------


async def test_a_file_relayed_to_a_facilitator_on_signal_is_attached(make_chat: MakeChat) -> None:
    chat = await make_chat()
    requester, amina = person(0), person(1)
    async with chat.store.transaction() as tx:
        facilitator = chat.store.sealer.pseudonym(Channel.SIGNAL.value, amina[1])
        await tx.add_facilitator(
            facilitator, Channel.SIGNAL, amina[1], "Amina", ["africa"], "en", False,
            datetime.now(UTC),
        )  # fmt: skip
    await _consented(chat, requester)
    for answer in intake_answers():
        await chat.say(requester, answer)
    await chat.say(requester, SUBMIT)
    assert chat.fake.sent_to(amina[1])  # told about the new case
    before = len(chat.fake.sent_to(amina[1]))
    replies = await chat.send_file(requester, PDF, "application/pdf", filename="permit;v2.pdf")
    assert replies
    await chat.fake.wait_sent(amina[1], before + 1)
    relayed = [s for s in chat.fake.sent if s.recipient == amina[1] and s.files]
    assert len(relayed) == 1
    [file] = relayed[0].files
    assert file.data == PDF and file.mime == "application/pdf" and file.name == "permit_v2.pdf"
    data_uri = relayed[0].payload["base64_attachments"][0]
    assert data_uri.startswith("data:application/pdf;filename=permit_v2.pdf;base64,")
    assert base64.b64decode(data_uri.rsplit(",", 1)[1]) == PDF


async def test_a_file_too_big_for_signal_fails_permanently(make_chat: MakeChat) -> None:
    chat = await make_chat(disappearing=0)
    huge = FilePayload("document", "application/pdf", b"\0" * (100 * 1024 * 1024 + 1), "x.pdf")
    with pytest.raises(SendError) as caught:
        await chat.transport.send(person(0)[1], Rendered("here", file=huge))
    assert caught.value.permanent and caught.value.reason == "file-too-big"
    assert not caught.value.unreachable  # the person is still reachable: only this file is not
    assert chat.fake.sent == []
