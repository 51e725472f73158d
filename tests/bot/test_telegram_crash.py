"""``kill -9`` at the worst moments: every accepted update is handled once, every reply sent.

The installed ``cre-bot`` runs as a separate process against the fake Bot API
in this test's process, and is killed with SIGKILL:

- while it handles an update (downloading its photo, before the commit);
- right after a batch of updates reached it;
- after it committed a reply, while that reply is on its way (the fake has
  delivered it but the answer never reaches the bot).

After each restart the run must end exactly where the pure engine says it
should: the same replies in the same order for every chat, the conversation
at the same step, nothing left in the inbox or outbox, every update confirmed.
The only duplicate allowed is the resend of a reply whose send was cut short
by a kill.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from flows.core.messages import Attachment, AttachmentKind
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.bot.telegram_harness import Model, delivered, running_fake, wait_for

BIN = Path(sys.executable).parent
JPEG = b"\xff\xd8\xff\xe0 a photo of the fence" * 40
AMINA, BOSCO = 5001, 5002


class BotProcess:
    """``cre-bot`` on Telegram, pointed at the fake; its output goes to a log file."""

    def __init__(self, fake: FakeTelegram, data: Path) -> None:
        self.fake = fake
        self.data = data
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0

    def env(self) -> dict[str, str]:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
        environ.update(
            CRE_DATA_DIR=str(self.data),
            CRE_TELEGRAM_TOKEN=TOKEN,
            CRE_TELEGRAM_API_URL=self.fake.api_url,
            # The per-chat pace (a burst of three, then 1/s) is tested on its own
            # (test_telegram_pacing); here it would only stretch every wave.
            CRE_TELEGRAM_CHAT_RATE="0",
            PYTHONUNBUFFERED="1",
        )
        return environ

    async def start(self) -> None:
        polls = len(self.fake.calls_to("getUpdates"))
        self.starts += 1
        output = (self.data.parent / f"cre-bot-{self.starts}.log").open("wb")
        self.proc = await asyncio.create_subprocess_exec(
            str(BIN / "cre-bot"),
            env=self.env(),
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=output,
        )
        output.close()
        await wait_for(lambda: len(self.fake.calls_to("getUpdates")) > polls, timeout=30)

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        assert await self.proc.wait() == -signal.SIGKILL
        self.fake.epoch += 1

    async def terminate(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(20):
            return await self.proc.wait()

    def output(self) -> str:
        return "\n".join(
            p.read_text(errors="replace") for p in sorted(self.data.parent.glob("cre-bot-*.log"))
        )


async def caught_up(fake: FakeTelegram, model: Model, timeout: float = 30) -> None:
    """Wait until every chat has received what the model expects (and no update is pending)."""

    def done() -> bool:
        return not fake.pending and all(
            delivered(fake.sent_to(chat))[0] == texts for chat, texts in model.expected.items()
        )

    try:
        await wait_for(done, timeout)
    except TimeoutError:
        print(f"pending updates: {fake.pending}; calls: {[c.method for c in fake.calls][-30:]}")
        for chat, texts in model.expected.items():
            got = [s.text[:40] for s in fake.sent_to(chat)]
            print(f"chat {chat}: expected {[t[:40] for t in texts]}\n   got {got}")
        raise


async def test_sigkill_mid_update_and_before_send_loses_nothing(tmp_path: Path) -> None:
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
        bot = BotProcess(fake, data)
        model = Model()
        await bot.start()
        try:
            await _scenario(fake, bot, model)
            code = await bot.terminate()
        except BaseException:
            print(bot.output()[-6000:])
            raise
        finally:
            if bot.proc is not None and bot.proc.returncode is None:
                bot.proc.kill()
                await bot.proc.wait()
        assert code == 0, bot.output()[-3000:]

        # delivered() only forgives a repeat whose first copy a kill interrupted
        duplicates = sum(delivered(fake.sent_to(chat))[1] for chat in model.expected)
        assert 1 <= duplicates <= 3
        assert fake.pending == []

    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        assert await store.inbox_pending() == []
        assert await store.outbox_pending_count() == 0
        seen = await store.db.read("SELECT COUNT(*) AS n FROM inbox_seen")
        assert seen[0]["n"] == len(fake.pushed)
        for chat in (AMINA, BOSCO):
            person = store.sealer.pseudonym("telegram", str(chat))
            async with store.transaction() as tx:
                state = await tx.load_conversation(person)
            assert state is not None
            assert state.step == model.states[chat].step
            assert state.answers == model.states[chat].answers
            assert len(state.files) == len(model.states[chat].files)
    finally:
        await store.close()


async def _scenario(fake: FakeTelegram, bot: BotProcess, model: Model) -> None:
    def say(chat: int, text: str) -> None:
        fake.push_message(chat, text)
        model.feed(chat, text=text)

    def tap(chat: int, data: str) -> None:
        fake.push_callback(chat, data)
        model.feed(chat, choice=data)

    def photo(chat: int) -> None:
        fake.push_photo(chat, JPEG)
        model.feed(chat, attachment=Attachment(AttachmentKind.PHOTO, "image/jpeg", len(JPEG), JPEG))

    say(AMINA, "/start partnerX")
    say(BOSCO, "/start")
    await caught_up(fake, model)

    # 1. killed while handling an update: its photo is being downloaded, nothing committed yet
    downloading = fake.hold("getFile")
    tap(AMINA, "consent:yes")
    tap(BOSCO, "consent:yes")
    photo(AMINA)
    await downloading.arrived.wait()
    await bot.kill()
    assert fake.pending, "the update being handled must not have been confirmed"
    await bot.start()
    await caught_up(fake, model)

    # 2. killed right after a batch reached it
    fake.served.clear()
    tap(AMINA, "requester_type:community")
    tap(BOSCO, "requester_type:individual")
    say(BOSCO, "Bosco")
    await fake.served.wait()
    await bot.kill()
    await bot.start()
    await caught_up(fake, model)

    # 3. killed after the commit, while the reply is on its way: the reply is sent again
    def to_bosco(params: dict[str, Any]) -> bool:
        return bool(params.get("chat_id") == BOSCO)

    replying = fake.hold("sendMessage", match=to_bosco, after=True)
    tap(BOSCO, "relationship:affected")
    await replying.arrived.wait()
    await bot.kill()
    await bot.start()
    await caught_up(fake, model)  # already true: the held reply had reached the chat
    await wait_for(lambda: fake.sent_to(BOSCO)[-1].epoch == fake.epoch, timeout=30)
    held = [s for s in fake.sent_to(BOSCO) if s.epoch == fake.epoch - 1][-1]
    resent = fake.sent_to(BOSCO)[-1]
    assert (resent.text, resent.epoch) == (held.text, fake.epoch)

    # and life goes on
    tap(AMINA, "requester_name:__skip")
    say(AMINA, "1")
    say(BOSCO, "/skip")
    await caught_up(fake, model)
