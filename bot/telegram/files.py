"""Which file a message carries, and whether it is worth downloading.

The decision before download uses only what cannot be faked by a client's
labelling: the kind of file (a sticker or a GIF is never kept) and its
announced size. The MIME type a client declares is passed on as is
(``application/octet-stream`` when absent): real clients send
``video/quicktime``, ``audio/mpeg3`` or nothing at all, and the media policy
decides by the file's content once it is downloaded.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message

from bot.sanitize import clean_optional
from flows.core.messages import AttachmentKind
from flows.core.policy import Policy
from flows.engine.media import ALLOWED_KINDS

UNKNOWN_MIME = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A file as the update announces it; ``size`` is 0 when not announced."""

    kind: AttachmentKind
    mime: str
    file_id: str | None
    size: int
    name: str | None = None


def worth_downloading(ref: FileRef, policy: Policy) -> bool:
    """False for kinds never kept and files announced above the size limit."""
    if ref.file_id is None or ref.kind not in ALLOWED_KINDS:
        return False
    return ref.size <= policy.max_file_bytes


def file_ref(message: Message) -> FileRef | None:
    """The file in ``message``, if any; for a photo, its largest size."""
    if message.sticker is not None:
        sticker = message.sticker
        mime = (
            "video/webm"
            if sticker.is_video
            else "application/x-tgsticker"
            if sticker.is_animated
            else "image/webp"
        )
        return FileRef(AttachmentKind.STICKER, mime, None, sticker.file_size or 0)
    if message.animation is not None:
        animation = message.animation
        return FileRef(
            AttachmentKind.OTHER, _mime(animation.mime_type), None, animation.file_size or 0
        )
    if message.photo:
        photo = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        # a photo is always re-encoded by Telegram as JPEG (Bot API docs, PhotoSize)
        return FileRef(AttachmentKind.PHOTO, "image/jpeg", photo.file_id, photo.file_size or 0)
    if message.document is not None:
        doc = message.document
        return FileRef(
            AttachmentKind.DOCUMENT,
            _mime(doc.mime_type),
            doc.file_id,
            doc.file_size or 0,
            clean_optional(doc.file_name),
        )
    if message.voice is not None:
        voice = message.voice
        return FileRef(
            AttachmentKind.VOICE, _mime(voice.mime_type), voice.file_id, voice.file_size or 0
        )
    if message.audio is not None:
        audio = message.audio
        return FileRef(
            AttachmentKind.AUDIO,
            _mime(audio.mime_type),
            audio.file_id,
            audio.file_size or 0,
            clean_optional(audio.file_name),
        )
    if message.video is not None:
        video = message.video
        return FileRef(
            AttachmentKind.VIDEO,
            _mime(video.mime_type),
            video.file_id,
            video.file_size or 0,
            clean_optional(video.file_name),
        )
    if message.video_note is not None:
        note = message.video_note
        # video notes carry no mime_type in the Bot API; they are always MPEG4
        return FileRef(AttachmentKind.VIDEO, "video/mp4", note.file_id, note.file_size or 0)
    return None


def _mime(declared: str | None) -> str:
    """The declared MIME type as is (cleaned), or ``application/octet-stream``."""
    return clean_optional(declared) or UNKNOWN_MIME
