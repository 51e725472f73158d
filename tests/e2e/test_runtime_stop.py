"""A stop (SIGTERM) ends the runtime even when a messenger's transport hangs on the way out."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.i18n import Catalogs
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime


class HangingTransport(RecordingTransport):
    """Stops like a messenger whose connection never closes."""

    async def stop(self) -> None:
        await asyncio.Event().wait()


async def test_a_hanging_transport_does_not_keep_the_runtime_from_stopping(
    store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    transport = HangingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], FakeClock())
    runtime.stop_grace = 0.3
    await runtime.start()
    await transport.say("amina", "/start", locale_hint="en")
    async with asyncio.timeout(10):
        await runtime.idle()
    caplog.set_level(logging.INFO, logger="cre")
    async with asyncio.timeout(5):  # without the bound, this waits forever
        await runtime.stop()
    events = [getattr(r, "fields", {}).get("event") for r in caplog.records]
    assert "runtime.stop_slow" in events and events[-1] == "runtime.stopped"
    assert transport.texts("amina")  # it had answered before the stop
