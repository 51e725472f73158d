"""Our own getUpdates loop: commit every update before confirming it to Telegram.

PTB's built-in Updater advances the offset (which confirms a batch to
Telegram) as soon as the batch is queued, before it is handled, so a crash
at the wrong moment loses updates. Here the order is:

1. ``getUpdates(offset)`` returns a batch (Telegram keeps it until confirmed);
2. the batch is converted (files downloaded, concurrently);
3. each update, in order, is committed to the inbox through ``receive``;
4. only then does the next ``getUpdates(offset=last committed + 1)`` confirm it.

A crash anywhere before step 4 means Telegram delivers the update again, and
the inbox ignores the duplicate (its key is ``update_id``). Network errors,
flood limits and conflicts (another instance polling, or a webhook set) are
logged and retried with backoff; the loop never gives up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import Bot, Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError, TimedOut

from bot.logs import event
from bot.telegram.accept import Acceptor
from bot.telegram.convert import ALLOWED_UPDATES
from bot.telegram.errors import retry_seconds

log = logging.getLogger("cre.telegram")


@dataclass(frozen=True, slots=True)
class Backoff:
    """Exponential delays: ``base``, ``2*base``, … up to ``ceiling`` seconds."""

    base: float = 1.0
    ceiling: float = 30.0

    def delay(self, failures: int) -> float:
        exponent: int = min(max(failures - 1, 0), 16)
        return min(self.ceiling, self.base * float(1 << exponent))


class Poller:
    """Long-polls until :meth:`stop`; an update being committed is always finished first."""

    def __init__(
        self, bot: Bot, acceptor: Acceptor, timeout: int = 30, backoff: Backoff | None = None
    ) -> None:
        self.bot = bot
        self.acceptor = acceptor
        self.timeout = timeout
        self.backoff = backoff or Backoff()
        self.offset: int | None = None
        self._stopping = False
        self._interruptible = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="telegram-polling")

    async def stop(self, grace: float = 10.0) -> None:
        """Stop fetching; let a batch being committed finish (up to ``grace`` seconds)."""
        self._stopping = True
        task = self._task
        if task is None or task.done():
            return
        if self._interruptible:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            await asyncio.wait_for(asyncio.shield(task), grace)
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._confirm()

    async def run(self) -> None:
        await self._delete_webhook()
        failures = 0
        event(log, "telegram.polling")
        while not self._stopping:
            try:
                self._interruptible = True
                updates = await self.bot.get_updates(
                    offset=self.offset, timeout=self.timeout, allowed_updates=list(ALLOWED_UPDATES)
                )
            except Exception as exc:  # every failure is retried, never fatal
                failures += 1
                await self._pause(self._delay(exc, failures), exc, failures)
                continue
            finally:
                self._interruptible = False
            failures = 0
            if updates:
                await self._commit_batch(updates)

    async def _commit_batch(self, updates: Sequence[Update]) -> None:
        event(log, "telegram.batch", count=len(updates))
        for incoming in await self.acceptor.prepare(updates):
            try:
                await self.acceptor.commit(incoming)
            except Exception as exc:  # left unconfirmed: fetched and committed again
                event(log, "telegram.commit_failed", logging.ERROR, error=type(exc).__name__)
                self.offset = incoming.update_id
                await self._pause(self.backoff.base, exc, 1)
                return
            self.offset = incoming.update_id + 1

    def _delay(self, exc: Exception, failures: int) -> float:
        if isinstance(exc, RetryAfter):
            return retry_seconds(exc)
        if isinstance(exc, Conflict | InvalidToken):
            return self.backoff.ceiling
        if isinstance(exc, TimedOut) and failures == 1:
            return 0.0
        return self.backoff.delay(failures)

    async def _pause(self, seconds: float, exc: Exception, failures: int) -> None:
        if isinstance(exc, Conflict):
            name, level = "telegram.conflict", logging.ERROR
        elif isinstance(exc, InvalidToken):
            name, level = "telegram.token_rejected", logging.ERROR
        elif isinstance(exc, TelegramError):
            name, level = "telegram.poll_failed", logging.WARNING
        else:
            name, level = "telegram.poll_error", logging.ERROR
        event(log, name, level, error=type(exc).__name__, attempts=failures, seconds=seconds)
        if seconds <= 0 or self._stopping:
            return
        self._interruptible = True
        try:
            await asyncio.sleep(seconds)
        finally:
            self._interruptible = False

    async def _delete_webhook(self) -> None:
        """getUpdates fails while a webhook is set; keep pending updates (never drop them)."""
        failures = 0
        while not self._stopping:
            try:
                self._interruptible = True
                await self.bot.delete_webhook(drop_pending_updates=False)
                return
            except Exception as exc:  # retried like getUpdates
                failures += 1
                await self._pause(self._delay(exc, failures), exc, failures)
            finally:
                self._interruptible = False

    async def _confirm(self) -> None:
        """Confirm what was committed, so a restart does not fetch it again (best effort)."""
        if self.offset is None:
            return
        with contextlib.suppress(Exception):
            async with asyncio.timeout(2):
                await self.bot.get_updates(
                    offset=self.offset, timeout=0, limit=1, allowed_updates=list(ALLOWED_UPDATES)
                )
