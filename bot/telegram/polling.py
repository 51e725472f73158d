"""Our own getUpdates loop: commit every update before confirming it to Telegram.

PTB's built-in Updater advances the offset (which confirms a batch to
Telegram) as soon as the batch is queued, before it is handled, so a crash
at the wrong moment loses updates; and ``Bot.get_updates`` parses the whole
batch at once, so one update PTB cannot parse makes every call raise and the
offset never moves. Here the order is:

1. ``getUpdates(offset)`` returns a batch as raw JSON objects (Telegram keeps
   it until confirmed);
2. each update, one at a time and in order, is parsed, converted (its file
   downloaded, streamed and capped) and committed to the inbox, or
   quarantined (see :mod:`bot.telegram.accept`); nothing of one update is
   held in memory once the next one starts;
3. only then does the next ``getUpdates(offset=last accepted + 1)`` confirm it.

A crash anywhere before step 3 means Telegram delivers the update again, and
the inbox ignores the duplicate (its key is ``update_id``). An update that
must wait (its commit failed) stops the batch: it and the rest are fetched
again after a pause. Network errors, flood limits and conflicts (another
instance polling, or a webhook set) are logged and retried with backoff; the
loop never gives up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from dataclasses import dataclass
from typing import Any

from telegram import Bot
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.warnings import PTBUserWarning

from bot.logs import event
from bot.telegram.accept import Acceptor, update_id_of
from bot.telegram.convert import ALLOWED_UPDATES
from bot.telegram.errors import retry_seconds

log = logging.getLogger("cre.telegram")


def quiet_raw_updates_hint() -> None:
    """Silence PTB's hint to use ``Bot.get_updates``: we want raw JSON on purpose.

    Installed when polling starts (not at import) so that it also holds where
    warning filters were reset since, as pytest does for every test.
    """
    warnings.filterwarnings(
        "ignore", message=r"Please use 'Bot\.getUpdates'", category=PTBUserWarning
    )


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
        self,
        bot: Bot,
        acceptor: Acceptor,
        timeout: int = 30,
        backoff: Backoff | None = None,
        read_timeout: float = 10.0,
    ) -> None:
        self.bot = bot
        self.acceptor = acceptor
        self.timeout = timeout
        self.read_timeout = read_timeout
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
        quiet_raw_updates_hint()
        await self._delete_webhook()
        failures = 0
        waits = 0
        event(log, "telegram.polling")
        while not self._stopping:
            try:
                self._interruptible = True
                updates = await self._fetch(self.timeout)
            except Exception as exc:  # every failure is retried, never fatal
                failures += 1
                await self._pause(self._delay(exc, failures), exc, failures)
                continue
            finally:
                self._interruptible = False
            failures = 0
            if updates:
                waits = 0 if await self._accept_batch(updates) else waits + 1
                if waits:
                    await self._wait(self.backoff.delay(waits))

    async def _fetch(self, wait: int, limit: int | None = None) -> list[Any]:
        """One getUpdates call; the updates as raw JSON objects, not parsed."""
        params: dict[str, Any] = {
            "timeout": wait,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        if self.offset is not None:
            params["offset"] = self.offset
        if limit is not None:
            params["limit"] = limit
        result = await self.bot.do_api_request(
            "getUpdates", api_kwargs=params, read_timeout=self.read_timeout + wait
        )
        if not isinstance(result, list):
            raise TypeError("getUpdates returned no list")
        return result

    async def _accept_batch(self, updates: list[Any]) -> bool:
        """Accept updates in order; False when one must wait (it and the rest are refetched)."""
        event(log, "telegram.batch", count=len(updates))
        if self._stopping:
            return True
        accepted = await self.acceptor.accept_many(updates)
        for raw in updates[:accepted]:
            update_id = update_id_of(raw)
            if update_id is not None:
                self.offset = update_id + 1
        if accepted < len(updates):
            update_id = update_id_of(updates[accepted])
            if update_id is not None:
                self.offset = update_id
            return False
        return True

    async def _wait(self, seconds: float) -> None:
        event(log, "telegram.update_waits", logging.WARNING, seconds=seconds)
        if self._stopping:
            return
        self._interruptible = True
        try:
            await asyncio.sleep(seconds)
        finally:
            self._interruptible = False

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
                await self._fetch(0, limit=1)
