"""From update to committed inbox row: the step both polling and the webhook share.

Contract: :meth:`Acceptor.commit` returns only once the runtime's ``receive``
has committed the message to the durable inbox (or the update was ignored on
purpose); only then may the caller confirm the update to Telegram (advance
the getUpdates offset, or answer the webhook request with 200). If it raises,
the update must stay unconfirmed so that Telegram delivers it again; the
inbox deduplicates on ``update_id``, so a second delivery is harmless.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

from telegram import Bot, Update
from telegram.error import TelegramError

from bot.logs import event
from bot.telegram.convert import Converter, Incoming
from bot.transport import Receive

log = logging.getLogger("cre.telegram")


class Acceptor:
    def __init__(
        self, bot: Bot, converter: Converter, receive: Receive, concurrency: int = 8
    ) -> None:
        self.bot = bot
        self.converter = converter
        self.receive = receive
        self._limit = asyncio.Semaphore(concurrency)
        self._answers: set[asyncio.Task[None]] = set()

    async def prepare(self, updates: Sequence[Update]) -> list[Incoming]:
        """Convert a batch (downloads run concurrently); the result keeps the batch's order."""

        async def one(update: Update) -> Incoming:
            async with self._limit:
                return await self.converter.convert(update)

        return list(await asyncio.gather(*(one(u) for u in updates)))

    async def commit(self, incoming: Incoming) -> None:
        """Commit to the inbox, then answer a button press (in the background)."""
        if incoming.received is not None:
            await self.receive(incoming.received)
        if incoming.callback_id is not None:
            task = asyncio.create_task(self._answer(incoming.callback_id))
            self._answers.add(task)
            task.add_done_callback(self._answers.discard)

    async def accept(self, update: Update) -> None:
        await self.commit(await self.converter.convert(update))

    async def _answer(self, callback_id: str) -> None:
        """Stop the client's spinner; a failure only leaves it spinning a little longer."""
        try:
            await self.bot.answer_callback_query(callback_id)
        except TelegramError as exc:
            event(log, "telegram.answer_failed", error=type(exc).__name__)

    async def close(self) -> None:
        if self._answers:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(2):
                    await asyncio.gather(*self._answers, return_exceptions=True)
        for task in list(self._answers):
            task.cancel()
