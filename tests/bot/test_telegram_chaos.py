"""200 conversations (80 in ``make test``) while a fifth of all Bot API calls fail:
nothing lost, order kept.

Every call (getUpdates, sendMessage, answerCallbackQuery…) fails with 20%
probability: 429 with retry_after, 500, 502, a timeout, a dropped connection,
or an answer lost after the call took effect. Each chat must still receive
exactly what the pure engine says, in order; the only repeats allowed are
resends of a message whose answer was lost (or came after the bot stopped
waiting: on a loaded machine an answer can be slower than the 0.3 s read
timeout used here).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time

import pytest

from flows.intake import flow as intake
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import CHAOS_MIX, Failure, FakeTelegram
from tests.bot.telegram_harness import FAST, Model, delivered, running_bot, running_fake, wait_for
from tests.support.budget import scaled

CONVERSATIONS = scaled(200, 80)
LANGUAGES = ("en", "fr", "es", "pt")
REQUESTER_TYPES = intake.QUESTIONS["requester_type"].options


def script(index: int) -> list[tuple[str, str]]:
    """A short conversation: start, consent, two or three answers."""
    steps = [
        ("say", "/start"),
        ("tap", "consent:yes"),
        ("tap", f"requester_type:{REQUESTER_TYPES[index % len(REQUESTER_TYPES)]}"),
    ]
    if index % 3 == 0:
        steps.append(("tap", "requester_name:__skip"))
    elif index % 3 == 1:
        steps.append(("say", f"Group {index}"))
    return steps


async def test_twenty_percent_failures_lose_nothing_and_keep_order(
    store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="cre")
    options = dataclasses.replace(FAST, poll_timeout=1, read_timeout=0.3, max_backoff=0.5)
    model = Model()
    users = {10_000 + i: (script(i), LANGUAGES[i % len(LANGUAGES)]) for i in range(CONVERSATIONS)}
    async with running_fake(timeout_delay=0.6) as fake:
        fake.chaos(0.2, mix=(*CHAOS_MIX, Failure.lost()))
        began = time.monotonic()
        async with running_bot(fake, store, options=options) as bot:
            for wave in range(max(len(s) for s, _ in users.values())):
                for user, (steps, lang) in users.items():
                    if wave < len(steps):
                        _push(fake, model, user, lang, *steps[wave])
                await asyncio.sleep(0.1)
            expected = sum(len(texts) for texts in model.expected.values())
            await wait_for(lambda: _caught_up(fake, model), timeout=80)
            await bot.runtime.idle()
        took = time.monotonic() - began

    wrong = {
        chat: (delivered(fake.sent_to(chat))[0], texts)
        for chat, texts in model.expected.items()
        if delivered(fake.sent_to(chat))[0] != texts
    }
    assert wrong == {}
    assert fake.pending == []
    repeats = sum(delivered(fake.sent_to(chat))[1] for chat in model.expected)
    lost_answers = sum(1 for s in fake.sent if s.response_lost or s.answer_abandoned)
    assert repeats <= lost_answers
    events = [getattr(r, "fields", {}).get("event") for r in caplog.records]
    assert events.count("inbox.received") == len(fake.pushed)
    print(
        f"\nchaos: {len(fake.pushed)} updates, {expected} replies in {took:.1f}s; "
        f"{sum(fake.injected.values())} injected failures {dict(fake.injected)}; "
        f"{events.count('outbox.retry')} send retries, {repeats} repeated after lost answers, "
        f"{len(fake.calls)} Bot API calls"
    )


def _push(fake: FakeTelegram, model: Model, user: int, lang: str, kind: str, value: str) -> None:
    if kind == "say":
        fake.push_message(user, value, language_code=lang)
        model.feed(user, text=value, hint=lang)
    else:
        fake.push_callback(user, value, language_code=lang)
        model.feed(user, choice=value, hint=lang)


def _caught_up(fake: FakeTelegram, model: Model) -> bool:
    return not fake.pending and all(
        len(delivered(fake.sent_to(chat))[0]) >= len(texts)
        for chat, texts in model.expected.items()
    )
