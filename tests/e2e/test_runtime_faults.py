"""Faults in the middle of real traffic: a full disk, damaged rows, a store error at commit.

The real runtime, store (SQLite file, sealed files) and catalogs; the
recording transport plays a messenger that offers an unacknowledged message
again, as Telegram and signal-cli-rest-api do. The full disk is real: a
small tmpfs under the data dir, filled with a ballast file for a few
seconds. Where mounting needs root, the test is skipped and its twin uses
SQLite's own ``max_page_count`` limit, which makes SQLite report
SQLITE_FULL exactly as on a full disk.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.clock import SystemClock
from bot.i18n import Catalogs
from bot.runtime import Runtime
from flows.core.messages import Attachment, AttachmentKind, Channel, Inbound, Outbound
from flows.core.policy import LANGUAGES
from flows.core.ports import Clock
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.e2e.conftest import run
from tests.support.answers import CONSENT, SUBMIT, intake_answers
from tests.support.clock import FakeClock
from tests.support.recording import RecordingTransport
from tests.support.runtime import make_runtime

REF = re.compile(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b")
PEOPLE = 20
VOICE = Attachment(
    AttachmentKind.VOICE, "audio/ogg", 48_000, b"OggS" + bytes(range(256)) * 187 + b"x" * 124
)
"""A voice note whose bytes are an Ogg stream's, as the media policy checks content."""


def _script() -> list[str | Attachment]:
    """A whole intake whose story is a voice note (a sealed file on the same disk).

    A voice note answers the story at once, so the "That's all" after the typed
    story is left out.
    """
    answers: list[str | Attachment] = list(intake_answers())
    story = answers.index("Sand mining took our riverbank.")
    answers[story : story + 2] = [VOICE]
    return ["/start", CONSENT, *answers, SUBMIT]


def _masked(texts: list[str]) -> list[str]:
    return [REF.sub("REF", t) for t in texts]


@functools.cache
def _catalogs() -> Catalogs:
    return Catalogs()


def _runtime(store: SqliteStore, transport: RecordingTransport, clock: Clock) -> Runtime:
    runtime = make_runtime(store, _catalogs(), [transport], clock)
    runtime.store_backoff = (0.02, 0.4)
    runtime.backoff_base = 0.02
    runtime.idle_wait = 0.1
    return runtime


async def _converse(
    transport: RecordingTransport, user: str, script: list[str | Attachment], progress: list[int]
) -> int:
    """Say each line once the previous one was answered; return how many offers failed."""
    failures = 0
    for line in script:
        before = len(transport.sent[f"chat-{user}"])
        if isinstance(line, Attachment):
            item = transport.received(user, attachment=line, locale_hint="en")
        else:
            item = transport.received(user, line, locale_hint="en")
        failures += await transport.offer(item, pause=0.02)
        progress[0] += 1
        async with asyncio.timeout(60):
            while len(transport.sent[f"chat-{user}"]) == before:
                await asyncio.sleep(0.01)
    return failures


async def _reference(tmp_path: Path, keyring: Keyring) -> list[str]:
    """One person's replies to the script on a healthy disk."""
    store = await SqliteStore.open(tmp_path / "reference", keyring)
    transport = RecordingTransport()
    runtime = _runtime(store, transport, FakeClock())
    await runtime.start()
    try:
        await _converse(transport, "alone", _script(), [0])
        async with asyncio.timeout(20):
            await runtime.idle()
        return _masked(transport.texts("alone"))
    finally:
        await runtime.stop()
        await store.close()


async def _conversations_through(
    store: SqliteStore,
    fault: Callable[[], Awaitable[None]],
    expected: list[str],
    people: int = PEOPLE,
) -> tuple[int, RecordingTransport]:
    """Run ``people`` intakes at once; ``fault`` starts once a third of the lines are in."""
    clock = FakeClock()
    transport = RecordingTransport()
    runtime = _runtime(store, transport, clock)
    await runtime.start()
    progress = [0]
    script = _script()
    users = [f"person-{n:02d}" for n in range(people)]

    async def fault_midway() -> None:
        while progress[0] < people * len(script) // 3:
            await asyncio.sleep(0.01)
        await fault()

    try:
        async with asyncio.timeout(120):
            results = await asyncio.gather(
                fault_midway(), *(_converse(transport, u, script, progress) for u in users)
            )
            await runtime.idle()
        for user in users:
            assert _masked(transport.texts(user)) == expected, user
        assert len(await store.list_cases()) == people
        assert await store.inbox_pending() == []
        assert await store.outbox_pending_count() == 0
        failed = await store.db.read("SELECT COUNT(*) AS n FROM outbox WHERE status = 'failed'")
        assert failed[0]["n"] == 0
        return sum(r for r in results if isinstance(r, int)), transport
    finally:
        await runtime.stop()


@pytest.fixture
async def tmpfs(tmp_path: Path) -> AsyncIterator[Path]:
    """A 16 MB tmpfs of its own, so the disk can really be filled."""
    mount = shutil.which("mount")
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or mount is None:
        pytest.skip("mounting a tmpfs needs root; see the max_page_count variant")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("this machine refuses to mount a tmpfs; see the max_page_count variant")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(path: Path) -> None:
    """Write ``path`` until the file system has not one byte left."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (1 << 20, 1 << 12, 1):
            chunk = b"\0" * size
            while True:
                try:
                    os.write(fd, chunk)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)


async def test_a_full_disk_for_seconds_loses_nothing_and_needs_no_restart(
    tmpfs: Path, tmp_path: Path, keyring: Keyring, caplog: pytest.LogCaptureFixture
) -> None:
    expected = await _reference(tmp_path, keyring)
    store = await SqliteStore.open(tmpfs / "data", keyring)

    async def full_disk() -> None:
        await asyncio.to_thread(_fill, tmpfs / "ballast")
        await asyncio.sleep(3)
        (tmpfs / "ballast").unlink()

    caplog.set_level(logging.INFO, logger="cre")
    try:
        refused, _ = await _conversations_through(store, full_disk, expected)
    finally:
        await store.close()
    events = {getattr(r, "fields", {}).get("event") for r in caplog.records}
    assert refused > 0  # messages were offered while the disk was full, and came back
    assert "inbox.store_error" in events
    for record in caplog.records:  # the log says what failed, never what was said
        assert "Sand mining" not in record.getMessage()


async def test_sqlite_full_for_seconds_loses_nothing_without_root(
    store: SqliteStore, tmp_path: Path, keyring: Keyring, caplog: pytest.LogCaptureFixture
) -> None:
    expected = await _reference(tmp_path, keyring)

    async def database_full() -> None:
        pages = await store.db.read("PRAGMA page_count")
        await store.db.read(f"PRAGMA max_page_count = {int(pages[0][0])}")
        await asyncio.sleep(2)
        await store.db.read("PRAGMA max_page_count = 1073741823")

    caplog.set_level(logging.INFO, logger="cre")
    await _conversations_through(store, database_full, expected, people=8)
    events = {getattr(r, "fields", {}).get("event") for r in caplog.records}
    assert events & {"inbox.store_error", "outbox.store_error"}


async def test_a_bad_outbox_row_is_failed_and_the_next_rows_go(
    store: SqliteStore, caplog: pytest.LogCaptureFixture
) -> None:
    clock = SystemClock()  # the missing file is retried (it may be on its way) before failing
    transport = RecordingTransport()
    runtime = _runtime(store, transport, clock)
    voice_file = "f" * 24
    async with store.transaction() as tx:
        await tx.save_file("p-a", voice_file, VOICE, clock.now())
        await tx.enqueue(Channel.CONSOLE, "chat-a", "en", Outbound("p-a", "help"), clock.now())
        await tx.enqueue(
            Channel.CONSOLE,
            "chat-a",
            "en",
            Outbound("p-a", "help", file_id=voice_file),
            clock.now(),
        )
        await tx.enqueue(Channel.CONSOLE, "chat-a", "en", Outbound("p-a", "help"), clock.now())
        await tx.enqueue(Channel.CONSOLE, "chat-b", "en", Outbound("p-b", "help"), clock.now())
        await tx.enqueue(Channel.CONSOLE, "chat-b", "en", Outbound("p-b", "help"), clock.now())
    async with store.transaction() as tx:  # damage: a lost sealed file, a torn payload
        await tx.conn.execute(
            "UPDATE outbox SET payload = X'00' WHERE id = (SELECT MIN(id) FROM outbox)"
        )
    store.file_area.final(voice_file).unlink()
    caplog.set_level(logging.INFO, logger="cre")
    await runtime.start()
    try:
        async with asyncio.timeout(10):
            await runtime.idle()
    finally:
        await runtime.stop()
    assert len(transport.sent["chat-a"]) == 1  # the third row went
    assert len(transport.sent["chat-b"]) == 2
    rows = await store.db.read("SELECT status, error FROM outbox ORDER BY id")
    assert [(r["status"], r["error"]) for r in rows] == [
        ("failed", "unreadable"),
        ("failed", "file-missing"),
    ]
    dropped = [e for e in await store.audit_entries() if e["action"] == "outbox.dropped"]
    assert [e["detail"] for e in dropped] == ["unreadable", "file-missing"]
    events = [getattr(r, "fields", {}).get("event") for r in caplog.records]
    assert events.count("outbox.dropped") == 2


async def test_a_store_error_at_commit_keeps_the_message_and_retries_it(
    tmpfs: Path, keyring: Keyring, caplog: pytest.LogCaptureFixture
) -> None:
    """The handling transaction fails at COMMIT (the emptied WAL cannot grow on a full
    disk): the row stays in the inbox, is retried by itself, and is handled once."""
    store = await SqliteStore.open(tmpfs / "data", keyring)
    transport = RecordingTransport()
    runtime = _runtime(store, transport, SystemClock())
    person = store.sealer.pseudonym(Channel.CONSOLE.value, "u")
    async with store.transaction() as tx:  # committed as ``receive`` commits it
        await tx.inbox_add(
            Channel.CONSOLE,
            "dedupe-1",
            Inbound(person, Channel.CONSOLE, text="/start", locale_hint="en"),
            "chat-u",
            SystemClock().now(),
        )
    await store.db.read("PRAGMA wal_checkpoint(TRUNCATE)")
    await asyncio.to_thread(_fill, tmpfs / "ballast")
    caplog.set_level(logging.INFO, logger="cre")
    await runtime.start()
    try:
        await asyncio.sleep(1)
        assert len(await store.inbox_pending()) == 1
        assert transport.texts("u") == []
        (tmpfs / "ballast").unlink()
        async with asyncio.timeout(10):
            await runtime.idle()
    finally:
        await runtime.stop()
        await store.close()
    texts = transport.texts("u")
    assert len(texts) == 2 and texts[0].startswith("Welcome")
    events = [getattr(r, "fields", {}).get("event") for r in caplog.records]
    assert "inbox.store_error" in events and "inbox.store_recovered" in events


def test_the_real_console_bot_rides_out_a_full_disk(tmpfs: Path, tmp_path: Path) -> None:
    """``cre-bot`` on the console, its data dir on a tmpfs filled for three seconds in the
    middle of an intake: every line typed is answered once space returns, no restart."""
    english = str(LANGUAGES.index("en") + 1)
    script = ["hello", english, CONSENT, *intake_answers(), SUBMIT, "/status"]
    assert run("cre-admin", "init", "--quiet", data=tmp_path / "healthy").returncode == 0
    reference = run("cre-bot", data=tmp_path / "healthy", stdin="\n".join(script) + "\n")
    assert reference.returncode == 0, reference.stderr[-2000:]
    data = tmpfs / "data"
    assert run("cre-admin", "init", "--quiet", data=data).returncode == 0
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"})
    bot = subprocess.Popen(
        [str(Path(sys.executable).parent / "cre-bot")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environ,
    )
    assert bot.stdin is not None and bot.stdout is not None
    printed: list[str] = []
    complained: list[str] = []
    readers = [
        threading.Thread(target=lambda: printed.extend(bot.stdout or ()), daemon=True),
        threading.Thread(target=lambda: complained.extend(bot.stderr or ()), daemon=True),
    ]
    for reader in readers:
        reader.start()
    half = len(script) // 2
    try:
        bot.stdin.write("\n".join(script[:half]) + "\n")
        bot.stdin.flush()
        deadline = time.monotonic() + 30
        while sum(line.count("bot> ") for line in printed) < half and time.monotonic() < deadline:
            time.sleep(0.05)  # the bot is up and answering before the disk fills
        _fill(tmpfs / "ballast")
        bot.stdin.write("\n".join(script[half:]) + "\n")
        bot.stdin.flush()
        time.sleep(3)
        (tmpfs / "ballast").unlink()
        bot.stdin.close()
        bot.wait(timeout=60)
        for reader in readers:
            reader.join(timeout=10)
    finally:
        if bot.poll() is None:
            bot.kill()
    err = "".join(complained)
    assert bot.returncode == 0, err[-2000:]
    out = "".join(printed)
    assert _masked(out.split("bot> ")) == _masked(reference.stdout.split("bot> "))
    assert "console.retry" in err, err  # said in one line (the log file may still have had
    # room in its last page, so whether ``log.write_failed`` shows is a matter of timing)
    assert "Traceback" not in err and "Logging error" not in err
