"""A Telegram update as a :class:`bot.transport.Received`, with its file downloaded.

Only private chats are served: group, supergroup and channel messages are
ignored (an event without content is logged), except the facilitator buttons
(``f:…``) of a region's queue announcement, which are passed on for the person
who pressed them with their private chat as the reply address. Every other update from a
person in a private chat becomes a ``Received``, even content the bot cannot
use (a location, a contact, a poll): those arrive with no text and no
attachment, and the engine answers with a hint, so nothing is dropped
silently.

Files are checked against the media policy before they are downloaded: a
sticker, an unaccepted type or a file above the size limit is passed on
without data and refused by the engine, without spending the bandwidth. A
download that keeps failing is passed on without data too; the engine then
asks the person to send the file again.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from telegram import Bot, Chat, Message, Update, User
from telegram.constants import ChatType, UpdateType
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot.logs import event
from bot.telegram.errors import retry_seconds
from bot.telegram.render import NUMBER_PREFIX
from bot.transport import Received
from flows.media_policy import refusal_reason
from flows.messages import Attachment, AttachmentKind, Channel
from flows.policy import Policy

log = logging.getLogger("cre.telegram")

ALLOWED_UPDATES: tuple[str, ...] = (UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY)
"""The updates the bot asks Telegram for, in polling and webhook mode alike."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """What one update means for the runtime.

    ``received`` is None for updates ignored on purpose. ``callback_id`` is set
    for button presses, which must be answered so the client stops its spinner.
    """

    update_id: int
    received: Received | None
    callback_id: str | None = None


@dataclass(frozen=True, slots=True)
class _FileRef:
    kind: AttachmentKind
    mime: str
    file_id: str | None
    size: int | None
    name: str | None = None


class Converter:
    """Converts updates; never raises, so one odd update cannot stall the others."""

    def __init__(
        self,
        bot: Bot,
        policy: Policy,
        download_attempts: int = 3,
        download_timeout: float = 60.0,
        retry_pause: float = 1.0,
    ) -> None:
        self.bot = bot
        self.policy = policy
        self.download_attempts = max(1, download_attempts)
        self.download_timeout = download_timeout
        self.retry_pause = retry_pause

    async def convert(self, update: Update) -> Incoming:
        try:
            return await self._convert(update)
        except Exception as exc:  # a bug here must not lose the person's message
            event(log, "telegram.convert_error", logging.ERROR, error=type(exc).__name__)
            return self._fallback(update)

    def _fallback(self, update: Update) -> Incoming:
        user, chat = update.effective_user, update.effective_chat
        callback = update.callback_query.id if update.callback_query else None
        if user is None or chat is None or chat.type != ChatType.PRIVATE:
            return Incoming(update.update_id, None, callback)
        received = Received(
            channel=Channel.TELEGRAM,
            user_id=str(user.id),
            address=str(chat.id),
            dedupe=str(update.update_id),
            locale_hint=user.language_code,
        )
        return Incoming(update.update_id, received, callback)

    async def _convert(self, update: Update) -> Incoming:
        if update.callback_query is not None:
            return self._callback(update)
        message = update.message
        if message is None:
            return _ignored(update, "update-type")
        user = message.from_user
        if user is None:
            return _ignored(update, "no-sender")
        if message.chat.type != ChatType.PRIVATE:
            return _ignored(update, "group")
        attachment = await self._attachment(message)
        text = message.text if message.text is not None else message.caption
        return Incoming(
            update.update_id,
            _received(update, user, message.chat, text=text, attachment=attachment),
        )

    def _callback(self, update: Update) -> Incoming:
        query = update.callback_query
        assert query is not None
        chat = query.message.chat if query.message is not None else None
        if chat is not None and chat.type != ChatType.PRIVATE:
            if not (query.data or "").startswith(WORKSPACE_PREFIX):
                return _ignored(update, "group", query.id)
            # A button of a queue announcement: act for whoever pressed it, and answer
            # them privately (the service writes to facilitators at their registered
            # chat anyway); nothing about the case is ever posted back to the group.
            chat = None
        data = query.data
        text: str | None = None
        if data is not None and data.startswith(NUMBER_PREFIX) and data[1:].isdigit():
            text, data = data[1:], None
        received = _received(update, query.from_user, chat, text=text, choice=data)
        return Incoming(update.update_id, received, query.id)

    # ----- files ------------------------------------------------------------------

    async def _attachment(self, message: Message) -> Attachment | None:
        ref = _file_ref(message)
        if ref is None:
            return None
        size = ref.size or 0
        probe = Attachment(ref.kind, ref.mime, size, b"", ref.name)
        if ref.file_id is None or refusal_reason(probe, self.policy) is not None:
            return Attachment(ref.kind, ref.mime, size, None, ref.name)
        data, size = await self._download(ref.file_id, size)
        return Attachment(ref.kind, ref.mime, size, data, ref.name)

    async def _download(self, file_id: str, size: int) -> tuple[bytes | None, int]:
        """The file's bytes (None when unavailable or too big) and its best known size."""
        limit = self.policy.max_file_bytes
        for attempt in range(1, self.download_attempts + 1):
            try:
                async with asyncio.timeout(self.download_timeout):
                    tg_file = await self.bot.get_file(file_id)
                    size = tg_file.file_size or size
                    if size > limit:
                        return None, size
                    data = bytes(await tg_file.download_as_bytearray())
                return (data if len(data) <= limit else None), len(data)
            except BadRequest as exc:
                if "too big" in exc.message.casefold():  # above what the Bot API serves
                    return None, max(size, limit + 1)
                event(log, "telegram.download_failed", logging.WARNING, error="BadRequest")
                return None, size
            except (TelegramError, OSError, RuntimeError, TimeoutError) as exc:
                event(
                    log,
                    "telegram.download_failed",
                    logging.WARNING,
                    error=type(exc).__name__,
                    attempts=attempt,
                )
                if attempt < self.download_attempts:
                    pause = self.retry_pause * attempt
                    if isinstance(exc, RetryAfter):
                        pause = max(pause, retry_seconds(exc))
                    await asyncio.sleep(min(pause, 30.0))
        return None, size


WORKSPACE_PREFIX = "f:"


def _received(
    update: Update,
    user: User,
    chat: Chat | None,
    text: str | None = None,
    choice: str | None = None,
    attachment: Attachment | None = None,
) -> Received:
    return Received(
        channel=Channel.TELEGRAM,
        user_id=str(user.id),
        address=str(chat.id if chat is not None else user.id),
        dedupe=str(update.update_id),
        text=text,
        choice=choice,
        attachment=attachment,
        locale_hint=user.language_code,
    )


def _ignored(update: Update, why: str, callback_id: str | None = None) -> Incoming:
    event(log, "telegram.ignored", status=why)
    return Incoming(update.update_id, None, callback_id)


def _file_ref(message: Message) -> _FileRef | None:
    """The file in ``message``, if any; the largest size of a photo."""
    if message.sticker is not None:
        sticker = message.sticker
        mime = (
            "video/webm"
            if sticker.is_video
            else "application/x-tgsticker"
            if sticker.is_animated
            else "image/webp"
        )
        return _FileRef(AttachmentKind.STICKER, mime, None, sticker.file_size)
    if message.animation is not None:
        animation = message.animation
        mime = animation.mime_type or "video/mp4"
        return _FileRef(AttachmentKind.OTHER, mime, None, animation.file_size)
    if message.photo:
        photo = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))
        return _FileRef(AttachmentKind.PHOTO, "image/jpeg", photo.file_id, photo.file_size)
    if message.document is not None:
        doc = message.document
        mime = doc.mime_type or "application/octet-stream"
        return _FileRef(AttachmentKind.DOCUMENT, mime, doc.file_id, doc.file_size, doc.file_name)
    if message.voice is not None:
        voice = message.voice
        return _FileRef(
            AttachmentKind.VOICE, voice.mime_type or "audio/ogg", voice.file_id, voice.file_size
        )
    if message.audio is not None:
        audio = message.audio
        mime = audio.mime_type or "audio/mpeg"
        return _FileRef(AttachmentKind.AUDIO, mime, audio.file_id, audio.file_size, audio.file_name)
    if message.video is not None:
        video = message.video
        mime = video.mime_type or "video/mp4"
        return _FileRef(AttachmentKind.VIDEO, mime, video.file_id, video.file_size, video.file_name)
    if message.video_note is not None:
        note = message.video_note
        return _FileRef(AttachmentKind.VIDEO, "video/mp4", note.file_id, note.file_size)
    return None
