"""Shared fixtures: real SQLite files in tmp dirs, real keys, a clock tests control."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.clock import FakeClock


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
