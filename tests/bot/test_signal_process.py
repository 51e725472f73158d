"""The installed ``cre-bot`` on Signal, configured by environment only, takes a real voice note.

The frame is what signal-cli-rest-api pushes for a Signal voice note (an
``audio/aac`` ``JsonAttachment`` without ``isVoiceNote``, no filename): before
issue 9 it was lost without a reply. Here it must be answered, sealed in the
data directory, attached to the person's request, and removed from the
service's volume.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from flows.core.messages import Channel
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.bot import signal_frames as f
from tests.bot.fake_signal import FakeSignalApi, person

BIN = Path(sys.executable).parent
BOT = "+4915112345678"
VOICE = b"\xff\xf1\x50\x80" + b"\x00" * 6000


async def _until(check: Callable[[], bool], timeout: float = 20) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_cre_bot_answers_and_keeps_a_real_voice_note(tmp_path: Path) -> None:
    data = tmp_path / "data"
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"})
    init = subprocess.run(
        [str(BIN / "cre-admin"), "init", "--quiet"], env=environ, capture_output=True, check=False
    )
    assert init.returncode == 0, init.stderr
    fake = FakeSignalApi(BOT)
    await fake.start()
    environ.update({"CRE_SIGNAL_SERVICE": fake.service, "CRE_SIGNAL_NUMBER": BOT})
    log = (tmp_path / "cre-bot.log").open("wb")
    # Popen, polled: asyncio's child watcher can miss an exit among the suite's many children
    process = subprocess.Popen(
        [str(BIN / "cre-bot")], env=environ, stdin=subprocess.DEVNULL, stdout=log, stderr=log
    )
    log.close()
    number, uuid_ = person(2)
    try:
        await fake.wait_connected(1, timeout=30)
        for text, then in (("hello", "1. English"), ("1", "1. Yes"), ("1", "1. Myself")):
            await fake.push_text(number, uuid_, text)  # language, consent, then the first question
            await _until(lambda then=then: then in "".join(fake.sent_to(uuid_)[-1:]))  # type: ignore[misc]
        file_id = fake.store_file(VOICE, "audio/aac")
        stamp = fake.stamp()
        entry = f.attachment(file_id, "audio/aac", len(VOICE), upload_timestamp=stamp - 900)
        message = f.data_message(stamp, attachments=[entry])
        await fake.push_frame(f.envelope(number, uuid_, stamp, dataMessage=message))
        saved = "File received and attached to your request as evidence."
        await _until(lambda: saved in fake.sent_to(uuid_))
        await fake.wait_deleted(file_id, timeout=20)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            await _until(lambda: process.poll() is not None, timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            await fake.stop()
    output = (tmp_path / "cre-bot.log").read_text(errors="replace")
    assert process.returncode == 0, output[-2000:]
    assert number not in output and uuid_ not in output

    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        assert await store.inbox_pending() == []
        person_ = store.sealer.pseudonym(Channel.SIGNAL.value, uuid_)
        async with store.transaction() as tx:
            conversation = await tx.load_conversation(person_)
        assert conversation is not None
        assert [entry["kind"] for entry in conversation.files] == ["voice"]
        [sealed] = list(store.files_dir.iterdir())
        assert VOICE not in sealed.read_bytes()  # sealed at rest, unlike signal-cli's copy
    finally:
        await store.close()
