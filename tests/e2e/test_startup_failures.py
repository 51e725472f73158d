"""Start-up failures of the real ``cre-bot`` and ``cre-admin``: one sentence, a documented
exit code, no traceback and no secret (item 14).

Tests run as root, so chmod would not stop a write: the read-only data dir is a
read-only bind mount and the full disk a tiny tmpfs, both skipped with a
reason where this machine does not allow mounting.
"""

from __future__ import annotations

import base64
import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import run

MASTER = base64.b64encode(b"start-up test master key, 32+ bytes long!").decode()
TOKEN = "987654:SECRET-token-never-printed"
SECRETS = {
    "CRE_MASTER_KEY": MASTER,
    "CRE_TELEGRAM_TOKEN": TOKEN,
    "CRE_TELEGRAM_API_URL": "http://127.0.0.1:9/bot",  # closed port: never reached
}
COMMANDS = {
    # --console keeps the terminal for warnings, so stderr holds only what went wrong.
    "cre-bot": ("--console",),
    "cre-admin": ("cases", "list"),
}


def _assert_one_clean_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == code, result.stdout + result.stderr
    assert len(lines) == 1, result.stderr
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "│" not in output
    assert MASTER not in output and TOKEN not in output and "SECRET" not in output
    return lines[0]


def _init(data: Path) -> None:
    made = run("cre-admin", "init", data=data, env=SECRETS)
    assert made.returncode == 0, made.stdout + made.stderr


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip()[:80]})")


@contextlib.contextmanager
def _mounted(target: Path, *args: str) -> Iterator[Path]:
    _mount(*args, str(target))
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_corrupt_database(data: Path, command: str) -> None:
    _init(data)
    (data / "cre.sqlite3").write_bytes(os.urandom(8192))
    result = run(command, *COMMANDS[command], data=data, env=SECRETS)
    line = _assert_one_clean_line(result, 4)
    assert "cannot be read as a CRE Bot database" in line and "backup" in line


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_wrong_key_is_exit_code_3(data: Path, command: str) -> None:
    _init(data)
    other = base64.b64encode(b"another master key, also 32+ bytes long").decode()
    result = run(command, *COMMANDS[command], data=data, env={**SECRETS, "CRE_MASTER_KEY": other})
    line = _assert_one_clean_line(result, 3)
    assert "Nothing was changed" in line and other not in result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_data_dir_is_a_file(tmp_path: Path, command: str) -> None:
    where = tmp_path / "data"
    where.write_text("not a directory")
    result = run(command, *COMMANDS[command], data=where, env=SECRETS)
    line = _assert_one_clean_line(result, 5)
    assert "is a file, not a directory" in line


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_read_only_data_dir(data: Path, command: str) -> None:
    _init(data)
    with _mounted(data, "--bind", str(data)):
        _mount("-o", "remount,bind,ro", str(data))
        probe = data / f"probe-{uuid.uuid4().hex}"
        try:
            probe.touch()
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the read-only bind mount still accepts writes here")
        result = run(command, *COMMANDS[command], data=data, env=SECRETS)
    line = _assert_one_clean_line(result, 5)
    assert "cannot be written" in line


@pytest.mark.parametrize("command", [*sorted(COMMANDS), "cre-admin init"])
def test_full_disk(tmp_path: Path, command: str) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    with _mounted(disk, "-t", "tmpfs", "-o", "size=64k", "tmpfs"):
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        program, *args = command.split()
        env = {} if command == "cre-admin init" else SECRETS  # init writes a key file
        result = run(program, *(args or COMMANDS[program]), data=disk / "data", env=env)
        assert not (disk / "data" / "keys.json").exists()  # never a half-written key file
    line = _assert_one_clean_line(result, 5)
    assert "is full" in line
