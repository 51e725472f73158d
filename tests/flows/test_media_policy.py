"""What a file is comes from its bytes (issue 9 item 18); the declared type is a hint."""

from __future__ import annotations

import pytest

from flows.core.messages import Attachment, AttachmentKind
from flows.core.policy import Policy
from flows.engine.media import ALLOWED_MIME, as_kept, keep_refusal, refusal_reason, sniff
from tests.support.transcript import SAMPLES

KEPT = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "heic": "image/heic",
    "pdf": "application/pdf",
    "ogg": "audio/ogg",
    "mp3": "audio/mpeg",
    "mp3-frame": "audio/mpeg",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "m4a": "audio/mp4",
    "3gp": "video/3gpp",
    "aac": "audio/aac",
    "wav": "audio/wav",
    "amr": "audio/amr",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_allowed_content_is_recognised_whatever_was_declared(name: str) -> None:
    for declared in ("", "application/octet-stream", "video/quicktime", "image/jpeg"):
        assert sniff(SAMPLES[name], declared) == KEPT[name]
    assert KEPT[name] in ALLOWED_MIME


@pytest.mark.parametrize("name", ["exe", "elf", "script", "binary", "zip"])
def test_programs_and_unknown_binaries_are_refused(name: str) -> None:
    for declared in ("", "image/jpeg", "application/pdf", "text/plain"):
        assert sniff(SAMPLES[name], declared) is None


def test_text_is_believed_only_where_text_or_nothing_was_declared() -> None:
    text = SAMPLES["text"]
    assert sniff(text, "text/x-signal-plain") == "text/plain"  # a Signal long message
    assert sniff(text, "") == "text/plain"
    assert sniff(text, "application/octet-stream") == "text/plain"
    assert sniff(text, "image/jpeg") is None
    assert sniff(b"\x00\x01 not text", "text/plain") is None
    assert sniff(b"caf\xe9", "text/plain") is None  # not UTF-8


def test_an_audio_only_mp4_follows_the_hint() -> None:
    mp4 = SAMPLES["mp4"]
    assert sniff(mp4, "audio/mp4") == "audio/mp4"
    assert sniff(mp4, "video/mp4") == "video/mp4"


def test_before_download_only_kind_size_and_never_kept_declarations_count() -> None:
    policy = Policy()
    probe = Attachment(AttachmentKind.VIDEO, "video/quicktime", 5000, b"")
    assert refusal_reason(probe, policy) is None  # worth downloading
    assert keep_refusal(probe, policy) == "file-unavailable"  # but an empty file is no file
    zipped = Attachment(AttachmentKind.DOCUMENT, "application/zip", 50, b"")
    assert refusal_reason(zipped, policy) == "file-type-refused"
    big = Attachment(AttachmentKind.DOCUMENT, "", policy.max_file_bytes + 1, b"")
    assert refusal_reason(big, policy) == "file-too-big"


def test_a_kept_file_carries_the_type_its_bytes_show() -> None:
    declared = Attachment(AttachmentKind.AUDIO, "audio/mpeg3", 10, SAMPLES["mp3"])
    assert as_kept(declared).mime == "audio/mpeg"
    assert keep_refusal(declared, Policy()) is None
    broken_zip = Attachment(AttachmentKind.DOCUMENT, "", 10, b"PK\x03\x04garbage")
    assert keep_refusal(broken_zip, Policy()) == "file-type-refused"
