"""The shared fake Bot API, with the clock readings the benchmark needs.

It is :class:`tests.bot.fake_telegram.FakeTelegram` (what the transport tests
run against), plus: when each ``sendMessage`` to each chat arrived (a reply's
latency is measured here, at the server, as a person would see it), when
each ``getUpdates`` arrived (a bot is up once it polls), and a ``reset``
between bots so one bot's leftovers never reach the next.
"""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from typing import Any

from tests.bot.fake_telegram import FakeTelegram


class BenchFake(FakeTelegram):
    def __init__(self) -> None:
        super().__init__()
        self.arrivals: defaultdict[int, list[float]] = defaultdict(list)
        self.polls: list[float] = []
        self._waiters: dict[int, asyncio.Event] = {}
        self._polled = asyncio.Event()

    def reset(self) -> None:
        """Forget everything of the previous bot: its queue, its messages, its calls."""
        self._pending.clear()
        self.sent.clear()
        self.calls.clear()
        self.pushed.clear()
        self.callback_answers.clear()
        self.arrivals.clear()
        self.polls.clear()

    async def m_getUpdates(self, params: dict[str, Any]) -> Any:
        self.polls.append(time.perf_counter())
        self._polled.set()
        self._polled = asyncio.Event()
        return await super().m_getUpdates(params)

    async def m_sendMessage(self, params: dict[str, Any]) -> Any:
        result = await super().m_sendMessage(params)
        chat = int(params["chat_id"])
        self.arrivals[chat].append(time.perf_counter())
        waiter = self._waiters.pop(chat, None)
        if waiter is not None:
            waiter.set()
        return result

    async def first_poll_after(self, since: float) -> float:
        """The time of the first getUpdates that arrived after ``since``."""
        while True:
            later = [t for t in self.polls if t > since]
            if later:
                return later[0]
            await self._polled.wait()

    async def wait_replies(self, chat: int, count: int) -> None:
        """Return once ``chat`` has received ``count`` messages in all."""
        while len(self.arrivals[chat]) < count:
            waiter = self._waiters.setdefault(chat, asyncio.Event())
            await waiter.wait()
