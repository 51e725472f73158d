"""The installed ``cre-bot`` against a batch with unparseable updates in the middle (item 3).

Before, PTB's ``Bot.get_updates`` parsed the whole batch at once: one update
it could not parse made every getUpdates raise, the offset never advanced,
and nobody was served again. Now every good update of the batch is
answered, each bad one is quarantined (counted for ``cre-admin doctor``),
and the poller goes on serving whoever writes next.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.bot.telegram_harness import running_fake, wait_for
from tests.bot.test_telegram_crash import BIN, BotProcess

GOOD = (7001, 7002, 7003)


async def test_cre_bot_quarantines_unparseable_updates_and_never_stalls(tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = subprocess.run(
        [str(BIN / "cre-admin"), "init", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if not k.startswith("CRE_")},
    )
    assert init.returncode == 0, init.stdout + init.stderr
    async with running_fake() as fake:
        fake.push_message(GOOD[0], "/start")
        fake.push_docs_example()
        fake.push_message(GOOD[1], "/start")
        fake.push_legacy_poll(7100)
        fake.push_unknown_update(7200)
        fake.push_message(GOOD[2], "/start")
        batch = len(fake.pending)
        bot = BotProcess(fake, data)
        await bot.start()
        try:
            await wait_for(lambda: not fake.pending, timeout=30)
            await wait_for(lambda: all(len(fake.sent_to(c)) == 2 for c in GOOD), timeout=30)
            assert fake.sent_to(1111111)  # the docs example's sender is asked to resend
            assert fake.sent_to(7100)  # so is the person whose poll could not be read
            # the poller is not stuck: someone writing afterwards is served
            fake.push_message(7004, "/start")
            await wait_for(lambda: len(fake.sent_to(7004)) == 2, timeout=30)
            code = await bot.terminate()
        except BaseException:
            print(bot.output()[-6000:])
            raise
        finally:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.kill()
                await bot.proc.wait()
        assert code == 0, bot.output()[-3000:]
        assert batch == 6
        assert fake.pending == []
        log = bot.output()
        assert "telegram.quarantined" in log
        assert "Test Lastname" not in log and "1111111" not in log

    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        events = {(e.channel, e.kind): e.count for e in await store.transport_events()}
        assert events[("telegram", "quarantined")] == 2
        assert await store.inbox_pending() == []
    finally:
        await store.close()
