"""Backups while the bot handles traffic, restored elsewhere: every case reads,
``PRAGMA integrity_check`` is ok, and the archive holds no key and no plaintext."""

from __future__ import annotations

import asyncio
import io
import sqlite3
import tarfile
from pathlib import Path

import pytest

from admin_cli.opening import restore
from config.settings import Settings, load_settings
from store.crypto import KeyProblem, Keyring
from store.safekeeping import BackupProblem
from store.sqlite.store import DB_NAME, SqliteStore
from tests.keys.fill import CANARY, fill, open_all, read_back
from tests.keys.test_rotation import Traffic, _admin, _bot_store


def _settings(data: Path) -> Settings:
    return load_settings({"CRE_DATA_DIR": str(data)}, toml_path=data / "none.toml")


async def test_backup_under_traffic_restores_elsewhere(tmp_path: Path) -> None:
    data, elsewhere, archive = tmp_path / "data", tmp_path / "restored", tmp_path / "b.tar"
    assert _admin(data, "init").returncode == 0
    bot = await _bot_store(data)
    try:
        await fill(bot, 30)
        traffic = Traffic(bot, "A")
        task = asyncio.create_task(traffic.run())
        made = await asyncio.to_thread(_admin, data, "backup", str(archive))
        traffic.stop.set()
        await task
        assert made.returncode == 0, made.stdout + made.stderr
        assert "Verified: integrity ok" in made.stdout
        assert traffic.failures == [] and traffic.done > 3
    finally:
        await bot.close()

    raw = archive.read_bytes()
    assert CANARY.encode() not in raw
    key = Keyring.read(data / "keys.json")
    assert key.to_file_text().encode() not in raw
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "keys.json" not in " ".join(names)
    assert archive.stat().st_mode & 0o077 == 0

    elsewhere.mkdir()
    (elsewhere / "keys.json").write_text(key.to_file_text())
    (elsewhere / "keys.json").chmod(0o600)
    done = _admin(elsewhere, "restore", str(archive))
    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(elsewhere / DB_NAME)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert open_all(elsewhere, key)[0] == (1,)
    restored = await SqliteStore.open(elsewhere, key)
    try:
        cases = await read_back(restored)
        assert cases >= 30  # plus the traffic's committed before the snapshot
    finally:
        await restored.close()


async def _one_backup(tmp_path: Path) -> tuple[Path, Path, Keyring]:
    data, archive = tmp_path / "data", tmp_path / "b.tar"
    keyring = Keyring.generate()
    store = await SqliteStore.open(data, keyring)
    await fill(store, 2)
    await store.backup(archive)
    await store.close()
    return data, archive, keyring


async def test_restore_only_into_an_empty_data_dir(tmp_path: Path) -> None:
    data, archive, keyring = await _one_backup(tmp_path)
    with pytest.raises(BackupProblem, match="already holds data"):
        restore(_settings(data), archive, keyring, None)


async def test_restore_with_another_key_puts_nothing_in_place(tmp_path: Path) -> None:
    _, archive, _ = await _one_backup(tmp_path)
    target = tmp_path / "other"
    with pytest.raises(KeyProblem):
        restore(_settings(target), archive, Keyring.generate(), None)
    assert sorted(p.name for p in target.iterdir()) == []


async def test_a_damaged_or_foreign_archive_is_refused(tmp_path: Path) -> None:
    _, archive, keyring = await _one_backup(tmp_path)
    damaged = tmp_path / "damaged.tar"
    raw = bytearray(archive.read_bytes())
    raw[-20_000] ^= 0xFF  # inside the database member
    damaged.write_bytes(bytes(raw))
    with pytest.raises(BackupProblem):
        restore(_settings(tmp_path / "t1"), damaged, keyring, None)

    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as tar, tarfile.open(archive) as good:
        for info in good.getmembers():
            tar.addfile(info, good.extractfile(info))
        info = tarfile.TarInfo("files/../../escape.sealed")
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(BackupProblem):
        restore(_settings(tmp_path / "t2"), evil, keyring, None)
    assert not (tmp_path / "escape.sealed").exists()


async def test_a_backup_never_replaces_a_file(tmp_path: Path) -> None:
    _, archive, keyring = await _one_backup(tmp_path)
    store = await SqliteStore.open(tmp_path / "data", keyring)
    try:
        with pytest.raises(BackupProblem, match="already exists"):
            await store.backup(archive)
    finally:
        await store.close()


async def test_a_file_erased_during_the_backup_leaves_no_row_behind(tmp_path: Path) -> None:
    data, archive = tmp_path / "data", tmp_path / "b.tar"
    keyring = Keyring.generate()
    store = await SqliteStore.open(data, keyring)
    await fill(store, 2)
    (data / "files" / "Pf0.sealed").unlink()  # as if /forget's unlink won the race
    try:
        report = await store.backup(archive)
    finally:
        await store.close()
    assert report.erased_during_backup == 1 and report.files == 1


async def test_cre_admin_restore_refusals_are_one_sentence(tmp_path: Path) -> None:
    _, archive, _ = await _one_backup(tmp_path)
    live = tmp_path / "live"
    assert _admin(live, "init").returncode == 0
    over = _admin(live, "restore", str(archive))
    assert over.returncode == 4, over.stdout + over.stderr
    assert "already holds data" in over.stderr and "Traceback" not in over.stderr
    wrong = tmp_path / "wrong"
    assert _admin(wrong, "init").returncode == 0
    for made in wrong.glob(f"{DB_NAME}*"):
        made.unlink()  # an empty data dir with a key file: but not the backup's key
    refused = _admin(wrong, "restore", str(archive))
    assert refused.returncode == 3, refused.stdout + refused.stderr
    assert "does not open with this key" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not (wrong / DB_NAME).exists() and not (wrong / ".restoring").exists()
