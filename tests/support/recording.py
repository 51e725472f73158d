"""A transport that records what the bot sends, for driving the real runtime in-process."""

from __future__ import annotations

import itertools
from collections import defaultdict

from bot.transport import Note, Receive, Received, Rendered, SendError, ignore_note
from flows.messages import Attachment, Channel


class RecordingTransport:
    """Behaves like a messenger with one chat per user id.

    ``fail_next`` makes the next sends fail, whoever they are for; ``fail_for``
    makes the next sends to one address fail.
    """

    def __init__(self, channel: Channel = Channel.CONSOLE) -> None:
        self.channel = channel
        self.sent: dict[str, list[Rendered]] = defaultdict(list)
        self.fail_next: list[SendError] = []
        self.fail_for: dict[str, list[SendError]] = defaultdict(list)
        self._receive: Receive | None = None
        self._ids = itertools.count(1)

    async def start(self, receive: Receive, note: Note = ignore_note) -> None:
        self._receive = receive
        self.note = note

    def pieces(self, message: Rendered) -> list[Rendered]:
        return [message]

    async def stop(self) -> None:
        self._receive = None

    async def send(self, address: str, message: Rendered) -> None:
        if self.fail_next:
            raise self.fail_next.pop(0)
        if self.fail_for[address]:
            raise self.fail_for[address].pop(0)
        self.sent[address].append(message)

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
        await self._receive(
            Received(
                self.channel,
                user,
                f"chat-{user}",
                dedupe or str(next(self._ids)),
                text,
                choice,
                attachment,
                locale_hint,
            )
        )

    def texts(self, user: str) -> list[str]:
        return [m.text for m in self.sent[f"chat-{user}"]]
