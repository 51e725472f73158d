"""Websocket frames as signal-cli-rest-api (json-rpc mode) pushes them, field by field.

Sources (read, not copied), cited next to each shape:

- signal-cli (AsamK/signal-cli), ``src/main/java/org/asamk/signal/json/*.java``:
  records serialised by Jackson with its default inclusion (``Util.
  createJsonObjectMapper``), so a field is written as ``null`` unless the
  record marks it ``@JsonInclude(NON_NULL)``; ``byte[]`` becomes base64.
- signal-cli's ``JsonReceiveMessageHandler.java``: a received message is
  ``{"account", "exception"?, "envelope"}``; ``man/signal-cli-jsonrpc.5.adoc``
  shows them as the ``params`` of a ``receive`` notification.
- signal-cli-rest-api (bbernhard/signal-cli-rest-api), ``src/api/api.go``
  ``handleSignalReceive``: writes those ``params`` to the websocket as they are,
  or ``{"error": "<message>"}`` when signal-cli reported a JSON-RPC error.

Attachments have **no** ``isVoiceNote``: ``JsonAttachment.java`` has never
written one up to signal-cli's July 2026 sources; ``voice_note=`` adds it only
to imitate a release that would (signalbot 2.2.1's model requires it).
"""

from __future__ import annotations

import base64
from typing import Any

Json = dict[str, Any]


def frame(account: str, envelope: Json, exception: Json | None = None) -> Json:
    """``JsonReceiveMessageHandler.handleMessage``: account, exception if any, envelope."""
    out: Json = {"account": account}
    if exception is not None:
        out["exception"] = exception
    out["envelope"] = envelope
    return out


def service_error(message: str) -> Json:
    """signal-cli-rest-api ``api.go`` ``handleSignalReceive``: ``Error{Msg}`` → ``{"error"}``."""
    return {"error": message}


def envelope(
    number: str | None,
    uuid_: str | None,
    timestamp: int,
    name: str | None = "Test Person",
    **part: Json,
) -> Json:
    """``JsonMessageEnvelope``: ``source`` (deprecated: the legacy identifier, the number if
    known), ``sourceNumber``, ``sourceUuid``, ``sourceName``, ``sourceDevice``, the three
    timestamps, always written; then the one NON_NULL part given (``dataMessage=…``,
    ``syncMessage=…``, ``receiptMessage=…``, ``typingMessage=…``, ``editMessage=…``…)."""
    known = number is not None or uuid_ is not None
    return {
        "source": number or uuid_,
        "sourceNumber": number,
        "sourceUuid": uuid_,
        "sourceName": name if known else None,
        "sourceDevice": 1 if known else None,
        "timestamp": timestamp,
        "serverReceivedTimestamp": timestamp + 40,
        "serverDeliveredTimestamp": timestamp + 45,
        **part,
    }


def data_message(timestamp: int, message: str | None = None, **extra: Any) -> Json:
    """``JsonDataMessage``: ``timestamp``, ``message``, ``expiresInSeconds`` always written;
    ``isExpirationUpdate`` and ``viewOnce`` are NON_NULL but come from primitive booleans,
    so they are always there too; lists (``attachments``, ``previews``, ``contacts``,
    ``mentions``…) and objects (``quote``, ``sticker``, ``payment``, ``pollCreate``…) only
    when present."""
    return {
        "timestamp": timestamp,
        "message": message,
        "expiresInSeconds": 0,
        "isExpirationUpdate": False,
        "viewOnce": False,
        **extra,
    }


def attachment(
    file_id: str | None,
    content_type: str,
    size: int | None,
    *,
    filename: str | None = None,
    width: int | None = None,
    height: int | None = None,
    caption: str | None = None,
    upload_timestamp: int | None = None,
    voice_note: bool | None = None,
) -> Json:
    """``JsonAttachment``: ``contentType``, ``filename``, ``id``, ``size``, ``width``,
    ``height``, ``caption``, ``uploadTimestamp``, every one always written (null when
    unknown; ``id`` is the file's name in signal-cli's attachments folder)."""
    entry: Json = {
        "contentType": content_type,
        "filename": filename,
        "id": file_id,
        "size": size,
        "width": width,
        "height": height,
        "caption": caption,
        "uploadTimestamp": upload_timestamp,
    }
    if voice_note is not None:
        entry["isVoiceNote"] = voice_note  # only in a release that writes it (see module doc)
    return entry


def preview(url: str, title: str, image: Json | None) -> Json:
    """``JsonPreview``: ``url``, ``title``, ``description``, ``image`` (a ``JsonAttachment``
    that signal-cli downloads, ``IncomingMessageHandler``), all always written."""
    return {"url": url, "title": title, "description": None, "image": image}


def quote(
    quoted_timestamp: int, author_number: str | None, author_uuid: str, text: str, thumbnail: Json
) -> Json:
    """``JsonQuote``: ``id`` (the quoted message's timestamp), ``author`` (deprecated),
    ``authorNumber``, ``authorUuid``, ``text``, ``attachments`` (always a list) of
    ``JsonQuotedAttachment`` (``contentType``, ``filename``, NON_NULL ``thumbnail``)."""
    return {
        "id": quoted_timestamp,
        "author": author_number or author_uuid,
        "authorNumber": author_number,
        "authorUuid": author_uuid,
        "text": text,
        "attachments": [
            {"contentType": "image/jpeg", "filename": None, "thumbnail": thumbnail},
        ],
    }


def shared_contact(given: str, phone: str, avatar: Json | None = None) -> Json:
    """``JsonSharedContact``: ``name`` (``JsonContactName``: nickname, given, family, prefix,
    suffix, middle, all written), NON_NULL ``avatar`` (``JsonContactAvatar``: attachment,
    isProfile), NON_NULL ``phone`` (``JsonContactPhone``: value, type as the enum name,
    label), ``organization``."""
    contact: Json = {
        "name": {
            "nickname": None,
            "given": given,
            "family": None,
            "prefix": None,
            "suffix": None,
            "middle": None,
        },
        "phone": [{"value": phone, "type": "MOBILE", "label": None}],
        "organization": None,
    }
    if avatar is not None:
        contact["avatar"] = {"attachment": avatar, "isProfile": False}
    return contact


def poll_create(question: str, options: list[str]) -> Json:
    """``JsonPollCreate``: ``question``, ``allowMultiple``, ``options`` (since Nov. 2025)."""
    return {"question": question, "allowMultiple": False, "options": options}


def payment(note: str, receipt: bytes) -> Json:
    """``JsonPayment``: ``note`` and ``receipt`` (``byte[]``, which Jackson writes as base64)."""
    return {"note": note, "receipt": base64.b64encode(receipt).decode()}


def sticker(pack_id_hex: str, sticker_id: int) -> Json:
    """``JsonSticker``: ``packId`` (hex, ``Hex.toStringCondensed``), ``stickerId``."""
    return {"packId": pack_id_hex, "stickerId": sticker_id}


def untrusted_identity(sender: str) -> Json:
    """``JsonError.from(UntrustedIdentityException)``: its message and simple class name
    (``lib/.../manager/api/UntrustedIdentityException.java``: "Untrusted identity: <id>")."""
    return {"message": f"Untrusted identity: {sender}", "type": "UntrustedIdentityException"}


def receipt(when: int, timestamps: list[int]) -> Json:
    """``JsonReceiptMessage``: when, isDelivery, isRead, isViewed, timestamps."""
    return {
        "when": when,
        "isDelivery": True,
        "isRead": False,
        "isViewed": False,
        "timestamps": timestamps,
    }


def typing(action: str, timestamp: int) -> Json:
    """``JsonTypingMessage``: ``action`` (STARTED/STOPPED), ``timestamp``, NON_NULL ``groupId``."""
    return {"action": action, "timestamp": timestamp}
