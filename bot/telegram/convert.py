"""A Telegram update as a :class:`bot.transport.Received`, with its file downloaded.

Only private chats are served: group, supergroup and channel messages are
ignored (an event without content is logged), except the facilitator buttons
(``f:…``) of a region's queue announcement, which are passed on for the person
who pressed them with their private chat as the reply address. Every other
message from a person in a private chat becomes a ``Received``, even content
the bot cannot use (a location, a contact, a poll): those arrive with no text
and no attachment, and the engine answers with a hint, so nothing is dropped
silently. Update types we never asked for (edits, ``my_chat_member``…) are
ignored and confirmed.

Every string taken from the update is cleaned of lone surrogates
(:mod:`bot.sanitize`). A forwarded message (``forward_origin``, the
legacy ``forward_*`` fields of older Bot API servers, or an automatic forward)
is marked ``forwarded``, so its text is content, never a command; an album's
``media_group_id`` is passed on as ``album``.

Files are checked before they are downloaded by kind and announced size only
(:mod:`bot.telegram.files`); the download is streamed with a hard cap
(:mod:`bot.telegram.download`). A file that is refused or keeps failing is
passed on without data, and the engine explains or asks for it again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import Chat, Message, Update, User
from telegram.constants import ChatType, UpdateType

from bot.logs import event
from bot.sanitize import clean_optional
from bot.telegram.download import Downloader
from bot.telegram.files import file_ref, worth_downloading
from bot.telegram.render import NUMBER_PREFIX
from bot.transport import Received
from flows.core import tokens
from flows.core.messages import Attachment, Channel
from flows.core.policy import Policy

log = logging.getLogger("cre.telegram")

ALLOWED_UPDATES: tuple[str, ...] = (UpdateType.MESSAGE, UpdateType.CALLBACK_QUERY)
"""The updates the bot asks Telegram for, in polling and webhook mode alike."""

LEGACY_FORWARD_FIELDS = frozenset(
    {
        "forward_from",
        "forward_from_chat",
        "forward_from_message_id",
        "forward_signature",
        "forward_sender_name",
        "forward_date",
    }
)
"""Bot API < 7.0 (a self-hosted server not upgraded): PTB 22 keeps them in ``api_kwargs``."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """What one update means for the runtime.

    ``received`` is None for updates ignored on purpose. ``callback_id`` is set
    for button presses, which must be answered so the client stops its spinner.
    """

    update_id: int
    received: Received | None
    callback_id: str | None = None


class Converter:
    """Converts one update; a bug in converting falls back to a message without content."""

    def __init__(self, downloader: Downloader, policy: Policy) -> None:
        self.downloader = downloader
        self.policy = policy

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
        return Incoming(update.update_id, _received(update, user, chat, unreadable=True), callback)

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
        received = _received(
            update,
            user,
            message.chat,
            text=text,
            attachment=attachment,
            forwarded=is_forwarded(message),
            album=message.media_group_id,
        )
        return Incoming(update.update_id, received)

    def _callback(self, update: Update) -> Incoming:
        query = update.callback_query
        assert query is not None
        chat = query.message.chat if query.message is not None else None
        data = clean_optional(query.data)
        if chat is not None and chat.type != ChatType.PRIVATE:
            if not tokens.is_desk(data or ""):
                return _ignored(update, "group", query.id)
            # A button of a queue announcement: act for whoever pressed it, and answer
            # them privately (the service writes to facilitators at their registered
            # chat anyway); nothing about the case is ever posted back to the group.
            chat = None
        text: str | None = None
        if data is not None and data.startswith(NUMBER_PREFIX) and data[1:].isdigit():
            text, data = data[1:], None
        received = _received(update, query.from_user, chat, text=text, choice=data)
        return Incoming(update.update_id, received, query.id)

    async def _attachment(self, message: Message) -> Attachment | None:
        ref = file_ref(message)
        if ref is None:
            return None
        if ref.file_id is None or not worth_downloading(ref, self.policy):
            return Attachment(ref.kind, ref.mime, ref.size, None, ref.name)
        fetched = await self.downloader.fetch(ref.file_id, ref.size)
        return Attachment(ref.kind, ref.mime, fetched.size, fetched.data, ref.name)


def is_forwarded(message: Message) -> bool:
    """True when ``message`` was passed on from elsewhere (any Bot API version)."""
    if message.forward_origin is not None or message.is_automatic_forward:
        return True
    return not LEGACY_FORWARD_FIELDS.isdisjoint(message.api_kwargs)


def _received(
    update: Update,
    user: User,
    chat: Chat | None,
    text: str | None = None,
    choice: str | None = None,
    attachment: Attachment | None = None,
    forwarded: bool = False,
    album: str | None = None,
    unreadable: bool = False,
) -> Received:
    return Received(
        channel=Channel.TELEGRAM,
        user_id=str(user.id),
        address=str(chat.id if chat is not None else user.id),
        dedupe=str(update.update_id),
        text=clean_optional(text),
        choice=clean_optional(choice),
        attachment=attachment,
        locale_hint=clean_optional(user.language_code),
        forwarded=forwarded,
        album=clean_optional(album),
        unreadable=unreadable,
    )


def _ignored(update: Update, why: str, callback_id: str | None = None) -> Incoming:
    event(log, "telegram.ignored", status=why)
    return Incoming(update.update_id, None, callback_id)
