"""Turn a person's Signal message into committed :class:`~bot.transport.Received` items.

One item per file (the text goes with the first), or one for text alone,
for a sticker, or for content without text or file (a shared contact, a
poll, a payment: the engine answers those with a hint). A part that could
not be read adds one ``unreadable`` item, so the person is asked to send it
again. Files are downloaded one at a time, each just before its own commit,
so memory holds at most one file whatever the message.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from dataclasses import replace

from bot.logs import event
from bot.signal.envelope import Frame, SignalFile
from bot.signal.inbound import attachment_kind
from bot.signal.rest import RestClient
from bot.transport import Receive, Received
from flows.core.messages import Attachment, AttachmentKind, Channel
from flows.core.policy import Policy

log = logging.getLogger("cre.signal")

LONG_TEXT = "text/x-signal-plain"
LONG_TEXT_LIMIT = 64 * 1024
"""Signal apps cap a long message's text attachment at 64 KiB."""
COMMIT_ATTEMPTS = 3


class Intake:
    """Commits messages through ``receive`` (the runtime's inbox), downloading through ``rest``."""

    def __init__(self, rest: RestClient, policy: Policy, receive: Receive) -> None:
        self._rest = rest
        self._policy = policy
        self._receive = receive

    async def deliver(self, frame: Frame, sender: str) -> int:
        """Commit what ``frame`` holds, in order; how many items were committed.

        Dedupe keys are ``frame.dedupe``, then ``:1``, ``:2``… for the next items
        and ``:unreadable`` for the unreadable rest, so a frame seen twice is
        stored once.
        """
        text = frame.text
        for file in frame.files:
            if file.mime == LONG_TEXT:
                text = await self._long_text(file) or text
        keys = (frame.dedupe if n == 0 else f"{frame.dedupe}:{n}" for n in itertools.count())
        count = 0
        for file in frame.files:
            if file.mime == LONG_TEXT:
                continue
            attachment: Attachment | None = await self._fetch(file)
            await self._commit(_item(sender, next(keys), None if count else text, attachment))
            attachment = None  # released before the next download
            count += 1
        if frame.sticker:
            sticker = Attachment(AttachmentKind.STICKER, "image/webp", 0)
            await self._commit(_item(sender, next(keys), None if count else text, sticker))
            count += 1
        if not count and (text or frame.content):
            if frame.content:
                event(log, "signal.without_text", channel="signal", status=",".join(frame.content))
            await self._commit(_item(sender, next(keys), text or None))
            count += 1
        if frame.damaged:
            event(log, "signal.unreadable", logging.WARNING, channel="signal", count=frame.damaged)
            key = f"{frame.dedupe}:unreadable" if count else frame.dedupe
            await self._commit(replace(_item(sender, key), unreadable=True))
            count += 1
        return count

    async def _commit(self, item: Received) -> None:
        """Hand ``item`` to the runtime, retrying briefly: the service will not send it again.

        Retrying is safe because the inbox ignores a second copy (same dedupe).
        """
        for attempt in range(1, COMMIT_ATTEMPTS + 1):
            try:
                await self._receive(item)
                return
            except Exception as exc:
                if attempt == COMMIT_ATTEMPTS:
                    raise
                event(log, "signal.commit_retry", logging.WARNING, error=type(exc).__name__)
                await asyncio.sleep(0.5 * attempt)

    async def _long_text(self, file: SignalFile) -> str | None:
        """The whole of a long message, which Signal sends as a text attachment (before
        signal-cli put it in ``message`` itself, the message held only its first 2 KiB)."""
        if file.id is None:
            return None
        data, _ = await self._rest.fetch_attachment(file.id, LONG_TEXT_LIMIT)
        return data.decode("utf-8", errors="replace") if data else None

    async def _fetch(self, file: SignalFile) -> Attachment:
        """The file, or its description with ``data=None`` when too big or unavailable."""
        kind = attachment_kind(file.mime, file.voice_note)
        declared = file.size or 0
        limit = self._policy.max_file_bytes
        if file.id is None or declared > limit:
            return Attachment(kind, file.mime, declared, None, file.name)
        data, size = await self._rest.fetch_attachment(file.id, limit)
        return Attachment(kind, file.mime, max(size, declared), data, file.name)


def _item(
    sender: str, dedupe: str, text: str | None = None, file: Attachment | None = None
) -> Received:
    return Received(
        channel=Channel.SIGNAL,
        user_id=sender,
        address=sender,
        dedupe=dedupe,
        text=text,
        attachment=file,
        locale_hint=None,  # Signal tells us no language: the engine asks for it first
    )
