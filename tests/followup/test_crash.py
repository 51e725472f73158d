"""``kill -9`` the real ``cre-bot`` again and again while a wave of due check-ins goes out.

The installed ``cre-bot`` runs on Telegram against the fake Bot API in this
process. The store is filled first with cases in implementation whose
check-ins are all overdue, so the due-runner sends the whole wave at start;
the bot is killed with SIGKILL several times while the wave is being sent
and restarted each time. At the end every person has their check-in (its
intro and first question) exactly once; the only repeat allowed is a message
whose send a kill cut short before the bot could record it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from flows.followup.records import CHECKIN, SENT, Plan, checkin_key
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import FakeTelegram
from tests.bot.telegram_harness import delivered, running_fake, wait_for
from tests.bot.test_telegram_crash import BotProcess

BIN = Path(sys.executable).parent
PEOPLE = 60
FIRST_CHAT = 7000


class FollowupBot(BotProcess):
    def env(self) -> dict[str, str]:
        return {**super().env(), "CRE_QUIET_HOURS": "off"}  # whatever time the test runs


async def _overdue_wave(data: Path) -> None:
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    now = datetime.now(UTC)
    try:
        async with store.transaction() as tx:
            for n in range(PEOPLE):
                chat = FIRST_CHAT + n
                person = store.pseudonym("telegram", str(chat))
                ref = f"WAVE-{chat}"
                await tx.remember_person(person, Channel.TELEGRAM, str(chat), now)
                await tx.create_case(person, _case(ref), "africa", now - timedelta(days=14))
                await tx.update_case(ref, "status", "implementation", now)
                plan = Plan(ref, 14, now - timedelta(days=14), now + timedelta(days=90))
                await tx.save_followup_plan(plan, now)
                due = now - timedelta(minutes=5)
                await tx.add_prompt(checkin_key(plan, person, 1), CHECKIN, ref, person, 1, due)
    finally:
        await store.close()


def _case(ref: str) -> CaseSubmitted:
    return CaseSubmitted(
        ref=ref,
        channel=Channel.TELEGRAM,
        locale="en",
        answers={"outcome": "The river cleaned."},
        file_ids=(),
        level=2,
        urgent=False,
        country="KE",
        consented_at=datetime.now(UTC).isoformat(),
    )


def _chats() -> range:
    return range(FIRST_CHAT, FIRST_CHAT + PEOPLE)


async def test_kill_9_during_a_wave_sends_each_check_in_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = subprocess.run(
        [str(BIN / "cre-admin"), "init", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if not k.startswith("CRE_")},
    )
    assert init.returncode == 0, init.stdout + init.stderr
    await _overdue_wave(data)
    async with running_fake() as fake:
        bot = FollowupBot(fake, data)
        try:
            kills = await _kill_while_sending(fake, bot)
            await wait_for(lambda: _all_have_two(fake), timeout=120)
            await asyncio.sleep(3)  # the bot records the last sends (a stop cancels sending)
            code = await bot.terminate()
        except BaseException:
            print(bot.output()[-6000:])
            raise
        finally:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.kill()
                await bot.proc.wait()
        assert code == 0, bot.output()[-3000:]
        assert kills >= 3
        duplicates = 0
        for chat in _chats():
            texts, dropped = delivered(fake.sent_to(chat))
            assert len(texts) == 2, (chat, texts)
            assert texts[0].startswith("A few weeks have passed on WAVE-")
            assert texts[1].startswith("How is it going?")
            duplicates += dropped
        print(f"kills: {kills}; messages sent again after a kill: {duplicates}")
        assert duplicates <= kills * 8  # at most one per message in flight at each kill

    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        assert await store.outbox_pending_count() == 0
        for chat in _chats():
            async with store.transaction() as tx:
                prompts = await tx.prompts_of_case(f"WAVE-{chat}")
                state = await tx.load_conversation(store.pseudonym("telegram", str(chat)))
            assert [p.state for p in prompts if p.slot == 1] == [SENT]
            assert state is not None and (state.flow, state.step) == ("checkin", "ci_going")
    finally:
        await store.close()


async def _kill_while_sending(fake: FakeTelegram, bot: BotProcess) -> int:
    """Start the bot and kill it each time a few more messages of the wave went out."""
    kills = 0
    for target in (10, 35, 60, 85):
        await bot.start()
        await wait_for(lambda t=target: len(fake.sent) >= t, timeout=60)  # type: ignore[misc]
        if _all_have_two(fake):
            break
        await bot.kill()
        kills += 1
    await bot.start()
    return kills


def _all_have_two(fake: FakeTelegram) -> bool:
    return all(len(delivered(fake.sent_to(chat))[0]) >= 2 for chat in _chats())
