"""Rotate while the real ``cre-bot`` handles Telegram traffic, ``kill -9`` the rotation
half-way, resume it: the bot is never restarted, every person gets exactly the
replies the pure engine predicts (no message fails), the old key is retired and
every row reads with the new key file alone."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from store.crypto import KeyProblem, Keyring
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import FakeTelegram
from tests.bot.telegram_harness import Model, running_fake
from tests.bot.test_telegram_crash import BotProcess, caught_up
from tests.keys.fill import fill, open_all, read_back
from tests.keys.test_rotation import ROOT, _admin, _env

PEOPLE = range(7001, 7009)


def _wave(fake: FakeTelegram, model: Model, step: int) -> None:
    """One message from each person: their intake's next answer."""
    for chat in PEOPLE:
        if step == 0:
            fake.push_message(chat, "/start")
            model.feed(chat, text="/start")
        elif step == 1:
            fake.push_callback(chat, "consent:yes")
            model.feed(chat, choice="consent:yes")
        else:
            fake.push_message(chat, "/help")
            model.feed(chat, text="/help")


async def _traffic_until(
    fake: FakeTelegram, model: Model, task: asyncio.Task[subprocess.CompletedProcess[str]]
) -> int:
    """Waves of messages, each answered, for as long as the rotation runs; how many."""
    waves = 0
    while not task.done():
        _wave(fake, model, 2)
        await caught_up(fake, model)
        waves += 1
    return waves


async def _rotation(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        args,
        cwd=ROOT,
        env=_env(data),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


async def test_rotation_under_live_traffic_killed_and_resumed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    old = Keyring.read(data / "keys.json")
    store = await SqliteStore.open(data, old)
    await fill(store, 40)  # enough to re-seal in many batches
    await store.close()
    async with running_fake() as fake:
        bot = BotProcess(fake, data)
        model = Model()
        await bot.start()
        try:
            _wave(fake, model, 0)
            await caught_up(fake, model)
            killing = asyncio.create_task(
                _rotation(
                    [sys.executable, "-m", "tests.keys.rotate_and_die", str(data), "10", "12"],
                    data,
                )
            )
            _wave(fake, model, 1)
            during_kill = await _traffic_until(fake, model, killing)
            killed = await killing
            assert killed.returncode == -9, killed.stderr
            await caught_up(fake, model)
            _wave(fake, model, 2)  # the bot goes on between the kill and the resume
            await caught_up(fake, model)
            resuming = asyncio.create_task(
                _rotation(
                    [
                        sys.executable,
                        "-c",
                        "from admin_cli.main import run; run()",
                        "keys",
                        "rotate",
                        "--batch",
                        "10",
                    ],
                    data,
                )
            )
            during_resume = await _traffic_until(fake, model, resuming)
            resumed = await resuming
            assert resumed.returncode == 0, resumed.stdout + resumed.stderr
            assert "retired key(s) 1" in resumed.stdout
            await caught_up(fake, model)
            _wave(fake, model, 4)  # after the retirement, still without a restart
            await caught_up(fake, model)
            code = await bot.terminate()
        except BaseException:
            print(bot.output()[-6000:])
            raise
        finally:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.kill()
                await bot.proc.wait()
        assert code == 0, bot.output()[-3000:]
        print(
            f"waves during the killed rotation: {during_kill}, during the resume: {during_resume}"
        )
        assert during_kill >= 2 and during_resume >= 2  # the rotations really ran under traffic
        assert "Error" not in bot.output() and "Traceback" not in bot.output()

    final = Keyring.read(data / "keys.json")
    assert set(final.keys) == {2}
    assert open_all(data, final)[0] == (2,)
    with pytest.raises(KeyProblem):
        open_all(data, old)
    store = await SqliteStore.open(data, final)
    try:
        assert await read_back(store) == 40
        assert await store.outbox_pending_count() == 0
        failed = await store.db.read("SELECT count(*) AS n FROM outbox WHERE status = 'failed'")
        assert failed[0]["n"] == 0
        usage = await store.key_usage()
        assert set(usage.rows) == {2} and set(usage.files) == {2}
    finally:
        await store.close()
