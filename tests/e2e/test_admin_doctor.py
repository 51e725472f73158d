"""``cre-admin doctor`` as a subprocess on a real data dir, against the loopback fakes
(the real Bot API's getMe and signal-cli-rest-api's ``GET /v1/about`` shapes live
in tests/bot/fake_telegram.py and tests/bot/fake_signal.py, with their sources).
Also the CLI's warnings for channels that are not configured (item 5)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import subprocess
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.core.messages import Channel, Outbound
from store.crypto import Keyring
from store.sqlite.store import DB_NAME, SqliteStore
from tests.bot.fake_signal import FakeSignalApi
from tests.bot.fake_telegram import TOKEN, FakeTelegram
from tests.e2e.conftest import BIN, run

BOT_NUMBER = "+491701234567"
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _lines(result: subprocess.CompletedProcess[str]) -> dict[str, tuple[str, str]]:
    """name -> (status, detail), checking every line has the ``status name: detail`` form."""
    found = {}
    for line in result.stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, _, detail = rest.strip().partition(": ")
        assert status in ("ok", "warn", "fail"), line
        found[name] = (status, detail)
    return found


async def _doctor(data: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the real process without blocking the loop that serves the fakes."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), **env})
    child = await asyncio.create_subprocess_exec(
        str(BIN / "cre-admin"),
        "doctor",
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(child.communicate(), 60)
    assert child.returncode is not None
    return subprocess.CompletedProcess([], child.returncode, out.decode(), err.decode())


def test_fresh_data_dir_says_loudly_that_no_coordinator_is_registered(data: Path) -> None:
    assert run("cre-admin", "init", data=data).returncode == 0
    result = run("cre-admin", "doctor", data=data)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = _lines(result)
    assert list(lines)[:5] == ["data dir", "file permissions", "free disk", "key", "schema"]
    assert lines["coordinator"][0] == "fail" and "NONE REGISTERED" in lines["coordinator"][1]
    assert lines["regions"] == (
        "warn",
        "no facilitator for africa, asia, latin_america: their cases reach only the coordinator",
    )
    assert lines["outbox"] == ("ok", "nothing waiting")
    assert "telegram" not in lines and "signal" not in lines  # not configured: not checked


def test_missing_data_dir_and_loose_permissions_fail(data: Path) -> None:
    missing = run("cre-admin", "doctor", data=data)
    assert missing.returncode == 1
    assert _lines(missing)["data dir"][0] == "fail"
    assert not data.exists()  # doctor creates nothing
    run("cre-admin", "init", data=data)
    run("cre-admin", "facilitators", "add", "--coordinator", "--channel", "console",
        "--id", "c", "--name", "C", data=data)  # fmt: skip
    (data / DB_NAME).chmod(0o644)
    data.chmod(0o755)
    result = run("cre-admin", "doctor", data=data)
    lines = _lines(result)
    assert result.returncode == 1
    assert lines["data dir"][0] == "fail" and "chmod 700" in lines["data dir"][1]
    assert lines["file permissions"] == ("fail", f"readable by others: {DB_NAME} (644); chmod 600")
    assert lines["coordinator"] == ("ok", "1 registered")


@contextlib.contextmanager
def _tmpfs(where: Path) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()[:80]})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_full_disk_fails_and_doctor_still_answers(tmp_path: Path) -> None:
    key = base64.b64encode(os.urandom(32)).decode()
    with _tmpfs(tmp_path / "disk") as disk:
        data = disk / "data"
        env = {"CRE_MASTER_KEY": key}
        assert run("cre-admin", "init", data=data, env=env).returncode == 0
        with contextlib.suppress(OSError), (disk / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        result = run("cre-admin", "doctor", data=data, env=env)
    lines = _lines(result)
    assert result.returncode == 1, result.stdout + result.stderr
    assert lines["free disk"][0] == "fail" and lines["key"][0] == "ok"
    assert key not in result.stdout + result.stderr


@pytest.fixture
async def fakes() -> AsyncIterator[tuple[FakeTelegram, FakeSignalApi]]:
    telegram = FakeTelegram()
    signal = FakeSignalApi(BOT_NUMBER)
    await telegram.start()
    await signal.start()
    try:
        yield telegram, signal
    finally:
        await telegram.close()
        await signal.stop()


async def _populate(data: Path) -> None:
    """What a running deployment accumulates: staff, replies waiting, transport notes."""
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        async with store.transaction() as tx:
            coordinator = store.sealer.pseudonym("telegram", "42")
            await tx.add_facilitator(coordinator, Channel.TELEGRAM, "42", "C", [], "en", True, NOW)
            amina = store.sealer.pseudonym("signal", "+254700000001")
            await tx.add_facilitator(
                amina, Channel.SIGNAL, "+254700000001", "Amina", ["africa"], "en", False, NOW
            )
            for n in range(3):
                message = Outbound(coordinator, "case-new", {"ref": f"REF{n}"})
                await tx.enqueue(Channel.TELEGRAM, "42", "en", message, NOW)
        await store.note_transport_event(Channel.TELEGRAM, "quarantined", NOW)
        await store.note_transport_event(Channel.TELEGRAM, "quarantined", NOW)
        await store.note_transport_event(Channel.SIGNAL, "identity-error", NOW)
    finally:
        await store.close()


async def test_messengers_waiting_rows_and_transport_events(
    data: Path, fakes: tuple[FakeTelegram, FakeSignalApi]
) -> None:
    telegram, signal = fakes
    assert run("cre-admin", "init", data=data).returncode == 0
    await _populate(data)
    both = {
        "CRE_TELEGRAM_TOKEN": TOKEN,
        "CRE_TELEGRAM_API_URL": telegram.api_url,
        "CRE_SIGNAL_SERVICE": signal.service,
        "CRE_SIGNAL_NUMBER": BOT_NUMBER,
    }
    result = await _doctor(data, both)
    assert result.returncode == 0, result.stdout + result.stderr  # warnings only
    lines = _lines(result)
    assert lines["telegram"][0] == "ok" and "@cre_test_bot" in lines["telegram"][1]
    assert lines["signal"][0] == "ok" and "json-rpc" in lines["signal"][1]
    assert lines["outbox telegram"] == ("ok", "3 replies waiting to be sent")
    assert lines["transport telegram"][0] == "warn"
    assert lines["transport telegram"][1].startswith("2 quarantined")
    assert lines["transport signal"][1].startswith("1 identity-error")
    assert lines["coordinator"] == ("ok", "1 registered")
    assert lines["regions"][1].startswith("no facilitator for asia, latin_america")
    assert "getMe" in [c.method for c in telegram.calls] and "about" in signal.calls
    assert TOKEN not in result.stdout + result.stderr

    signal.about["mode"] = "normal"
    wrong = await _doctor(data, {**both, "CRE_TELEGRAM_TOKEN": "999:WRONG-token"})
    lines = _lines(wrong)
    assert wrong.returncode == 1
    assert lines["telegram"] == ("fail", "the Bot API refused the token (HTTP 401)")
    assert lines["signal"][0] == "fail" and "needs json-rpc" in lines["signal"][1]
    assert "WRONG-token" not in wrong.stdout + wrong.stderr

    await signal.stop()
    alone = await _doctor(
        data, {"CRE_SIGNAL_SERVICE": signal.service, "CRE_SIGNAL_NUMBER": BOT_NUMBER}
    )
    lines = _lines(alone)
    assert lines["signal"][0] == "fail" and "unreachable" in lines["signal"][1]
    assert lines["outbox telegram"] == (
        "warn",
        "3 replies wait for telegram, which is not configured (set CRE_TELEGRAM_TOKEN)",
    )
    assert lines["coordinator"] == ("warn", "registered on telegram, not configured here")
    assert lines["channels"][0] == "warn"


def test_facilitators_add_and_set_queue_warn_when_the_channel_is_not_configured(
    data: Path,
) -> None:
    run("cre-admin", "init", data=data)
    added = run("cre-admin", "facilitators", "add", "--region", "africa", "--channel",
                "telegram", "--id", "123456789", "--name", "Amina", data=data)  # fmt: skip
    assert added.returncode == 0 and "registered" in added.stdout
    assert "telegram is not configured here" in added.stderr
    assert "CRE_TELEGRAM_TOKEN" in added.stderr
    queue = run("cre-admin", "regions", "set-queue", "africa", "--channel", "signal",
                "--chat", "Z3JvdXAtYWJjLXNpZ25hbA==", data=data)  # fmt: skip
    assert queue.returncode == 0 and "signal is not configured here" in queue.stderr
    configured = run(
        "cre-admin", "facilitators", "add", "--region", "asia", "--channel", "telegram",
        "--id", "5", "--name", "B", data=data, env={"CRE_TELEGRAM_TOKEN": TOKEN},
    )  # fmt: skip
    assert configured.returncode == 0 and configured.stderr == ""
    console = run("cre-admin", "facilitators", "add", "--coordinator", "--channel", "console",
                  "--id", "c", "--name", "C", data=data)  # fmt: skip
    assert console.returncode == 0 and console.stderr == ""
