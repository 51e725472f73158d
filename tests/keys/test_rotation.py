"""Key rotation while the bot handles traffic, killed part-way and resumed: the old
key is retired, every row reads under the new one, and no message fails."""

from __future__ import annotations

import asyncio
import fcntl
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from flows.core.messages import Attachment, AttachmentKind, Channel, Outbound
from flows.core.state import Conversation
from store.crypto import KeyProblem, Keyring
from store.sqlite.store import SqliteStore
from tests.keys.fill import CANARY, T0, case, fill, open_all, read_back

ROOT = Path(__file__).resolve().parents[2]
DIE = "15"
"""The batch after which the first rotation is killed (of about 50)."""


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "CRE_DATA_DIR": str(data), "CRE_CONFIG": str(data / "none.toml")}


def _run(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=ROOT, env=_env(data), capture_output=True, text=True, timeout=600, check=False
    )


def _admin(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-c", "from admin_cli.main import run; run()", *args], data)


async def _bot_store(data: Path) -> SqliteStore:
    """Opened as ``cre-bot`` opens it: the key file is its source when the key changes."""
    key_file = data / "keys.json"
    return await SqliteStore.open(
        data, Keyring.read(key_file), source=lambda: Keyring.read(key_file)
    )


@dataclass
class Traffic:
    """What a bot does all day: new people, their state, replies, cases, files, reads."""

    store: SqliteStore
    prefix: str
    done: int = 0
    failures: list[str] = field(default_factory=list)
    stop: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self) -> None:
        while not self.stop.is_set():
            person = f"{self.prefix}{self.done:05d}"
            try:
                async with self.store.transaction() as tx:
                    await tx.remember_person(person, Channel.TELEGRAM, "42", T0)
                    await tx.save_conversation(person, Conversation(), T0)
                    await tx.create_case(
                        person, case(f"{self.prefix}{self.done:04d}-REF"), "africa", T0
                    )
                    await tx.save_file(
                        person,
                        f"{self.prefix}t{self.done}",
                        Attachment(AttachmentKind.PHOTO, "image/jpeg", 3, CANARY.encode()),
                        T0,
                    )
                    await tx.enqueue(Channel.TELEGRAM, "42", "fr", Outbound(person, "w", {}), T0)
                async with self.store.transaction() as tx:
                    assert await tx.facilitators()
                    view = await tx.case_view("P0001-REF", answers=True)
                    assert view is not None and view.answers
                    assert await tx.read_file("Pf1")
                    assert await tx.contact(person) is not None
                assert await self.store.load_file(f"{self.prefix}t{self.done}") is not None
            except Exception as exc:  # a failed message is what this test looks for
                self.failures.append(f"{type(exc).__name__}: {exc}")
            self.done += 1
            await asyncio.sleep(0.01)


async def _traffic_while(store: SqliteStore, prefix: str, work: object) -> Traffic:
    traffic = Traffic(store, prefix)
    task = asyncio.create_task(traffic.run())
    try:
        await asyncio.to_thread(work)  # type: ignore[arg-type]
    finally:
        traffic.stop.set()
        await task
    return traffic


async def test_rotation_killed_halfway_resumes_and_retires_the_old_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    old = Keyring.read(data / "keys.json")
    bot = await _bot_store(data)
    try:
        await fill(bot, 40)
        killed: list[subprocess.CompletedProcess[str]] = []
        traffic = await _traffic_while(
            bot,
            "A",
            lambda: killed.append(
                _run(
                    [sys.executable, "-m", "tests.keys.rotate_and_die", str(data), "10", "15"], data
                )
            ),
        )
        assert killed[0].returncode == -9, killed[0].stderr
        assert "batch 15" in killed[0].stdout
        halfway = await bot.key_usage()
        assert halfway.rows.get(1) and halfway.rows.get(2), halfway  # really half-way
        assert set(Keyring.read(data / "keys.json").keys) == {1, 2}
        assert "retiring" in _admin(data, "keys", "status").stdout

        resumed: list[subprocess.CompletedProcess[str]] = []
        traffic2 = await _traffic_while(
            bot, "B", lambda: resumed.append(_admin(data, "keys", "rotate", "--batch", "10"))
        )
        assert resumed[0].returncode == 0, resumed[0].stdout + resumed[0].stderr
        assert "Finishing the rotation to key 2" in resumed[0].stdout
        assert "retired key(s) 1" in resumed[0].stdout

        assert traffic.failures == [] and traffic2.failures == []
        assert traffic.done > 5 and traffic2.done > 5
        final = Keyring.read(data / "keys.json")
        assert set(final.keys) == {2} and final.active == 2
        usage = await bot.key_usage()
        assert set(usage.rows) == {2} and set(usage.files) == {2}
        assert await read_back(bot) == 40 + traffic.done + traffic2.done
    finally:
        await bot.close()
    key_ids, opened = open_all(data, final)
    assert key_ids == (2,) and opened > 40 * 9
    with pytest.raises(KeyProblem):
        open_all(data, old)  # the old key opens nothing any more
    with pytest.raises(KeyProblem):
        await SqliteStore.open(data, old)
    status = _admin(data, "keys", "status").stdout
    assert "retiring" not in status and "│ 2 " in status


async def test_the_bot_reads_what_an_admin_sealed_under_a_new_key(tmp_path: Path) -> None:
    """The old bug: a facilitator added after ``keys rotate`` broke ``facilitators()``
    until a restart. A value naming an unknown key id reloads the key file."""
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    bot = await _bot_store(data)
    try:
        await fill(bot, 1)
        newer = Keyring.read(data / "keys.json").with_new_key()
        newer.replace(data / "keys.json")
        admin = await SqliteStore.open(data, newer)
        async with admin.transaction() as tx:
            await tx.add_facilitator(
                "late", Channel.TELEGRAM, "9", "Late", ["asia"], "en", False, T0
            )
        await admin.close()
        async with bot.transaction() as tx:
            names = {f.name for f in await tx.facilitators()}
        assert "Late" in names
    finally:
        await bot.close()


async def test_a_new_active_key_is_used_by_the_running_bot_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    bot = await _bot_store(data)
    try:
        newer = Keyring.read(data / "keys.json").with_new_key()
        newer.replace(data / "keys.json")
        admin = await SqliteStore.open(data, newer)
        await admin.activate_key()
        await admin.close()
        async with bot.transaction() as tx:
            await tx.remember_person("p", Channel.SIGNAL, "+1", T0)
        assert (await bot.key_usage()).rows == {2: 1}  # the person's address, under key 2
    finally:
        await bot.close()


async def test_rotation_refuses_to_retire_while_something_is_under_the_old_key(
    tmp_path: Path,
) -> None:
    keyring = Keyring.generate()
    store = await SqliteStore.open(tmp_path, keyring)
    await fill(store, 1)
    await store.close()
    rotated = await SqliteStore.open(tmp_path, keyring.with_new_key())
    try:
        await rotated.activate_key()
        with pytest.raises(KeyProblem, match="still sealed under an old key"):
            await rotated.retire_keys()
    finally:
        await rotated.close()


def test_doctor_warns_about_an_unfinished_rotation(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    Keyring.read(data / "keys.json").with_new_key().replace(data / "keys.json")
    doctor = _admin(data, "doctor")
    line = next(x for x in doctor.stdout.splitlines() if x[5:].startswith("key:"))
    assert line.startswith("warn") and "unfinished" in line, doctor.stdout


def test_one_rotation_at_a_time(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    fd = os.open(data / "keys.json.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        refused = _admin(data, "keys", "rotate")
    finally:
        os.close(fd)
    assert refused.returncode == 2 and "another `cre-admin keys rotate`" in refused.stdout
    assert Keyring.read(data / "keys.json").active == 1  # nothing changed
