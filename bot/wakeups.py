"""APScheduler's only jobs: wake the due-runner, and run the daily housekeeping.

Due times live in the store, which is the source of truth (APScheduler's
memory job store forgets everything at a restart, and its default misfire
policy drops a job that was due while the process was down). So the
scheduler never holds a check-in: it only says "look now" every
``interval`` seconds, and runs the housekeeping once a day at ``hour`` UTC.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.logs import event

log = logging.getLogger("cre.wakeups")


class Wakeups:
    def __init__(
        self,
        interval: float,
        wake: Callable[[], None],
        housekeeping: Callable[[], Awaitable[None]],
        hour: int = 3,
    ) -> None:
        self.interval = interval
        self.wake = wake
        self.housekeeping = housekeeping
        self.hour = hour
        self._scheduler: AsyncIOScheduler | None = None

    def start(self) -> None:
        """Inside the running loop (AsyncIOScheduler takes the current one)."""
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            self.wake,
            "interval",
            seconds=self.interval,
            id="due",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        scheduler.add_job(
            self._housekeeping,
            "cron",
            hour=self.hour,
            id="housekeeping",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        scheduler.start()
        self._scheduler = scheduler

    async def _housekeeping(self) -> None:
        try:
            await self.housekeeping()
        except Exception as exc:  # tomorrow is another day; the error is logged
            event(log, "housekeeping.error", logging.ERROR, error=type(exc).__name__)

    def stop(self) -> None:
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._scheduler = None
