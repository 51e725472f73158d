"""Telegram's send limits, kept on our side: per chat, and a pause after a 429.

Why here and not only in PTB's ``AIORateLimiter``: that limiter keeps the
overall rate (``CRE_TELEGRAM_MAX_RATE``, Telegram's documented 30 messages/s
for bulk sending) and group chats' 20 per minute, but not private chats, and
with ``max_retries=0`` (the outbox owns retries) a 429 only fails the one
call. Telegram asks bots to avoid more than about one message per second in a
chat, and a 429's ``retry_after`` means *stop sending* for that long: sending
other chats' replies meanwhile only earns longer bans.

A chat gets a small burst (an answer of two or three messages goes out at
once) and then ``per_second``; limiters of quiet chats are dropped so the map
stays small with thousands of people. Times are the event loop's monotonic
clock: this is pacing, not a due time.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

BURST = 3
"""Messages a chat may receive at once before ``per_second`` applies."""

KEEP = 2048
"""Chats tracked before the quiet ones are dropped."""


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


@dataclass(slots=True)
class Pacing:
    """Per-chat token buckets and the bot-wide pause after a 429.

    ``per_second`` of 0 turns the per-chat limit off (tests, the benchmark).
    """

    per_second: float = 1.0
    burst: int = BURST
    _chats: dict[int, _Bucket] = field(default_factory=dict)
    _paused_until: float = 0.0

    async def wait(self, chat_id: int) -> None:
        """Return when a message may go to ``chat_id``; takes its token."""
        loop = asyncio.get_running_loop()
        pause = self._paused_until - loop.time()
        while pause > 0:  # another 429 while waiting moves the end further
            await asyncio.sleep(pause)
            pause = self._paused_until - loop.time()
        if self.per_second <= 0:
            return
        now = loop.time()
        bucket = self._chats.get(chat_id)
        if bucket is None:
            if len(self._chats) >= KEEP:
                self._forget_quiet(now)
            bucket = self._chats[chat_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.per_second)
        bucket.stamp = now
        bucket.tokens -= 1
        if bucket.tokens < 0:  # the caller waits its turn; later callers queue behind it
            await asyncio.sleep(-bucket.tokens / self.per_second)

    def flood(self, seconds: float) -> None:
        """Telegram answered 429: nobody sends until ``seconds`` have passed."""
        until = asyncio.get_running_loop().time() + max(0.0, seconds)
        self._paused_until = max(self._paused_until, until)

    def _forget_quiet(self, now: float) -> None:
        full = [
            chat
            for chat, b in self._chats.items()
            if b.tokens + (now - b.stamp) * self.per_second >= self.burst
        ]
        for chat in full or list(self._chats)[: KEEP // 2]:
            del self._chats[chat]
