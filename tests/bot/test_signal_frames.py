"""Reading frames as signal-cli writes them (see tests/bot/signal_frames.py for the sources)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from signalbot import parse

from bot.signal.envelope import (
    DECRYPT_ERROR,
    IDENTITY_ERROR,
    SERVICE_ERROR,
    UNRECOGNISED,
    FrameKind,
    SignalFile,
    read_frame,
)
from tests.bot import signal_frames as f
from tests.bot.fake_signal import person

BOT = "+4915112345678"
NUMBER, UUID = person(0)
T = 1_764_000_000_000


def _raw(data: dict[str, object], **envelope_part: object) -> str:
    part = envelope_part or {"dataMessage": data}
    return json.dumps(f.frame(BOT, f.envelope(NUMBER, UUID, T, **part)))  # type: ignore[arg-type]


VOICE = f.attachment("AbC.aac", "audio/aac", 3000, upload_timestamp=T - 10)
PHOTO = f.attachment("XyZ.jpg", "image/jpeg", 5000, width=800, height=600)


def test_a_real_voice_note_frame_is_read_although_it_has_no_voice_flag() -> None:
    frame = read_frame(_raw(f.data_message(T, attachments=[VOICE])))
    assert frame.kind is FrameKind.MESSAGE and frame.problem is None
    assert frame.sender == UUID and frame.dedupe == f"{UUID}:{T}"
    assert frame.files == (SignalFile("AbC.aac", "audio/aac", None, 3000, None),)
    assert frame.stored == ("AbC.aac",)


async def test_signalbot_itself_cannot_read_that_frame() -> None:
    """Why we read frames ourselves: signalbot 2.2.1's model requires ``isVoiceNote``."""
    with pytest.raises(Exception, match="isVoiceNote"):
        await parse(None, _raw(f.data_message(T, attachments=[VOICE])))  # type: ignore[arg-type]


def test_a_voice_flag_is_used_when_a_release_writes_it() -> None:
    music = f.attachment("m.mp3", "audio/mpeg", 10, voice_note=False)
    [file] = read_frame(_raw(f.data_message(T, attachments=[music]))).files
    assert file.voice_note is False


def test_every_stored_file_of_a_frame_is_listed_for_deletion() -> None:
    image = f.attachment("prev.jpg", "image/jpeg", 900)
    thumb = f.attachment("thumb.jpg", "image/jpeg", 90)
    avatar = f.attachment("face.jpg", "image/jpeg", 70)
    data = f.data_message(
        T,
        "see https://example.org/x",
        attachments=[PHOTO],
        previews=[f.preview("https://example.org/x", "X", image)],
        quote=f.quote(T - 1000, BOT, UUID, "earlier", thumb),
        contacts=[f.shared_contact("Wanjiru", "+254712345678", avatar)],
    )
    frame = read_frame(_raw(data))
    assert frame.text == "see https://example.org/x" and [x.id for x in frame.files] == ["XyZ.jpg"]
    assert sorted(frame.stored) == ["XyZ.jpg", "face.jpg", "prev.jpg", "thumb.jpg"]


def test_files_of_skipped_frames_are_listed_too() -> None:
    group = {"groupId": "Zw==", "groupName": "G", "revision": 1, "type": "DELIVER"}
    frame = read_frame(_raw(f.data_message(T, "hi", attachments=[PHOTO], groupInfo=group)))
    assert frame.kind is FrameKind.SKIPPED and frame.reason == "group"
    assert frame.stored == ("XyZ.jpg",)
    sync = {"sentMessage": {"timestamp": T, "message": "from our phone", "attachments": [VOICE]}}
    frame = read_frame(_raw({}, syncMessage=sync))
    assert frame.reason == "sync" and frame.stored == ("AbC.aac",)


@pytest.mark.parametrize(
    ("extra", "content"),
    [
        ({"contacts": [f.shared_contact("Wanjiru", "+254712345678")]}, ("contact",)),
        ({"pollCreate": f.poll_create("Which day?", ["Mon", "Tue"])}, ("poll",)),
        ({"payment": f.payment("thanks", b"\x01\x02")}, ("payment",)),
    ],
)
def test_content_without_text_or_file_is_a_message(
    extra: dict[str, Any], content: tuple[str, ...]
) -> None:
    frame = read_frame(_raw(f.data_message(T, **extra)))
    assert frame.kind is FrameKind.MESSAGE and frame.content == content
    assert frame.text is None and not frame.files


def test_an_old_signal_cli_empty_contacts_list_is_not_a_contact() -> None:
    # man/signal-cli-jsonrpc.5.adoc: "mentions":[],"attachments":[],"contacts":[]
    frame = read_frame(_raw(f.data_message(T, "foobar", mentions=[], attachments=[], contacts=[])))
    assert frame.kind is FrameKind.MESSAGE and frame.text == "foobar" and frame.content == ()


def test_a_message_with_nothing_in_it_is_skipped() -> None:
    frame = read_frame(_raw(f.data_message(T)))  # a profile key update looks like this
    assert frame.kind is FrameKind.SKIPPED and frame.reason == "empty"


def test_what_can_be_read_is_kept_and_the_rest_counted() -> None:
    data = f.data_message(T, "my story", attachments=[PHOTO, "garbage", {"width": 3}])
    frame = read_frame(_raw(data))
    assert frame.text == "my story" and [x.id for x in frame.files] == ["XyZ.jpg"]
    assert frame.damaged == 2


@pytest.mark.parametrize(
    "data",
    [
        "a string instead of an object",
        ["a", "list"],
        {"timestamp": T, "message": {"nested": True}},
        {"timestamp": T, "attachments": "nope", "sticker": 3},
    ],
)
def test_a_message_nothing_of_which_can_be_read_is_unreadable(data: object) -> None:
    frame = read_frame(_raw({}, dataMessage=data))
    assert frame.kind is FrameKind.MESSAGE and frame.sender == UUID and frame.damaged


def test_a_frame_without_a_timestamp_is_identified_by_its_content() -> None:
    envelope = f.envelope(NUMBER, UUID, T, dataMessage=f.data_message(T, "x"))
    envelope["timestamp"] = envelope["dataMessage"]["timestamp"] = None
    first = read_frame(json.dumps(f.frame(BOT, envelope)))
    again = read_frame(json.dumps(f.frame(BOT, envelope)))
    assert first.dedupe == again.dedupe and first.dedupe.startswith(f"{UUID}:frame-")


def test_the_sender_is_the_uuid_else_the_number_else_the_legacy_source() -> None:
    data = f.data_message(T, "x")
    no_uuid = read_frame(json.dumps(f.frame(BOT, f.envelope(NUMBER, None, T, dataMessage=data))))
    assert no_uuid.sender == NUMBER
    envelope = f.envelope(None, None, T, dataMessage=data)
    envelope["source"] = UUID
    assert read_frame(json.dumps(f.frame(BOT, envelope))).sender == UUID
    envelope["source"] = "not-an-address"
    nobody = read_frame(json.dumps(f.frame(BOT, envelope)))
    assert nobody.kind is FrameKind.NOTED and nobody.problem == UNRECOGNISED


def test_an_untrusted_identity_frame_is_counted_without_its_message() -> None:
    envelope = f.envelope(NUMBER, UUID, T)
    frame = read_frame(json.dumps(f.frame(BOT, envelope, f.untrusted_identity(UUID))))
    assert frame.kind is FrameKind.NOTED and frame.problem == IDENTITY_ERROR
    assert frame.reason == "UntrustedIdentityException"
    other = {"message": f"Invalid message from {NUMBER}", "type": "InvalidMessageException"}
    frame = read_frame(json.dumps(f.frame(BOT, envelope, other)))
    assert frame.problem == DECRYPT_ERROR and frame.reason == "InvalidMessageException"
    forged = {"message": "x", "type": f"{NUMBER} is here"}
    assert read_frame(json.dumps(f.frame(BOT, envelope, forged))).reason == "unknown"


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (json.dumps(f.service_error("Couldn't get receive channel")), SERVICE_ERROR),
        ("{not json", UNRECOGNISED),
        ("[1, 2]", UNRECOGNISED),
        ('{"account": "+4915112345678"}', UNRECOGNISED),
        ("[" * 100_000 + "]" * 100_000, UNRECOGNISED),
        (json.dumps(f.frame(BOT, {**f.envelope(NUMBER, UUID, T), "fooMessage": {}})), UNRECOGNISED),
    ],
)
def test_frames_that_are_no_message_are_only_counted(raw: str, problem: str) -> None:
    frame = read_frame(raw)
    assert frame.kind is FrameKind.NOTED and frame.problem == problem and frame.sender is None


def test_receipts_and_typing_are_skipped_quietly() -> None:
    receipt = read_frame(_raw({}, receiptMessage=f.receipt(T, [T - 5])))
    typing = read_frame(_raw({}, typingMessage=f.typing("STARTED", T)))
    assert (receipt.kind, receipt.reason) == (FrameKind.SKIPPED, "receipt")
    assert (typing.kind, typing.reason) == (FrameKind.SKIPPED, "typing")


def test_the_subscription_form_of_the_man_page_is_read_too() -> None:
    inner = f.frame(BOT, f.envelope(NUMBER, UUID, T, dataMessage=f.data_message(T, "j")))
    frame = read_frame(json.dumps({"subscription": 0, "result": inner}))
    assert frame.kind is FrameKind.MESSAGE and frame.text == "j"


def test_unsafe_attachment_ids_are_never_used() -> None:
    evil = f.attachment("../../etc/passwd", "image/jpeg", 10)
    frame = read_frame(_raw(f.data_message(T, attachments=[evil])))
    assert frame.files[0].id is None and frame.stored == ()
