"""Back up while the real ``cre-bot`` handles Telegram traffic, restore elsewhere:
``PRAGMA integrity_check`` is ok, every case and conversation reads, and the bot
answered everyone throughout."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

from store.crypto import Keyring
from store.sqlite.store import DB_NAME, SqliteStore
from tests.bot.telegram_harness import Model, running_fake
from tests.bot.test_telegram_crash import BotProcess, caught_up
from tests.keys.fill import CANARY, fill, open_all, read_back
from tests.keys.test_rotation import ROOT, _admin, _env
from tests.keys.test_rotation_live import PEOPLE, _traffic_until, _wave

ADMIN = (sys.executable, "-c", "from admin_cli.main import run; run()")


async def test_backup_under_live_traffic_restores_elsewhere(tmp_path: Path) -> None:
    data, elsewhere, archive = tmp_path / "data", tmp_path / "elsewhere", tmp_path / "b.tar"
    assert _admin(data, "init").returncode == 0
    key = Keyring.read(data / "keys.json")
    store = await SqliteStore.open(data, key)
    await fill(store, 200)  # a database big enough to copy in many steps
    await store.close()
    async with running_fake() as fake:
        bot = BotProcess(fake, data)
        model = Model()
        await bot.start()
        try:
            _wave(fake, model, 0)
            await caught_up(fake, model)
            _wave(fake, model, 1)
            backing_up = asyncio.create_task(
                asyncio.to_thread(
                    subprocess.run,
                    [*ADMIN, "backup", str(archive)],
                    cwd=ROOT,
                    env=_env(data),
                    capture_output=True,
                    text=True,
                    timeout=600,
                    check=False,
                )
            )
            waves = await _traffic_until(fake, model, backing_up)
            made = await backing_up
            assert made.returncode == 0, made.stdout + made.stderr
            code = await bot.terminate()
        except BaseException:
            print(bot.output()[-6000:])
            raise
        finally:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.kill()
                await bot.proc.wait()
        assert code == 0 and waves >= 1, bot.output()[-3000:]

    assert CANARY.encode() not in archive.read_bytes()
    elsewhere.mkdir(mode=0o700)
    (elsewhere / "keys.json").write_text(key.to_file_text())
    (elsewhere / "keys.json").chmod(0o600)
    done = _admin(elsewhere, "restore", str(archive))
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(elsewhere / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert open_all(elsewhere, key)[0] == (1,)
    restored = await SqliteStore.open(elsewhere, key)
    try:
        assert await read_back(restored) == 200
        async with restored.transaction() as tx:
            for chat in PEOPLE:  # the bot's people were in the snapshot, and read
                person = restored.pseudonym("telegram", str(chat))
                assert await tx.load_conversation(person) is not None
    finally:
        await restored.close()
