"""Sealed files follow their transaction: rollback, crash after commit, erasure (item 6)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.i18n import Catalogs
from bot.runtime import Runtime
from flows.core.messages import Attachment, AttachmentKind
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
PDF = Attachment(AttachmentKind.DOCUMENT, "application/pdf", 9, b"%PDF-1.4\n")


def _files(store: SqliteStore) -> list[str]:
    return sorted(p.name for p in store.files_dir.glob("*")) if store.files_dir.exists() else []


async def _save_then_fail(store: SqliteStore) -> None:
    async with store.transaction() as tx:
        await tx.save_file("p1", "abc123", PDF, NOW)
        assert _files(store) == ["abc123.sealed.tmp"]  # not yet under its final name
        raise RuntimeError("the step failed after the file was written")


async def _discard_then_fail(store: SqliteStore) -> None:
    async with store.transaction() as tx:
        await tx.discard_files(("abc123",))
        assert _files(store) == ["abc123.sealed"]  # still there until COMMIT
        raise RuntimeError("rolled back")


async def test_rollback_leaves_no_file_and_no_row(store: SqliteStore) -> None:
    with pytest.raises(RuntimeError):
        await _save_then_fail(store)
    assert _files(store) == []
    assert await store.load_file("abc123") is None


async def test_commit_publishes_and_discard_deletes_only_after_commit(store: SqliteStore) -> None:
    async with store.transaction() as tx:
        await tx.save_file("p1", "abc123", PDF, NOW)
    assert _files(store) == ["abc123.sealed"]
    assert (store.files_dir / "abc123.sealed").stat().st_mode & 0o777 == 0o600
    loaded = await store.load_file("abc123")
    assert loaded is not None and loaded[3] == PDF.data

    with pytest.raises(RuntimeError):
        await _discard_then_fail(store)
    assert _files(store) == ["abc123.sealed"]  # the row survived, so must the file

    async with store.transaction() as tx:
        await tx.discard_files(("abc123",))
    assert _files(store) == []


_KILLED_AFTER_COMMIT = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from flows.core.messages import Attachment, AttachmentKind
    from store.crypto import Keyring
    from store.files import FileEffects
    from store.sqlite.store import SqliteStore
    from store.sqlite.transaction import SqliteTransaction

    class KillAfterCommit:
        # Dies where a power cut or kill -9 hurts most: COMMIT done, files not yet touched.
        async def committed(self):
            os.kill(os.getpid(), signal.SIGKILL)

        async def abandoned(self):
            pass

    async def main():
        data = Path(sys.argv[1])
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        files = FileEffects(store.file_area)
        pdf = Attachment(AttachmentKind.DOCUMENT, "application/pdf", 9, b"%PDF-1.4\\n")
        async with store.db.transaction(KillAfterCommit()) as conn:
            tx = SqliteTransaction(conn, store.sealer, files)
            await tx.save_file("p1", "new1", pdf, datetime.now(UTC))
            await tx.discard_files(("old1",))

    asyncio.run(main())
    """
)


async def test_crash_between_commit_and_rename_is_repaired_at_open(
    tmp_path: Path, keyring: Keyring
) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, keyring)
    keyring.write(data / "keys.json")
    async with store.transaction() as tx:
        await tx.save_file("p1", "old1", PDF, NOW)
    await store.close()

    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _KILLED_AFTER_COMMIT, str(data), stderr=subprocess.PIPE
    )
    _, err = await asyncio.wait_for(child.communicate(), 30)
    assert child.returncode == -signal.SIGKILL, err.decode()
    left = sorted(p.name for p in (data / "files").iterdir())
    assert left == ["new1.sealed.tmp", "old1.sealed"]  # committed, files not yet done

    (data / "files" / "orphan9.sealed.tmp").write_bytes(b"x")  # a write that never committed
    (data / "files" / "stray7.sealed").write_bytes(b"x")  # a deletion done before the fix
    reopened = await SqliteStore.open(data, keyring)
    try:
        assert sorted(p.name for p in (data / "files").iterdir()) == ["new1.sealed"]
        loaded = await reopened.load_file("new1")
        assert loaded is not None and loaded[3] == PDF.data
        assert await reopened.load_file("old1") is None
    finally:
        await reopened.close()


@pytest.fixture
async def runtime(
    store: SqliteStore, clock: FakeClock
) -> AsyncIterator[tuple[Runtime, RecordingTransport]]:
    transport = RecordingTransport()
    runtime = make_runtime(store, Catalogs(), [transport], clock)
    await runtime.start()
    try:
        yield runtime, transport
    finally:
        await runtime.stop()


async def _say(rt: Runtime, transport: RecordingTransport, user: str, lines: list[str]) -> None:
    for line in lines:
        await transport.say(user, line, locale_hint="en")
        async with asyncio.timeout(10):
            await rt.idle()


async def test_forget_leaves_no_sealed_file_of_that_person(
    store: SqliteStore, runtime: tuple[Runtime, RecordingTransport]
) -> None:
    rt, transport = runtime
    script = [
        "/start",
        CONSENT,
        *intake_answers(requester_name="N", harm="h", strategies="7", outcome="o", help_kind="1"),
    ]
    for user in ("u2", "u3"):
        await _say(rt, transport, user, script[:14])
        for _ in range(2):
            await transport.say(user, attachment=PDF)
            async with asyncio.timeout(10):
                await rt.idle()
        await _say(rt, transport, user, [*script[14:], SUBMIT])
    assert len([n for n in _files(store) if n.endswith(".sealed")]) == 4
    await _say(rt, transport, "u2", ["/forget", "1"])
    assert "deleted" in transport.texts("u2")[-1]
    kept = _files(store)
    assert len(kept) == 2 and all(n.endswith(".sealed") for n in kept)
    u3 = store.sealer.pseudonym("console", "u3")
    async with store.transaction() as tx:
        rows = await tx._all("SELECT id, owner FROM files", ())
    assert {r["owner"] for r in rows} == {u3}
    assert sorted(f"{r['id']}.sealed" for r in rows) == kept


async def _save_big(store: SqliteStore) -> None:
    big = Attachment(AttachmentKind.DOCUMENT, "application/pdf", 4 << 20, b"%PDF" * (1 << 20))
    async with store.transaction() as tx:
        await tx.save_file("p1", "big1", big, NOW)


async def test_disk_full_while_writing_leaves_no_partial_file(
    tmp_path: Path, keyring: Keyring
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        store = await SqliteStore.open(disk / "data", keyring)
        try:
            with pytest.raises(OSError, match="No space left"):
                await _save_big(store)
            assert _files(store) == []  # the partial temporary file went with the rollback
            async with store.transaction() as tx:
                await tx.save_file("p1", "small1", PDF, NOW)
            assert _files(store) == ["small1.sealed"]
        finally:
            await store.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
