"""A wrong key after a crash changes nothing, WAL included (item 15)."""

from __future__ import annotations

import asyncio
import hashlib
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from store.crypto import KeyProblem, Keyring
from store.sqlite.store import DB_NAME, SqliteStore

_WRITE_THEN_DIE = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from store.crypto import Keyring
    from store.sqlite.store import SqliteStore

    async def main():
        data = Path(sys.argv[1])
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        for n in range(20):
            async with store.transaction() as tx:
                await tx.audit(datetime.now(UTC), "test", f"action.{n}")
        os.kill(os.getpid(), signal.SIGKILL)  # no close: the WAL keeps those commits

    asyncio.run(main())
    """
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_wrong_key_after_a_crash_leaves_db_and_wal_byte_identical(
    tmp_path: Path, keyring: Keyring
) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, keyring)
    await store.close()
    keyring.write(data / "keys.json")
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _WRITE_THEN_DIE, str(data), stderr=subprocess.PIPE
    )
    _, err = await asyncio.wait_for(child.communicate(), 30)
    assert child.returncode == -signal.SIGKILL, err.decode()
    db, wal = data / DB_NAME, data / f"{DB_NAME}-wal"
    assert wal.stat().st_size > 0
    before = (_digest(db), _digest(wal))

    with pytest.raises(KeyProblem, match="Nothing was changed"):
        await SqliteStore.open(data, Keyring.generate())
    wrong_pseudonyms = Keyring(keyring.keys, keyring.active, b"p" * 32)
    with pytest.raises(KeyProblem, match="Nothing was changed"):
        await SqliteStore.open(data, wrong_pseudonyms)
    assert (_digest(db), _digest(wal)) == before

    reopened = await SqliteStore.open(data, keyring)
    try:
        actions = [e["action"] for e in await reopened.audit_entries()]
        assert actions[-1] == "action.19"  # the commits in the WAL were kept
    finally:
        await reopened.close()
