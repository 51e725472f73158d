"""The attack of issue 12 item 11, over Telegram with the real runtime: with write
access to the database file, point a case's ``requester`` at someone else, then a
facilitator replies on the case. The reply must reach nobody (it fails loudly: it
is logged as a ``flow.error`` naming ``SealError``, and the facilitator is told
something went wrong), where before the binding it reached the other person."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from flows.core.messages import Channel
from store.sqlite.store import DB_NAME, SqliteStore
from tests.bot.fake_telegram import FakeTelegram
from tests.bot.telegram_harness import Person, running_bot, running_fake
from tests.keys.fill import case

ALICE, MALLORY, FACILITATOR = 5550301, 5550302, 7770301
REF = "KKKK-MMMM"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with running_fake() as server:
        yield server


async def test_a_reply_on_a_case_whose_requester_was_swapped_reaches_nobody(
    fake: FakeTelegram, store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    now = datetime.now(UTC)
    pseudonym = {u: store.pseudonym("telegram", str(u)) for u in (ALICE, MALLORY, FACILITATOR)}
    async with store.transaction() as tx:
        await tx.add_facilitator(
            pseudonym[FACILITATOR],
            Channel.TELEGRAM,
            str(FACILITATOR),
            "Amina",
            ["africa"],
            "en",
            False,
            now,
        )
        for user in (ALICE, MALLORY):
            await tx.remember_person(pseudonym[user], Channel.TELEGRAM, str(user), now)
        await tx.create_case(pseudonym[ALICE], case(REF), "africa", now)
    async with running_bot(fake, store) as bot:
        amina = Person(bot, FACILITATOR)
        opened = await amina.taps(f"f:open:{REF}")
        assert "river" in opened[-1].text  # the case is fine before the swap

        conn = sqlite3.connect(store.data_dir / DB_NAME)
        conn.execute("UPDATE cases SET requester = ? WHERE ref = ?", (pseudonym[MALLORY], REF))
        conn.commit()
        conn.close()

        caplog.set_level(logging.ERROR, logger="cre")
        await amina.taps(f"f:reply:{REF}")
        fake.push_message(FACILITATOR, "Confidential: the lawyer's name is Wanjiru.")
        await asyncio.sleep(2)
        to_mallory = " ".join(m.text for m in fake.sent_to(MALLORY))
        to_alice = " ".join(m.text for m in fake.sent_to(ALICE))
        assert "Wanjiru" not in to_mallory and "Wanjiru" not in to_alice
        errors = [r.__dict__.get("fields", {}) for r in caplog.records]
        assert any(
            e.get("event") == "flow.error" and "SealError" in str(e.get("error")) for e in errors
        ), errors
        told = [m.text for m in fake.sent_to(FACILITATOR)]
        assert any("something went wrong" in t for t in told)  # loudly, to her too
