"""Webhook mode: the real aiohttp app, called over HTTP the way Telegram calls it."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.telegram import TelegramTransport, WebhookConfig
from bot.transport import Received
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.bot.telegram_harness import CATALOGS, FAST, Person, running_bot, running_fake, wait_for

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def hook() -> WebhookConfig:
    port = free_port()
    return WebhookConfig(url=f"http://127.0.0.1:{port}/telegram/hook", port=port)


async def test_webhook_intake_with_secret_and_buttons(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    config = hook()
    async with running_bot(fake, store, webhook=config) as bot:
        await wait_for(lambda: fake.webhook is not None)
        assert fake.webhook is not None
        server = bot.transport.server
        assert server is not None
        assert fake.webhook["url"] == config.url
        assert fake.webhook["secret_token"] == server.secret
        assert len(server.secret) >= 32
        assert fake.webhook["allowed_updates"] == ["message", "callback_query"]
        assert fake.webhook["max_connections"] == 1
        assert not fake.webhook.get("drop_pending_updates")

        person = Person(bot, 4242)
        fake.push_message(4242, "/start")
        assert await fake.deliver() == [200]
        await bot.runtime.idle()
        assert len(person.new()) == 2

        fake.push_callback(4242, "consent:yes")
        assert await fake.deliver() == [200]
        await bot.runtime.idle()
        assert person.new()[0].text == CATALOGS.format("en", "consent-thanks")
        await wait_for(lambda: len(fake.callback_answers) == 1)
        assert fake.calls_to("getUpdates") == []


async def test_webhook_refuses_a_wrong_or_missing_secret(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    async with running_bot(fake, store, webhook=hook()) as bot:
        await wait_for(lambda: fake.webhook is not None)
        update = fake.push_message(11, "/start")
        assert await fake.deliver(secret="not-the-secret") == [403]
        assert await fake.deliver(secret="") == [403]
        assert fake.pending == [update]
        await bot.runtime.idle()
        assert fake.sent == []
        assert await fake.deliver() == [200]
        await bot.runtime.idle()
        assert len(fake.texts(11)) == 2


async def test_webhook_answers_200_only_after_the_commit(fake: FakeTelegram) -> None:
    committed: list[Received] = []
    failures = [RuntimeError("disk full")]

    async def receive(item: Received) -> None:
        await asyncio.sleep(0.2)
        if failures:
            raise failures.pop()
        committed.append(item)

    config = hook()
    transport = TelegramTransport(
        TOKEN, CATALOGS, api_url=fake.api_url, webhook=config, options=FAST
    )
    await transport.start(receive)
    try:
        await wait_for(lambda: fake.webhook is not None)
        update = fake.push_message(12, "hello")
        assert await fake.deliver() == [500]
        assert committed == []
        assert fake.pending == [update]
        assert await fake.deliver() == [200]
        assert [r.dedupe for r in committed] == [str(update)]
    finally:
        await transport.stop()


async def test_webhook_quarantines_malformed_bodies(fake: FakeTelegram) -> None:
    """A body that is no update is counted, then answered 200 so Telegram stops resending it."""
    notes: list[str] = []

    async def receive(item: Received) -> None:
        raise AssertionError("nothing should arrive")

    async def note(kind: str) -> None:
        notes.append(kind)

    config = hook()
    transport = TelegramTransport(
        TOKEN, CATALOGS, api_url=fake.api_url, webhook=config, options=FAST
    )
    await transport.start(receive, note)
    try:
        await wait_for(lambda: fake.webhook is not None)
        headers = {SECRET_HEADER: str(fake.webhook["secret_token"] if fake.webhook else "")}
        async with aiohttp.ClientSession() as session:
            for body in (b"not json", b"[1, 2]"):
                async with session.post(config.url, data=body, headers=headers) as response:
                    assert response.status == 200
            assert notes == ["quarantined", "quarantined"]
            async with session.get(config.url, headers=headers) as response:
                assert response.status == 405
    finally:
        await transport.stop()


async def test_polling_removes_a_stale_webhook_first(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    fake.webhook = {"url": "https://old.example/hook"}
    async with running_bot(fake, store) as bot:
        replies = await Person(bot, 13).says("/start")
        assert len(replies) == 2
    assert fake.webhook is None
    assert fake.calls_to("deleteWebhook")[0].params.get("drop_pending_updates") is False
