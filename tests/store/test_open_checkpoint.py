"""Opening the store checkpoints the WAL (TRUNCATE), so the frames a ``kill -9`` in
the middle of work left behind (issue 12: an erasure whose own checkpoint never ran)
stop holding anything decryptable as soon as the bot is back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from store.crypto import Keyring, Sealer
from store.sqlite.store import SqliteStore
from tests.privacy.forensics import search

WORDS = "cnry-crash-remnant-7f3a"


def _crash(data: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.store.erase_and_die", str(data), WORDS],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -9 and "erased" in done.stdout, done.stdout + done.stderr


async def test_remnants_a_kill_left_in_the_wal_are_gone_once_the_store_opens(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    keyring = Keyring.generate()
    data.mkdir(mode=0o700)
    keyring.write(data / "keys.json")
    await (await SqliteStore.open(data, keyring, new_key=True)).close()
    _crash(data)
    sealer = Sealer(keyring)
    wal = data / "cre.sqlite3-wal"

    left = tmp_path / "as-the-crash-left-it"
    shutil.copytree(data, left)
    crashed = search(left, sealer, [WORDS])
    assert WORDS in crashed.opened and WORDS not in crashed.raw  # sealed, but there

    store = await SqliteStore.open(data, keyring)  # the bot starts again
    try:
        assert not wal.exists() or wal.stat().st_size == 0
        reopened = tmp_path / "after-open"
        shutil.copytree(data, reopened)
        found = search(reopened, sealer, [WORDS])
        assert found.hits() == 0, (found.raw, found.opened)
        assert found.pages > 0
    finally:
        await store.close()


async def test_the_store_zeroes_freed_pages_and_caps_the_wal(tmp_path: Path) -> None:
    """``secure_delete`` (freed pages are zeroed in the main file) and
    ``journal_size_limit`` (a checkpointed WAL is cut back to at most 4 MiB)."""
    store = await SqliteStore.open(tmp_path / "data", Keyring.generate(), new_key=True)
    try:
        [secure] = await store.db.read("PRAGMA secure_delete")
        [limit] = await store.db.read("PRAGMA journal_size_limit")
        [mode] = await store.db.read("PRAGMA journal_mode")
    finally:
        await store.close()
    assert (secure[0], limit[0], mode[0]) == (1, 4 * 1024 * 1024, "wal")
