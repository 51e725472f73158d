"""Read a signal-cli-rest-api websocket frame tolerantly: take what it holds, never fail.

signalbot's own parser validates frames against a strict model (2.2.1
requires ``isVoiceNote`` on every attachment, which signal-cli's
``JsonAttachment`` did not write before 2026), so one unexpected field loses
a whole message that signal-cli-rest-api never sends again. This reader
knows the shapes signal-cli writes (its ``src/main/java/org/asamk/signal/json``
records, wrapped by ``JsonReceiveMessageHandler`` as ``{"account",
"envelope", "exception"?}``) and the ``{"error": …}`` frames of
signal-cli-rest-api (``src/api/api.go``, ``handleSignalReceive``), and reads
each field on its own: a field of the wrong type is counted as ``damaged`` and
the rest is still used.

Contract: :func:`read_frame` never raises. Its :class:`Frame` says what the
frame is (a message, something to skip, or something only to count), and
lists every file signal-cli stored for it (``stored``), so the caller can
delete them all, whatever happens to the message.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.signal.inbound import UNKNOWN, clean_mime, skip_reason, valid_address

IDENTITY_ERROR = "identity-error"
DECRYPT_ERROR = "decrypt-error"
SERVICE_ERROR = "service-error"
UNRECOGNISED = "unrecognised-frame"
"""The kinds passed to the transport's ``note`` (content-free counts)."""

UNTRUSTED = "UntrustedIdentityException"
"""signal-cli's ``JsonError.type`` when a sender's safety number changed."""

_FILE_ID = re.compile(r"[A-Za-z0-9_=-][A-Za-z0-9_.=-]{0,199}")
_CLASS_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]{0,79}")
_MAX_DEPTH = 12


class FrameKind(StrEnum):
    MESSAGE = "message"
    """A person's direct message: hand it to the intake."""
    SKIPPED = "skipped"
    """Not for the intake (receipts, groups, our own sync copies…); ``reason`` says which."""
    NOTED = "noted"
    """Nothing to hand on, only ``problem`` to count (an error frame, an unknown frame)."""


@dataclass(frozen=True, slots=True)
class SignalFile:
    """One ``JsonAttachment`` of a message. ``id`` is None when the service holds no copy."""

    id: str | None
    mime: str
    name: str | None = None
    size: int | None = None
    voice_note: bool | None = None


@dataclass(frozen=True, slots=True)
class Frame:
    """What one frame holds. Only ``MESSAGE`` frames have a ``sender`` and ``dedupe``.

    ``content`` names what was sent without text or file (``contact``,
    ``poll``, ``payment``); ``damaged`` counts the parts that could not be read;
    ``problem`` is a :data:`note` kind to count (it may come with a message);
    ``reason`` is the skip reason or the error's class name.
    """

    kind: FrameKind
    reason: str | None = None
    problem: str | None = None
    sender: str | None = None
    dedupe: str = ""
    text: str | None = None
    files: tuple[SignalFile, ...] = ()
    sticker: bool = False
    content: tuple[str, ...] = ()
    damaged: int = 0
    stored: tuple[str, ...] = ()


def read_frame(raw: str | bytes) -> Frame:
    """``raw`` as a :class:`Frame`; see the module contract."""
    try:
        frame = json.loads(raw)
    except (ValueError, RecursionError):
        return Frame(FrameKind.NOTED, problem=UNRECOGNISED)
    if not isinstance(frame, dict):
        return Frame(FrameKind.NOTED, problem=UNRECOGNISED)
    result = frame.get("result")
    if "envelope" not in frame and isinstance(result, dict) and "envelope" in result:
        frame = result  # the subscription form of man/signal-cli-jsonrpc.5.adoc
    envelope = frame.get("envelope")
    if not isinstance(envelope, dict):
        return Frame(FrameKind.NOTED, problem=SERVICE_ERROR if "error" in frame else UNRECOGNISED)
    stored = tuple(dict.fromkeys(_stored_files(envelope, 0)))
    problem, reason = _exception(frame.get("exception"))
    skip = skip_reason(frame)
    if skip is not None:
        if skip == UNKNOWN:
            problem = problem or UNRECOGNISED
            return Frame(FrameKind.NOTED, reason=reason, problem=problem, stored=stored)
        return Frame(FrameKind.SKIPPED, reason=skip, problem=problem, stored=stored)
    sender = _sender(envelope)
    if sender is None:
        return Frame(FrameKind.NOTED, reason=reason, problem=problem or UNRECOGNISED, stored=stored)
    message = _read_data(envelope.get("dataMessage"))
    readable = message.text or message.files or message.sticker or message.content
    if not readable and not message.damaged:
        return Frame(FrameKind.SKIPPED, reason="empty", problem=problem, stored=stored)
    return Frame(
        FrameKind.MESSAGE,
        reason=reason,
        problem=problem,
        sender=sender,
        dedupe=f"{sender}:{_timestamp(envelope, raw)}",
        text=message.text,
        files=message.files,
        sticker=message.sticker,
        content=message.content,
        damaged=message.damaged,
        stored=stored,
    )


@dataclass(slots=True)
class _Message:
    text: str | None = None
    files: tuple[SignalFile, ...] = ()
    sticker: bool = False
    content: tuple[str, ...] = ()
    damaged: int = 0


def _read_data(data: Any) -> _Message:
    """The readable parts of a ``JsonDataMessage``."""
    message = _Message()
    if not isinstance(data, Mapping):
        message.damaged = 1
        return message
    text = data.get("message")
    if isinstance(text, str):
        message.text = text
    elif text is not None:
        message.damaged += 1
    entries = data.get("attachments")
    if isinstance(entries, list):
        files = [_file(entry) for entry in entries]
        message.files = tuple(f for f in files if f is not None)
        message.damaged += files.count(None)
    elif entries is not None:
        message.damaged += 1
    sticker = data.get("sticker")
    if isinstance(sticker, Mapping):
        message.sticker = True
    elif sticker is not None:
        message.damaged += 1
    content: list[str] = []
    if data.get("contacts"):  # signal-cli before 0.10 wrote an empty list every time
        content.append("contact")
    if data.get("pollCreate") is not None:
        content.append("poll")
    if data.get("payment") is not None:
        content.append("payment")
    message.content = tuple(content)
    return message


def _file(entry: Any) -> SignalFile | None:
    """A ``JsonAttachment``; None when it says neither what nor where the file is."""
    if not isinstance(entry, Mapping):
        return None
    file_id = _file_id(entry.get("id"))
    content_type = entry.get("contentType")
    if not isinstance(content_type, str):
        content_type = None
    if file_id is None and content_type is None:
        return None
    name = entry.get("filename")
    size = entry.get("size")
    voice = entry.get("isVoiceNote")
    return SignalFile(
        id=file_id,
        mime=clean_mime(content_type),
        name=name if isinstance(name, str) and name else None,
        size=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None,
        voice_note=voice if isinstance(voice, bool) else None,
    )


def _file_id(value: Any) -> str | None:
    """An attachment id safe to put in a URL path (signal-cli's are a key plus an extension)."""
    if isinstance(value, str) and _FILE_ID.fullmatch(value):
        return value
    return None


def _stored_files(node: Any, depth: int) -> Iterator[str]:
    """Every attachment id anywhere in the envelope: files, long texts, link-preview images,
    quote thumbnails, contact avatars, story files, our linked devices' files (signal-cli
    downloads them all, ``IncomingMessageHandler``)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, Mapping):
        if "contentType" in node:
            file_id = _file_id(node.get("id"))
            if file_id is not None:
                yield file_id
        for value in node.values():
            if isinstance(value, Mapping | list):
                yield from _stored_files(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _stored_files(value, depth + 1)


def _sender(envelope: Mapping[str, Any]) -> str | None:
    """The account to answer: its UUID, else its number (``source`` is the legacy field)."""
    for key in ("sourceUuid", "sourceNumber", "source"):
        value = envelope.get(key)
        if isinstance(value, str) and valid_address(value):
            return value
    return None


def _timestamp(envelope: Mapping[str, Any], raw: str | bytes) -> str:
    """The sender's timestamp, which with the sender identifies the message; without one, a
    digest of the frame, so that the same frame seen twice is still stored once."""
    data = envelope.get("dataMessage")
    for value in (envelope.get("timestamp"), isinstance(data, Mapping) and data.get("timestamp")):
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return str(value)
    body = raw.encode() if isinstance(raw, str) else raw
    return "frame-" + hashlib.sha256(body).hexdigest()[:32]


def _exception(value: Any) -> tuple[str | None, str | None]:
    """The note kind and class name of signal-cli's ``JsonError`` (its message names people)."""
    if value is None:
        return None, None
    kind = value.get("type") if isinstance(value, Mapping) else None
    name = kind if isinstance(kind, str) and _CLASS_NAME.fullmatch(kind) else "unknown"
    return (IDENTITY_ERROR if name == UNTRUSTED else DECRYPT_ERROR), name
