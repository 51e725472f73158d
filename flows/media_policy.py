"""Which files the bot keeps: evidence yes, anything else politely refused.

Kept small on purpose: the files are sealed and stored for people at risk,
so only kinds a facilitator can use are accepted, within a size limit.
"""

from __future__ import annotations

from flows.messages import Attachment, AttachmentKind
from flows.policy import Policy

ALLOWED_KINDS = frozenset(
    {
        AttachmentKind.PHOTO,
        AttachmentKind.DOCUMENT,
        AttachmentKind.VOICE,
        AttachmentKind.AUDIO,
        AttachmentKind.VIDEO,
    }
)

ALLOWED_MIME = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/heic",
        "application/pdf",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/msword",
        "application/vnd.oasis.opendocument.text",
        "audio/ogg",
        "audio/mpeg",
        "audio/mp4",
        "audio/aac",
        "audio/x-m4a",
        "audio/wav",
        "audio/amr",
        "video/mp4",
        "video/3gpp",
    }
)


def refusal_reason(attachment: Attachment, policy: Policy) -> str | None:
    """The message id explaining why a file is refused, or None when it is accepted."""
    if attachment.kind is AttachmentKind.STICKER:
        return "file-sticker"
    if attachment.kind not in ALLOWED_KINDS or attachment.mime.casefold() not in ALLOWED_MIME:
        return "file-type-refused"
    if attachment.size > policy.max_file_bytes or (
        attachment.data is not None and len(attachment.data) > policy.max_file_bytes
    ):
        return "file-too-big"
    if attachment.data is None:
        return "file-unavailable"
    return None
