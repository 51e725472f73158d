"""The whole runtime over the in-memory store answers exactly as over SQLite: the
ports, not the backend, are what the runtime depends on."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from bot.i18n import Catalogs
from bot.runtime import Runtime
from flows.core.policy import Policy
from flows.service.services import Services
from store.crypto import Keyring
from store.memory.store import MemoryStore
from store.ports import AdminStore, RuntimeStore
from store.sqlite.store import SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport

SCRIPT = [
    "/start",
    CONSENT,
    *intake_answers(requester_name="Amina", harm="evicted", strategies="7", help_kind="1"),
    SUBMIT,
    "/status",
]


async def _conversation(store: RuntimeStore) -> list[str]:
    catalogs = Catalogs()
    clock = FakeClock()
    seeded = random.Random(7)
    services = Services(clock, catalogs.label, seeded.randbytes, Policy())
    transport = RecordingTransport()
    runtime = Runtime(store, catalogs, [transport], services)
    await runtime.start()
    try:
        for line in SCRIPT:
            await transport.say("u1", line, locale_hint="en")
            async with asyncio.timeout(10):
                await runtime.idle()
    finally:
        await runtime.stop()
    return transport.texts("u1")


async def _case_count(store: AdminStore) -> int:
    return len(await store.list_cases())


async def test_an_intake_over_memory_reads_as_over_sqlite(tmp_path: Path) -> None:
    keyring = Keyring.generate()
    sqlite = await SqliteStore.open(tmp_path / "data", keyring)
    memory = await MemoryStore.open(keyring)
    try:
        on_sqlite = await _conversation(sqlite)
        on_memory = await _conversation(memory)
        assert on_memory == on_sqlite
        assert any("has been sent" in text for text in on_memory)
        assert await _case_count(memory) == await _case_count(sqlite) == 1
        assert await memory.outbox_pending_count() == 0
    finally:
        await sqlite.close()
        await memory.close()
