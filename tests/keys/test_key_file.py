"""``CRE_KEY_FILE`` keeps the key apart from the data, and an empty database file is
refused unless the key is new too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from config.settings import ConfigError, load_settings
from store.crypto import Keyring
from store.errors import EmptyDatabase
from store.sqlite.store import DB_NAME, SqliteStore
from tests.keys.test_rotation import _admin, _env, _run


def _with_key_file(data: Path, key_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**_env(data), "CRE_KEY_FILE": str(key_file)}
    return subprocess.run(
        [sys.executable, "-c", "from admin_cli.main import run; run()", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _doctor_lines(stdout: str) -> dict[str, tuple[str, str]]:
    """``cre-admin doctor``'s lines: check name -> (status, detail)."""
    found = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        found[name] = (status, detail)
    return found


def test_the_key_file_can_live_outside_the_data_dir(tmp_path: Path) -> None:
    data, secrets = tmp_path / "data", tmp_path / "secrets"
    secrets.mkdir()
    key_file = secrets / "cre-keys.json"
    made = _with_key_file(data, key_file, "init")
    assert made.returncode == 0, made.stdout + made.stderr
    assert key_file.exists() and not (data / "keys.json").exists()
    assert key_file.stat().st_mode & 0o077 == 0
    rotated = _with_key_file(data, key_file, "keys", "rotate")
    assert rotated.returncode == 0, rotated.stdout + rotated.stderr
    assert Keyring.read(key_file).active == 2 and not (data / "keys.json").exists()
    doctor = _with_key_file(data, key_file, "doctor")
    lines = _doctor_lines(doctor.stdout)
    assert lines["key"][0] == "ok", doctor.stdout
    assert lines["key"][1].startswith(f"from {key_file}, opens this database"), doctor.stdout
    assert lines["key place"] == ("ok", "outside the data dir (CRE_KEY_FILE)"), doctor.stdout
    # Without the key file the data dir alone opens nothing: the command says what is missing.
    alone = _admin(data, "cases", "list")
    assert alone.returncode == 3 and "no key file" in alone.stderr


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("{tmp}", "must name a file"),
        ("{tmp}/missing/keys.json", "does not exist"),
    ],
)
def test_a_wrong_key_file_setting_is_one_sentence(tmp_path: Path, value: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings({"CRE_KEY_FILE": value.format(tmp=tmp_path)}, toml_path=tmp_path / "x")


def test_key_file_and_master_key_together_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not both"):
        load_settings(
            {"CRE_KEY_FILE": str(tmp_path / "k.json"), "CRE_MASTER_KEY": "a" * 44},
            toml_path=tmp_path / "x",
        )


async def test_an_empty_database_file_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = await SqliteStore.open(data, Keyring.generate())
    await store.close()
    for leftover in data.glob(f"{DB_NAME}*"):
        leftover.unlink()
    (data / DB_NAME).write_bytes(b"")
    with pytest.raises(EmptyDatabase, match="0 bytes"):
        await SqliteStore.open(data, Keyring.generate())
    assert (data / DB_NAME).stat().st_size == 0  # nothing was written
    fresh = await SqliteStore.open(data, Keyring.generate(), new_key=True)
    await fresh.close()


def test_cre_admin_refuses_an_empty_database_with_an_existing_key(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    for leftover in data.glob(f"{DB_NAME}*"):
        leftover.unlink()
    (data / DB_NAME).write_bytes(b"")
    again = _admin(data, "init")
    assert again.returncode == 4, again.stdout + again.stderr
    assert "is empty (0 bytes)" in again.stderr and "cre-admin restore" in again.stderr
    started = _run([sys.executable, "-c", "from bot.main import run; run()"], data)
    assert started.returncode == 4 and "is empty (0 bytes)" in started.stderr


def test_doctor_warns_about_a_key_file_inside_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _admin(data, "init").returncode == 0
    doctor = _admin(data, "doctor")
    status, detail = _doctor_lines(doctor.stdout)["key place"]
    assert status == "warn" and detail.startswith("keys.json is inside the data dir"), detail
