"""The Signal channel's parts: rendering, frame triage, send errors, settings, backoff."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.main import messenger_transports
from bot.signal import SignalTransport
from bot.signal.inbound import attachment_kind, clean_mime, skip_reason, valid_address
from bot.signal.receive import Backoff, ReceiveLoop
from bot.signal.render import render_text, split_body
from bot.signal.rest import delivery_failure, failure
from bot.transport import Received, Rendered, SendError
from config.settings import ConfigError, load_settings
from flows.core.messages import AttachmentKind
from tests.bot.fake_signal import FakeSignalApi, person

BOT = "+4915112345678"


# ----- rendering -----------------------------------------------------------------------


def test_text_without_choices_is_sent_as_is() -> None:
    assert render_text(Rendered("Thank you.")) == "Thank you."


def test_choices_become_a_numbered_list() -> None:
    rendered = Rendered("Do you agree?", (("consent:yes", "Yes"), ("consent:no", "No")))
    assert render_text(rendered) == "Do you agree?\n\n1. Yes\n2. No"


def test_multi_select_questions_say_how_to_pick_several() -> None:
    choices = (("a", "Land"), ("b", "Water"), ("done", "Done"))
    rendered = Rendered("Which rights?", choices, multi=True, multi_hint="Type 1 3")
    assert render_text(rendered).endswith("\n3. Done\nType 1 3")
    single = Rendered("Which?", choices, multi=False, multi_hint="Type 1 3")
    assert "Type 1 3" not in render_text(single)


def test_long_texts_are_cut_between_paragraphs_then_lines() -> None:
    assert split_body("short") == ["short"]
    text = "\n\n".join(["a" * 1500, "b" * 1500, "c\n" * 900])
    pieces = split_body(text)
    assert all(len(piece.encode()) <= 2000 for piece in pieces)
    assert pieces[0] == "a" * 1500 and pieces[1].startswith("b" * 1500 + "\n\nc\nc\n")
    assert "".join(pieces).count("c") == 900 and not pieces[2].startswith("\n")
    assert all(len(p.encode()) <= 2000 for p in split_body("é" * 5000))


# ----- frames ----------------------------------------------------------------------------


def _frame(**envelope: object) -> dict[str, object]:
    return {"account": BOT, "envelope": {"sourceUuid": "u", "timestamp": 1, **envelope}}


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (_frame(dataMessage={"message": "hi", "timestamp": 1}), None),
        (_frame(dataMessage={"attachments": [], "timestamp": 1}), None),
        (_frame(dataMessage={"message": "hi", "groupInfo": {"groupId": "g"}}), "group"),
        (_frame(dataMessage={"isExpirationUpdate": True}), "timer"),
        (_frame(dataMessage={"reaction": {"emoji": "👍"}}), "reaction"),
        (_frame(dataMessage={"remoteDelete": {"timestamp": 1}}), "delete"),
        (_frame(syncMessage={"sentMessage": {"message": "hi"}}), "sync"),
        (_frame(editMessage={"dataMessage": {"message": "hi"}}), "edit"),
        (_frame(receiptMessage={"isRead": True}), "receipt"),
        (_frame(typingMessage={"action": "STARTED"}), "typing"),
        (_frame(callMessage={"offerMessage": {}}), "call"),
        (_frame(storyMessage={"allowsReplies": True}), "story"),
        (_frame(dataMessage={"message": "hi", "storyContext": {"authorNumber": "x"}}), "story"),
        (_frame(dataMessage={"pollVote": {"optionIndexes": [0]}}), "poll-vote"),
        (_frame(dataMessage={"pinMessage": {"targetSentTimestamp": 1}}), "pin"),
        (_frame(dataMessage={"isExpirationUpdate": False, "message": "hi"}), None),
        (_frame(dataMessage="not an object"), None),
        (_frame(), "unknown"),
        ({"error": "websocket error"}, "no-envelope"),
    ],
)
def test_only_direct_messages_reach_the_intake(frame: dict[str, object], reason: str) -> None:
    assert skip_reason(frame) == reason


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("image/jpeg", AttachmentKind.PHOTO),
        ("audio/aac", AttachmentKind.VOICE),
        ("audio/mpeg", AttachmentKind.VOICE),
        ("video/mp4", AttachmentKind.VIDEO),
        ("application/pdf", AttachmentKind.DOCUMENT),
        ("text/plain; charset=utf-8", AttachmentKind.DOCUMENT),
        (None, AttachmentKind.DOCUMENT),
    ],
)
def test_content_types_map_to_attachment_kinds(
    content_type: str | None, kind: AttachmentKind
) -> None:
    assert attachment_kind(clean_mime(content_type)) is kind


def test_mime_types_are_cleaned() -> None:
    assert clean_mime("Image/JPEG; q=1") == "image/jpeg"
    assert clean_mime("garbage") == "application/octet-stream"


def test_addresses_are_uuids_or_international_numbers() -> None:
    number, uuid_ = person(0)
    assert valid_address(number) and valid_address(uuid_)
    for bad in ("", "+", "+49 170", "group.abc", "someone.01", "12345"):
        assert not valid_address(bad)


# ----- send failures -------------------------------------------------------------------------


def test_failures_that_no_retry_fixes_are_permanent() -> None:
    unregistered = failure(400, 'Failed to send message: Unregistered user "+491701234567"')
    assert unregistered.permanent and unregistered.reason == "unregistered"
    invalid = failure(400, "Invalid phone number '+4917': not a number")
    assert invalid.permanent and invalid.reason == "invalid-recipient"


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, 'Failed to send message: Network failure for "+491701234567"'),
        (400, "Couldn't process request - invalid request"),
        (500, "Internal Server Error"),
        (502, ""),
        (404, "not found"),
    ],
)
def test_other_failures_are_retried(status: int, body: str) -> None:
    error = failure(status, body)
    assert not error.permanent and error.reason == f"http-{status}"
    assert "+49" not in error.reason


def test_a_changed_safety_number_waits_for_an_operator() -> None:
    error = failure(400, 'Failed to send message: Untrusted Identity for "+491701234567"')
    assert not error.permanent and error.reason == "untrusted-identity"


def test_rate_limits_wait_before_retrying() -> None:
    error = failure(429, "Rate limit exceeded")
    assert not error.permanent and error.retry_after and error.retry_after >= 60


def test_accepted_sends_may_still_report_undelivered_recipients() -> None:
    assert delivery_failure([{"timestamp": "1"}]) is None
    gone = delivery_failure([{"errors": {"recipients": [{"reason": "UNREGISTERED_FAILURE"}]}}])
    assert gone is not None and gone.permanent
    flaky = delivery_failure({"errors": {"recipients": [{"reason": "NETWORK_FAILURE"}]}})
    assert flaky is not None and not flaky.permanent and flaky.reason == "network-failure"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSignalApi]:
    api = FakeSignalApi(BOT)
    await api.start()
    yield api
    await api.stop()


class Inbox:
    """What the runtime would receive; ``fail`` makes the next calls raise."""

    def __init__(self) -> None:
        self.items: list[Received] = []
        self.fail = 0

    async def __call__(self, item: Received) -> None:
        if self.fail:
            self.fail -= 1
            raise OSError("database is locked")
        self.items.append(item)

    async def wait(self, count: int) -> list[Received]:
        async with asyncio.timeout(10):
            while len(self.items) < count:
                await asyncio.sleep(0.01)
        return self.items


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
async def transport(fake: FakeSignalApi, inbox: Inbox) -> AsyncIterator[SignalTransport]:
    signal = SignalTransport(
        fake.service, fake.number, disappearing=0, send_timeout=0.5, backoff=(0.05, 0.5)
    )
    await signal.start(inbox)
    await fake.wait_connected()
    yield signal
    await signal.stop()


async def _send_error(transport: SignalTransport, address: str) -> SendError:
    with pytest.raises(SendError) as caught:
        await transport.send(address, Rendered("hello"))
    return caught.value


async def test_send_classifies_the_services_answers(
    transport: SignalTransport, fake: FakeSignalApi
) -> None:
    me = person(0)[1]
    fake.fail_send(400, 'Failed to send message: Unregistered user "+491701234567"')
    assert (await _send_error(transport, me)).permanent
    fake.fail_send(201, "UNREGISTERED_FAILURE")
    assert (await _send_error(transport, me)).permanent
    fake.fail_send(400, 'Failed to send message: Network failure for "+491701234567"')
    assert not (await _send_error(transport, me)).permanent
    fake.fail_send(500, "boom")
    assert not (await _send_error(transport, me)).permanent
    fake.fail_send(429, "Rate limit exceeded")
    assert (await _send_error(transport, me)).retry_after == 60
    assert (await _send_error(transport, "not-an-address")).permanent
    await transport.send(me, Rendered("finally"))
    assert fake.sent_to(me) == ["finally"]


async def test_send_timeouts_are_temporary(transport: SignalTransport, fake: FakeSignalApi) -> None:
    fake.send_delay = 1.0
    error = await _send_error(transport, person(0)[1])
    assert not error.permanent and error.reason == "timeout"


async def test_an_unreachable_service_is_a_temporary_failure(tmp_path: Path) -> None:
    async def receive(item: Received) -> None:
        pass

    closed = FakeSignalApi(BOT)
    await closed.start()
    service = closed.service
    await closed.stop()
    signal = SignalTransport(service, BOT, disappearing=0, backoff=(0.05, 0.1))
    await signal.start(receive)
    try:
        error = await _send_error(signal, person(0)[1])
        assert not error.permanent and error.reason.startswith("unreachable")
        await asyncio.sleep(0.3)
        assert signal.receive_attempts == 0  # still waiting for the service, not crashed
    finally:
        await signal.stop()


async def test_a_failed_timer_does_not_hold_up_the_reply(fake: FakeSignalApi) -> None:
    async def receive(item: Received) -> None:
        pass

    signal = SignalTransport(fake.service, fake.number, disappearing=604800)
    await signal.start(receive)
    try:
        number = person(0)[0]
        fake.contacts_status = 400
        await signal.send(number, Rendered("first"))
        fake.contacts_status = 204
        await signal.send(number, Rendered("second"))
        await signal.send(number, Rendered("third"))
    finally:
        await signal.stop()
    assert fake.sent_to(number) == ["first", "second", "third"]
    assert [what for what, _ in fake.history] == ["send", "contact", "send", "send"]


# ----- receiving ---------------------------------------------------------------------------


async def test_a_long_message_arrives_whole(
    transport: SignalTransport, fake: FakeSignalApi, inbox: Inbox
) -> None:
    number, uuid_ = person(0)
    story = "ما حدث لقريتنا. " * 300  # about 9 KB: Signal sends 2 KiB inline plus a text file
    truncated = story.encode()[:2000].decode(errors="ignore")
    await fake.push_attachment(number, uuid_, story.encode(), "text/x-signal-plain", text=truncated)
    [item] = await inbox.wait(1)
    assert item.text == story and item.attachment is None


async def test_each_file_of_a_message_is_received_once_in_order(
    transport: SignalTransport, fake: FakeSignalApi, inbox: Inbox
) -> None:
    number, uuid_ = person(0)
    files = []
    for n, mime in enumerate(("image/jpeg", "application/pdf")):
        attachment_id = f"file{n}.{mime.rsplit('/')[-1]}"
        fake._files[attachment_id] = bytes([n]) * 10
        files.append({"contentType": mime, "id": attachment_id, "size": 10, "isVoiceNote": False})
    data = {"message": "two files", "attachments": files}
    envelope = fake.envelope(number, uuid_, data)
    await fake.push_frame(envelope)
    await fake.push_frame(envelope)  # the same frame again: same dedupe keys
    items = await inbox.wait(4)
    first, second = items[:2]
    assert first.text == "two files" and first.attachment is not None
    assert first.attachment.kind is AttachmentKind.PHOTO and first.attachment.data == b"\0" * 10
    assert second.text is None and second.attachment is not None
    assert second.attachment.kind is AttachmentKind.DOCUMENT
    assert second.dedupe == first.dedupe + ":1"
    assert [i.dedupe for i in items[2:]] == [first.dedupe, second.dedupe]


async def test_a_sticker_is_passed_on_as_a_sticker(
    transport: SignalTransport, fake: FakeSignalApi, inbox: Inbox
) -> None:
    number, uuid_ = person(0)
    sticker = {"packId": "abc", "stickerId": 3}
    await fake.push_frame(fake.envelope(number, uuid_, {"sticker": sticker}))
    [item] = await inbox.wait(1)
    assert item.attachment is not None and item.attachment.kind is AttachmentKind.STICKER


async def test_a_failed_commit_is_retried_and_a_lost_one_does_not_stop_receiving(
    transport: SignalTransport, fake: FakeSignalApi, inbox: Inbox
) -> None:
    number, uuid_ = person(0)
    inbox.fail = 1
    await fake.push_text(number, uuid_, "first")
    await inbox.wait(1)
    inbox.fail = 3  # every attempt fails: this one is lost, and logged as lost
    await fake.push_text(number, uuid_, "second")
    await fake.push_text(number, uuid_, "third")
    items = await inbox.wait(2)
    assert [i.text for i in items] == ["first", "third"]
    assert fake.connections == 1


async def test_a_file_whose_commit_failed_is_still_deleted_from_the_service(
    transport: SignalTransport, fake: FakeSignalApi, inbox: Inbox
) -> None:
    number, uuid_ = person(0)
    inbox.fail = 3  # every attempt fails: the message is lost, and so must be the plain copy
    file_id = await fake.push_attachment(number, uuid_, b"\xff\xd8" * 50, "image/jpeg")
    await fake.wait_deleted(file_id)
    assert inbox.items == [] and fake.fetched == [file_id]


async def test_the_transport_counts_through_the_note_it_was_started_with(
    fake: FakeSignalApi,
) -> None:
    noted: list[str] = []

    async def note(kind: str) -> None:
        noted.append(kind)
        if len(noted) == 1:
            raise OSError("disk full")  # a failure to count must not stop receiving

    inbox = Inbox()
    signal = SignalTransport(fake.service, fake.number, disappearing=0, backoff=(0.05, 0.5))
    await signal.start(inbox, note)
    try:
        await fake.wait_connected()
        await fake.push({"error": "first"})
        await fake.push({"error": "second"})
        await fake.push_text(*person(0), "hello")
        await inbox.wait(1)
    finally:
        await signal.stop()
    assert noted == ["service-error", "service-error"]


async def test_long_replies_are_split_below_the_signal_limit(
    transport: SignalTransport, fake: FakeSignalApi
) -> None:
    uuid_ = person(0)[1]
    paragraphs = [f"{n}: " + "ملخص " * 120 for n in range(8)]  # ~1.1 KB each in UTF-8
    await transport.send(uuid_, Rendered("\n\n".join(paragraphs), (("s", "Send"),)))
    sent = fake.sent_to(uuid_)
    assert len(sent) > 1 and all(len(text.encode()) <= 2000 for text in sent)
    assert "\n\n".join(sent) == "\n\n".join(paragraphs) + "\n\n1. Send"


# ----- settings and wiring -----------------------------------------------------------------


def _settings(**env: str) -> dict[str, str]:
    return {"CRE_CONFIG": "/nonexistent.toml", "CRE_DATA_DIR": "/tmp/x", **env}


def test_disappearing_messages_default_to_one_week() -> None:
    settings = load_settings(_settings(CRE_SIGNAL_SERVICE="127.0.0.1:8080", CRE_SIGNAL_NUMBER=BOT))
    assert settings.signal_disappearing == 604800


def test_disappearing_messages_can_be_set_or_turned_off() -> None:
    assert load_settings(_settings(CRE_SIGNAL_DISAPPEARING="0")).signal_disappearing == 0
    assert load_settings(_settings(CRE_SIGNAL_DISAPPEARING="86400")).signal_disappearing == 86400


@pytest.mark.parametrize("value", ["-1", "1w", "30", "99999999"])
def test_a_wrong_disappearing_timer_is_explained(value: str) -> None:
    with pytest.raises(ConfigError, match=r"CRE_SIGNAL_DISAPPEARING must be 0 \(off\) or"):
        load_settings(_settings(CRE_SIGNAL_DISAPPEARING=value))


def test_the_signal_channel_is_built_from_the_settings() -> None:
    settings = load_settings(
        _settings(
            CRE_SIGNAL_SERVICE="127.0.0.1:8080",
            CRE_SIGNAL_NUMBER=BOT,
            CRE_SIGNAL_DISAPPEARING="3600",
        )
    )
    [signal] = [t for t in messenger_transports(settings) if isinstance(t, SignalTransport)]
    assert (signal.service, signal.number, signal.disappearing) == ("127.0.0.1:8080", BOT, 3600)
    assert signal.policy == settings.policy
    assert settings.policy.signal_number == settings.signal_number  # offered on Telegram


# ----- backoff ------------------------------------------------------------------------------------


def test_backoff_doubles_to_its_cap_and_resets_after_a_stable_connection() -> None:
    backoff = Backoff(0.2, 1.0, stable_after=10)
    assert [backoff.next(0.0) for _ in range(5)] == [0.2, 0.4, 0.8, 1.0, 1.0]
    assert backoff.next(30.0) == 0.2


async def test_the_receive_loop_survives_clean_ends_failures_and_its_own_crashes() -> None:
    sessions: Iterator[list[str] | Exception] = iter(
        [["a", "b"], ConnectionResetError(), ["c"], [], ["d"]]
    )
    seen: list[str] = []
    checks = 0

    async def ready() -> bool:
        nonlocal checks
        checks += 1
        if checks == 1:
            raise RuntimeError("bug")  # would end the loop if it were not supervised
        return checks > 2

    async def connect() -> AsyncIterator[str]:
        session = next(sessions, [])
        if isinstance(session, Exception):
            raise session
        for frame in session:
            yield frame

    async def handle(frame: str) -> None:
        if frame == "b":
            raise ValueError("a frame that cannot be handled")
        seen.append(frame)

    loop = ReceiveLoop(connect, handle, ready, initial=0.01, cap=0.05)
    loop.start()
    try:
        async with asyncio.timeout(5):
            while seen != ["a", "c", "d"]:
                await asyncio.sleep(0.01)
    finally:
        await loop.stop()
    assert loop.attempts >= 5
