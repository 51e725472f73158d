"""What the real ``cre-bot`` says at start: no coordinator (item 10), replies waiting for a
channel that is not running (item 5)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from flows.core.messages import Channel, Outbound
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.e2e.conftest import BIN, run

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


async def _start_and_read_warnings(
    data: Path, wanted: int, until_logged: str = "runtime.started"
) -> list[str]:
    """Start the console bot, read ``wanted`` warning lines from stderr, wait until the
    runtime has logged ``until_logged`` (its start-up events come after), then SIGTERM it."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"})
    child = await asyncio.create_subprocess_exec(
        str(BIN / "cre-bot"),
        env=environ,
        stdin=subprocess.PIPE,  # kept open: the console waits for input
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    warnings: list[str] = []
    try:
        async with asyncio.timeout(30):
            while len(warnings) < wanted:
                line = (await child.stderr.readline()).decode()
                assert line, "cre-bot ended before warning"
                if line.startswith("cre-bot: warning:"):
                    warnings.append(line.strip())
            log = data / "logs" / "cre-bot.log"
            while f'"event": "{until_logged}"' not in log.read_text():
                await asyncio.sleep(0.05)
    finally:
        child.send_signal(signal.SIGTERM)
        await asyncio.wait_for(child.wait(), 30)
    return warnings


async def test_start_says_loudly_when_no_coordinator_is_registered(data: Path) -> None:
    assert run("cre-admin", "init", data=data).returncode == 0
    [warning] = await _start_and_read_warnings(data, 1)
    assert "NO COORDINATOR IS REGISTERED" in warning
    log = (data / "logs" / "cre-bot.log").read_text()
    assert '"event": "runtime.no_coordinator"' in log


async def test_start_says_how_many_replies_wait_for_a_channel_not_running(data: Path) -> None:
    assert run("cre-admin", "init", data=data).returncode == 0
    added = run("cre-admin", "facilitators", "add", "--coordinator", "--channel", "telegram",
                "--id", "42", "--name", "C", data=data)  # fmt: skip
    assert added.returncode == 0
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        person = store.sealer.pseudonym("telegram", "42")
        async with store.transaction() as tx:
            for n in range(2):
                message = Outbound(person, "case-new", {"ref": f"REF{n}"})
                await tx.enqueue(Channel.TELEGRAM, "42", "en", message, NOW)
    finally:
        await store.close()
    [warning] = await _start_and_read_warnings(data, 1)
    assert warning == (
        "cre-bot: warning: 2 replies wait for the telegram channel, which is not running here"
    )
