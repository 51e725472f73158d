"""Shared fixtures: real SQLite files in tmp dirs, real keys, a clock tests control."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock

HANG_REPORT_AFTER = float(os.environ.get("CRE_TEST_HANG_AFTER", "240"))
"""Seconds a test (set-up, body and tear-down) may take before its tasks are dumped."""


@pytest.fixture(autouse=True)
async def _hang_report() -> AsyncIterator[None]:
    """A test that hangs on its event loop is shown by what each task awaits (the
    faulthandler dump shows only threads). Nothing is cancelled: cancelling a
    fixture's finalizer would leave pytest's fixtures half torn down for every test
    after it."""

    async def watch() -> None:
        await asyncio.sleep(HANG_REPORT_AFTER)
        out = io.StringIO()
        for task in asyncio.all_tasks():
            if task is not asyncio.current_task():
                task.print_stack(limit=8, file=out)
        print(
            f"\n--- tasks after {HANG_REPORT_AFTER:.0f} s ---\n{out.getvalue()}",
            file=sys.__stderr__,
        )

    watcher = asyncio.create_task(watch())
    try:
        yield
    finally:
        watcher.cancel()


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.generate()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def store(tmp_path: Path, keyring: Keyring) -> AsyncIterator[SqliteStore]:
    opened = await SqliteStore.open(tmp_path / "data", keyring)
    try:
        yield opened
    finally:
        await opened.close()
