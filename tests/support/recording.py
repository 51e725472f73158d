"""A transport that records what the bot sends, for driving the real runtime in-process."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace

from bot.transport import Note, Receive, Received, Rendered, SendError, ignore_note
from flows.core.messages import Attachment, Channel


class RecordingTransport:
    """Behaves like a messenger with one chat per user id.

    ``fail_next`` makes the next sends fail, whoever they are for; ``fail_for``
    makes the next sends to one address fail; ``fail_when`` decides per piece
    (return the error to raise, or None). ``split`` cuts texts longer than that
    many characters into pieces, as Telegram and Signal cut long messages.
    ``sent_at`` holds the ``time.monotonic()`` of each delivered piece.
    ``send_delay`` is how long each send takes (a messenger's round trip).
    """

    def __init__(
        self, channel: Channel = Channel.CONSOLE, split: int | None = None, send_delay: float = 0
    ) -> None:
        self.channel = channel
        self.split = split
        self.send_delay = send_delay
        self.sent: dict[str, list[Rendered]] = defaultdict(list)
        self.sent_at: dict[str, list[float]] = defaultdict(list)
        self.fail_next: list[SendError] = []
        self.fail_for: dict[str, list[SendError]] = defaultdict(list)
        self.fail_when: Callable[[str, Rendered], SendError | None] | None = None
        self.broken_pieces: list[Exception] = []
        """Raised by the next calls of :meth:`pieces`: a bug in a transport."""
        self._receive: Receive | None = None
        self._ids = itertools.count(1)
        self.note: Note = ignore_note
        self._delivered = asyncio.Condition()

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        self._receive = receive
        self.note = note

    def pieces(self, message: Rendered) -> list[Rendered]:
        if self.broken_pieces:
            raise self.broken_pieces.pop(0)
        if self.split is None or len(message.text) <= self.split:
            return [message]
        texts = [message.text[i : i + self.split] for i in range(0, len(message.text), self.split)]
        last = len(texts) - 1
        return [
            replace(message, text=text, choices=message.choices if i == last else ())
            for i, text in enumerate(texts)
        ]

    async def stop(self) -> None:
        self._receive = None

    async def send(self, address: str, message: Rendered) -> None:
        if self.send_delay:
            await asyncio.sleep(self.send_delay)
        if self.fail_next:
            raise self.fail_next.pop(0)
        if self.fail_for[address]:
            raise self.fail_for[address].pop(0)
        if self.fail_when is not None and (error := self.fail_when(address, message)):
            raise error
        self.sent[address].append(message)
        self.sent_at[address].append(time.monotonic())
        async with self._delivered:
            self._delivered.notify_all()

    async def wait_for(self, address: str, count: int) -> None:
        """Return once ``count`` pieces were delivered to ``address`` in all."""
        async with self._delivered:
            await self._delivered.wait_for(lambda: len(self.sent[address]) >= count)

    def received(
        self,
        user: str,
        text: str | None = None,
        choice: str | None = None,
        attachment: Attachment | None = None,
        locale_hint: str | None = None,
        dedupe: str | None = None,
    ) -> Received:
        return Received(
            self.channel,
            user,
            f"chat-{user}",
            dedupe or str(next(self._ids)),
            text,
            choice,
            attachment,
            locale_hint,
        )

    async def say(
        self,
        user: str,
        text: str | None = None,
        choice: str | None = None,
        attachment: Attachment | None = None,
        locale_hint: str | None = None,
        dedupe: str | None = None,
    ) -> None:
        assert self._receive is not None, "transport not started"
        await self._receive(self.received(user, text, choice, attachment, locale_hint, dedupe))

    async def offer(self, item: Received, pause: float = 0.05) -> int:
        """Hand ``item`` over until it is committed, as a messenger redelivers an update
        that was not acknowledged; returns how many offers failed."""
        assert self._receive is not None, "transport not started"
        failures = 0
        while True:
            try:
                await self._receive(item)
                return failures
            except Exception:
                failures += 1
                await asyncio.sleep(pause)

    def texts(self, user: str) -> list[str]:
        return [m.text for m in self.sent[f"chat-{user}"]]
