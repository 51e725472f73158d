"""A getUpdates batch is committed in few transactions, and each person's order is kept.

Real python-telegram-bot against the fake Bot API, a real SQLite store and the
runtime's group commit: twenty people's first messages arrive in one batch
with three messages of one more person; the batch is committed in runs of one
update per person, so that person's messages can only reach the inbox in the
order they were written, whatever fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.batching import GroupCommit
from bot.telegram import TelegramTransport
from bot.transport import Received
from flows.core.state import Conversation
from store.ports import StoreTransaction
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.bot.telegram_harness import CATALOGS, FAST, running_fake, wait_for

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
PEOPLE = 20
TALKATIVE = 950


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


async def test_a_batch_is_committed_in_runs_of_one_update_per_person(
    fake: FakeTelegram, store: SqliteStore
) -> None:
    group = GroupCommit(store)
    got: list[tuple[str, str | None]] = []

    async def receive(item: Received) -> None:
        async def commit(tx: StoreTransaction) -> None:
            await tx.save_conversation(item.user_id, Conversation(step=item.text), NOW)
            got.append((item.user_id, item.text))

        await group.run(commit)

    for user in range(PEOPLE):
        fake.push_message(900 + user, f"hello from {user}")
    for text in ("one", "two", "three"):
        fake.push_message(TALKATIVE, text)
    transport = TelegramTransport(TOKEN, CATALOGS, api_url=fake.api_url, options=FAST)
    await transport.start(receive)
    try:
        await wait_for(lambda: len(got) == PEOPLE + 3 and not fake.pending)
    finally:
        await transport.stop()
    assert [text for user, text in got if user == str(TALKATIVE)] == ["one", "two", "three"]
    # one run with everyone's first message, then one for each further message of TALKATIVE;
    # committed one by one it would have been 23
    assert group.commits <= 3 + 1
