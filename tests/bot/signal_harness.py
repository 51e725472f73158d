"""A running bot on Signal for tests: our runtime, a real store, the real signalbot, the fake.

What a person writes is pushed over the fake's websocket; what the bot
answers is read from what the fake received on ``POST /v2/send``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.clock import SystemClock
from bot.i18n import Catalogs
from bot.runtime import Runtime
from bot.signal import SignalTransport
from flows.core.policy import Policy
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.bot.fake_signal import FakeSignalApi
from tests.support.runtime import make_runtime

BOT = "+4915112345678"
CATALOGS = Catalogs()
Person = tuple[str, str]


@dataclass
class Chat:
    """One running bot (runtime + Signal transport + store) against the fake."""

    fake: FakeSignalApi
    transport: SignalTransport
    runtime: Runtime
    store: SqliteStore

    async def settle(self) -> None:
        async with asyncio.timeout(10):
            await self.runtime.idle()

    async def exchange(self, who: Person, push: Callable[[], Awaitable[Any]]) -> list[str]:
        """Push one message and return every reply it caused."""
        before = len(self.fake.sent_to(who[1]))
        await push()
        await self.fake.wait_sent(who[1], before + 1)
        await self.settle()
        return self.fake.sent_to(who[1])[before:]

    async def say(self, who: Person, text: str) -> list[str]:
        return await self.exchange(who, lambda: self.fake.push_text(who[0], who[1], text))

    async def send_file(self, who: Person, content: bytes, mime: str, **kw: Any) -> list[str]:
        return await self.exchange(
            who, lambda: self.fake.push_attachment(who[0], who[1], content, mime, **kw)
        )

    async def send_data(self, who: Person, data: dict[str, Any]) -> list[str]:
        """Push a direct message whose ``JsonDataMessage`` holds ``data``."""
        envelope = self.fake.envelope(who[0], who[1], data)
        return await self.exchange(who, lambda: self.fake.push_frame(envelope))


@asynccontextmanager
async def running_fake() -> AsyncIterator[FakeSignalApi]:
    api = FakeSignalApi(BOT)
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


MakeChat = Callable[..., Coroutine[Any, Any, Chat]]


@asynccontextmanager
async def chats(tmp_path: Path, fake: FakeSignalApi) -> AsyncIterator[MakeChat]:
    """A factory of running bots; each is stopped (and its store closed) at the end."""
    opened: list[Chat] = []

    async def make(policy: Policy | None = None, **options: Any) -> Chat:
        policy = policy or Policy()
        store = await SqliteStore.open(tmp_path / f"data{len(opened)}", Keyring.generate())
        options.setdefault("backoff", (0.05, 1.0))
        transport = SignalTransport(fake.service, fake.number, policy=policy, **options)
        runtime = make_runtime(store, CATALOGS, [transport], SystemClock(), policy)
        chat = Chat(fake, transport, runtime, store)
        opened.append(chat)
        await runtime.start()
        await fake.wait_connected(fake.connections + 1)
        return chat

    try:
        yield make
    finally:
        for chat in opened:
            await chat.runtime.stop()
            await chat.store.close()
