"""Telegram's limits on our side: a chat gets a burst then its rate; a 429 pauses everyone.

Only lower bounds on time are asserted (a slow machine can only make them
truer): these check that pacing happens, not how fast anything is.
"""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from bot.telegram.pacing import BURST
from bot.transport import Rendered, SendError
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import Failure
from tests.bot.telegram_harness import FAST, running_bot, running_fake

RATE = 10.0


async def test_a_chat_gets_a_burst_then_its_rate(store: SqliteStore) -> None:
    options = dataclasses.replace(FAST, chat_rate=RATE)
    async with running_fake() as fake, running_bot(fake, store, options=options) as bot:
        loop = asyncio.get_running_loop()
        began = loop.time()
        for index in range(BURST + 3):
            await bot.transport.send("501", Rendered(f"part {index}"))
        took = loop.time() - began
    assert fake.texts(501) == [f"part {index}" for index in range(BURST + 3)]
    assert took >= 3 / RATE - 0.02  # three beyond the burst, each a tenth of a second apart


async def test_a_flood_answer_pauses_every_chat(store: SqliteStore) -> None:
    async with running_fake() as fake, running_bot(fake, store) as bot:
        fake.fail("sendMessage", Failure.flood(1))
        with pytest.raises(SendError) as raised:
            await bot.transport.send("601", Rendered("first"))
        assert raised.value.retry_after == 1
        loop = asyncio.get_running_loop()
        began = loop.time()
        await bot.transport.send("602", Rendered("someone else"))
        waited = loop.time() - began
    assert fake.texts(602) == ["someone else"]
    assert waited >= 0.9
