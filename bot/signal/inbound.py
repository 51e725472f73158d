"""What in a signal-cli-rest-api websocket frame is a person writing to the bot.

Frames carry much more than messages: delivery and read receipts, typing,
calls, copies of what our own linked devices sent (sync), edits, reactions,
timer changes, polls votes, pins, group traffic. Only a person's own direct
message reaches the intake; the rest is skipped here, before any downloading.
The key names are signal-cli's (``src/main/java/org/asamk/signal/json/
JsonMessageEnvelope.java`` and ``JsonDataMessage.java``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from flows.core.messages import AttachmentKind

LOGGED_SKIPS = frozenset(
    {"group", "edit", "timer", "reaction", "delete", "story", "poll-vote", "pin", "empty"}
)
"""Skips worth an event in the log (without content); receipts and typing are not."""

UNKNOWN = "unknown"
"""The skip reason of an envelope that holds none of the parts signal-cli writes."""

_NOT_MESSAGES = (
    ("editMessage", "edit"),
    ("storyMessage", "story"),
    ("receiptMessage", "receipt"),
    ("typingMessage", "typing"),
    ("callMessage", "call"),
)
_DATA_SKIPS = (
    ("groupInfo", "group"),
    ("storyContext", "story"),
    ("isExpirationUpdate", "timer"),
    ("reaction", "reaction"),
    ("remoteDelete", "delete"),
    ("adminDelete", "delete"),
    ("pollVote", "poll-vote"),
    ("pollTerminate", "poll-vote"),
    ("pinMessage", "pin"),
    ("unpinMessage", "pin"),
)


def skip_reason(frame: Mapping[str, Any]) -> str | None:
    """Why ``frame`` is not a direct message for the intake, or None when it is one.

    A ``dataMessage`` that is not even an object is still a message (a damaged
    one, see :mod:`bot.signal.envelope`). Group messages are never handled as
    requests: case details must not be discussed in a group, and facilitator
    queues are configured separately.
    """
    envelope = frame.get("envelope")
    if not isinstance(envelope, Mapping):
        return "no-envelope"
    if envelope.get("syncMessage") is not None:
        return "sync"
    data = envelope.get("dataMessage")
    if data is None:
        for key, reason in _NOT_MESSAGES:
            if envelope.get(key) is not None:
                return reason
        return UNKNOWN
    if not isinstance(data, Mapping):
        return None
    for key, reason in _DATA_SKIPS:
        if data.get(key) not in (None, False):
            return reason
    return None


def valid_address(address: str) -> bool:
    """A Signal UUID or an international phone number (what ``send`` can reach)."""
    if address.startswith("+"):
        return address[1:].isdigit() and 7 <= len(address) <= 16
    try:
        uuid.UUID(address)
    except ValueError:
        return False
    return True


def clean_mime(content_type: str | None) -> str:
    """``image/JPEG; x=y`` → ``image/jpeg``; unknown → ``application/octet-stream``."""
    mime = (content_type or "").split(";", 1)[0].strip().casefold()
    return mime if "/" in mime else "application/octet-stream"


def attachment_kind(mime: str, voice_note: bool | None = None) -> AttachmentKind:
    """The kind of a file from its MIME type and, when signal-cli says so, its voice flag.

    Only signal-cli releases from 2026 write ``isVoiceNote``; before, Signal's
    voice notes (``audio/aac``) are recognisable only by being audio, so audio
    is a voice note unless the flag says otherwise.
    """
    major = mime.split("/", 1)[0]
    if major == "audio":
        return AttachmentKind.AUDIO if voice_note is False else AttachmentKind.VOICE
    return {
        "image": AttachmentKind.PHOTO,
        "video": AttachmentKind.VIDEO,
    }.get(major, AttachmentKind.DOCUMENT)
