"""The follow-up tests' exchange (see :mod:`tests.followup.world`)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from store.sqlite.store import SqliteStore
from tests.followup.world import World, start_world
from tests.support.clock import FakeClock


@pytest.fixture
async def world(store: SqliteStore, clock: FakeClock) -> AsyncIterator[World]:
    built = await start_world(store, clock)
    try:
        yield built
    finally:
        await built.runtime.stop()
