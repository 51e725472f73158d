"""What in a signal-cli-rest-api websocket frame is a person writing to the bot.

Frames carry much more than messages: delivery and read receipts, typing,
calls, copies of what our own linked devices sent (sync), edits, reactions,
timer changes, group traffic. Only a person's own direct message reaches the
intake; the rest is skipped here, before any parsing or downloading.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flows.messages import AttachmentKind

LOGGED_SKIPS = frozenset({"group", "edit", "timer", "reaction", "delete"})
"""Skips worth an event in the log (without content); receipts and typing are not."""


def skip_reason(frame: Mapping[str, Any]) -> str | None:
    """Why ``frame`` is not a direct message for the intake, or None when it is one.

    Group messages are never handled as requests: case details must not be
    discussed in a group, and facilitator queues are configured separately.
    """
    envelope = frame.get("envelope")
    if not isinstance(envelope, Mapping):
        return "no-envelope"
    if envelope.get("syncMessage") is not None:
        return "sync"
    data = envelope.get("dataMessage")
    if not isinstance(data, Mapping):
        return "edit" if envelope.get("editMessage") is not None else "other"
    if data.get("groupInfo") is not None:
        return "group"
    if data.get("isExpirationUpdate"):
        return "timer"
    if data.get("reaction") is not None:
        return "reaction"
    if data.get("remoteDelete") is not None:
        return "delete"
    return None


def clean_mime(content_type: str | None) -> str:
    """``image/JPEG; x=y`` → ``image/jpeg``; unknown → ``application/octet-stream``."""
    mime = (content_type or "").split(";", 1)[0].strip().casefold()
    return mime if "/" in mime else "application/octet-stream"


def attachment_kind(mime: str) -> AttachmentKind:
    """Signal sends voice notes as ``audio/aac`` (or ``audio/mpeg``): all audio is a voice."""
    major = mime.split("/", 1)[0]
    return {
        "image": AttachmentKind.PHOTO,
        "audio": AttachmentKind.VOICE,
        "video": AttachmentKind.VIDEO,
    }.get(major, AttachmentKind.DOCUMENT)
