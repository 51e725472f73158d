"""Running the real Telegram transport + runtime + store against the fake Bot API.

``running_bot`` wires them as ``cre-bot`` does (with short timeouts and
backoffs); ``Person`` chats as one Telegram user and returns the replies each
input produced; ``Model`` predicts those replies by running the pure engine
on its own, which is what the crash and chaos tests compare against.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.clock import SystemClock
from bot.i18n import Catalogs
from bot.runtime import Runtime
from bot.telegram import TelegramOptions, TelegramTransport, WebhookConfig
from bot.telegram.render import render
from flows.core.messages import Attachment, Channel, Inbound
from flows.core.policy import Policy
from flows.core.state import Conversation
from flows.engine.context import Context
from flows.engine.flow import Flows
from flows.engine.turn import step
from flows.intake.flow import FLOW as INTAKE_FLOW
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, FakeTelegram, Sent
from tests.support.runtime import make_runtime

FAST = TelegramOptions(
    poll_timeout=2,
    backoff=0.05,
    max_backoff=0.5,
    connect_timeout=1.0,
    read_timeout=1.0,
    write_timeout=1.0,
    pool_timeout=1.0,
    max_rate=0,
    chat_rate=0,
    download_attempts=2,
)
CATALOGS = Catalogs()


@asynccontextmanager
async def running_fake(timeout_delay: float = 2.0) -> AsyncIterator[FakeTelegram]:
    fake = FakeTelegram(timeout_delay=timeout_delay)
    await fake.start()
    try:
        yield fake
    finally:
        await fake.close()


@dataclass
class Bot:
    fake: FakeTelegram
    store: SqliteStore
    runtime: Runtime
    transport: TelegramTransport

    async def settle(self, timeout: float = 15.0) -> None:
        """Wait until every pushed update is confirmed, handled, and its replies sent."""
        async with asyncio.timeout(timeout):
            while self.fake.pending:
                await asyncio.sleep(0.01)
            await self.runtime.idle()


@asynccontextmanager
async def running_bot(
    fake: FakeTelegram,
    store: SqliteStore,
    options: TelegramOptions = FAST,
    webhook: WebhookConfig | None = None,
    policy: Policy | None = None,
) -> AsyncIterator[Bot]:
    transport = TelegramTransport(
        TOKEN, CATALOGS, policy, api_url=fake.api_url, webhook=webhook, options=options
    )
    runtime = make_runtime(store, CATALOGS, [transport], SystemClock(), policy)
    runtime.backoff_base = 0.05
    runtime.idle_wait = 0.1
    await runtime.start()
    try:
        yield Bot(fake, store, runtime, transport)
    finally:
        await runtime.stop()


async def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


@dataclass
class Person:
    """One Telegram user in a private chat with the bot."""

    bot: Bot
    user_id: int
    language_code: str | None = "en"
    seen: int = 0

    async def _then(self, push: Callable[[], int]) -> list[Sent]:
        push()
        await self.bot.settle()
        return self.new()

    def new(self) -> list[Sent]:
        sent = self.bot.fake.sent_to(self.user_id)
        fresh = sent[self.seen :]
        self.seen = len(sent)
        return fresh

    async def says(self, text: str) -> list[Sent]:
        fake = self.bot.fake
        return await self._then(lambda: fake.push_message(self.user_id, text, self.language_code))

    async def taps(self, data: str) -> list[Sent]:
        fake = self.bot.fake
        return await self._then(lambda: fake.push_callback(self.user_id, data, self.language_code))

    async def sends(self, push: Callable[[int], int]) -> list[Sent]:
        return await self._then(lambda: push(self.user_id))


@dataclass
class Model:
    """The pure engine, run beside the bot, predicts the texts each chat should receive."""

    catalogs: Catalogs = CATALOGS
    policy: Policy = field(default_factory=Policy)
    states: dict[int, Conversation] = field(default_factory=dict)
    expected: dict[int, list[str]] = field(default_factory=dict)

    def feed(
        self,
        user_id: int,
        text: str | None = None,
        choice: str | None = None,
        hint: str | None = "en",
        attachment: Attachment | None = None,
    ) -> list[str]:
        inbound = Inbound(f"person-{user_id}", Channel.TELEGRAM, text, choice, attachment, hint)
        context = Context(
            flows=Flows(INTAKE_FLOW),
            now=datetime(2026, 11, 22, 9, 0, tzinfo=UTC),
            channel=Channel.TELEGRAM,
            label=self.catalogs.label,
            new_id=lambda: "0" * 24,
            new_ref=lambda: "MODEL-REF",
            policy=self.policy,
        )
        result = step(self.states.get(user_id, Conversation()), inbound, context)
        self.states[user_id] = result.state
        texts = [
            part.text
            for message in result.outbound
            for part in render(self.catalogs.render(message, result.locale))
        ]
        self.expected.setdefault(user_id, []).extend(texts)
        return texts


def delivered(sent: list[Sent]) -> tuple[list[str], int]:
    """The texts a person received, without allowed duplicates, and how many were dropped.

    A duplicate is allowed only right after its first copy, and only when that
    copy's send was interrupted: its answer was lost, the bot stopped waiting
    for it (a read timeout on a loaded machine), or the bot was killed
    (``epoch`` moved on) before it learned that the message had gone out.
    """
    texts: list[str] = []
    dropped = 0
    for index, message in enumerate(sent):
        if index:
            previous = sent[index - 1]
            interrupted = (
                previous.response_lost
                or previous.answer_abandoned
                or previous.epoch < message.epoch
            )
            if message.text == previous.text and interrupted:
                dropped += 1
                continue
        texts.append(message.text)
    return texts, dropped
