"""JSON forms of inbound messages, for the (sealed) inbox."""

from __future__ import annotations

import base64
from typing import Any

from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound


def inbound_to_json(message: Inbound) -> dict[str, Any]:
    attachment = message.attachment
    return {
        "sender": message.sender,
        "channel": message.channel.value,
        "text": message.text,
        "choice": message.choice,
        "locale_hint": message.locale_hint,
        "forwarded": message.forwarded,
        "album": message.album,
        "unreadable": message.unreadable,
        "attachment": None
        if attachment is None
        else {
            "kind": attachment.kind.value,
            "mime": attachment.mime,
            "size": attachment.size,
            "name": attachment.name,
            "data": None if attachment.data is None else base64.b64encode(attachment.data).decode(),
        },
    }


def inbound_from_json(data: dict[str, Any]) -> Inbound:
    raw = data.get("attachment")
    attachment = None
    if raw is not None:
        attachment = Attachment(
            kind=AttachmentKind(raw["kind"]),
            mime=raw["mime"],
            size=int(raw["size"]),
            data=None if raw["data"] is None else base64.b64decode(raw["data"]),
            name=raw.get("name"),
        )
    return Inbound(
        sender=data["sender"],
        channel=Channel(data["channel"]),
        text=data.get("text"),
        choice=data.get("choice"),
        attachment=attachment,
        locale_hint=data.get("locale_hint"),
        forwarded=bool(data.get("forwarded")),
        album=data.get("album"),
        unreadable=bool(data.get("unreadable")),
    )
