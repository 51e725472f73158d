"""``cre-admin retention purge`` as a coordinator runs it (issue 12, item 5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from store.crypto import Keyring
from store.sqlite.store import SqliteStore
from tests.e2e.conftest import run

LONG_AGO = datetime.now(UTC) - timedelta(days=40)


async def _closed_case(data: Path, ref: str, when: datetime) -> None:
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        async with store.transaction() as tx:
            person = store.pseudonym("telegram", ref)
            await tx.remember_person(person, Channel.TELEGRAM, "chat", when)
            case = CaseSubmitted(
                ref,
                Channel.TELEGRAM,
                "sw",
                {"harm": "the river"},
                (),
                1,
                False,
                "KE",
                when.isoformat(),
            )
            await tx.create_case(person, case, "africa", when)
            await tx.update_case(ref, "status", "closed", when)
    finally:
        await store.close()


async def _details(data: Path, ref: str) -> object:
    store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
    try:
        case = await store.case(ref)
        assert case is not None
        return case.details
    finally:
        await store.close()


async def test_dry_run_says_what_would_go_then_purge_erases_it(data: Path) -> None:
    assert run("cre-admin", "init", data=data).returncode == 0
    await _closed_case(data, "OLD2-CASE", LONG_AGO)
    await _closed_case(data, "NEW2-CASE", datetime.now(UTC))

    dry = run("cre-admin", "retention", "purge", "--older-than", "30", "--dry-run", data=data)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "OLD2-CASE" in dry.stdout and "NEW2-CASE" not in dry.stdout
    assert "would be erased" in dry.stdout and "Nothing was changed" in dry.stdout
    assert await _details(data, "OLD2-CASE") is not None

    done = run("cre-admin", "retention", "purge", "--older-than", "30", data=data)
    assert done.returncode == 0 and "1 case(s)" in done.stdout, done.stdout + done.stderr
    assert await _details(data, "OLD2-CASE") is None
    assert await _details(data, "NEW2-CASE") is not None
    wal = data / "cre.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed, then closed

    again = run("cre-admin", "retention", "purge", data=data)  # the default: 730 days
    assert again.returncode == 0 and "nothing erased" in again.stdout


async def test_a_bad_period_is_refused_in_one_sentence(data: Path) -> None:
    assert run("cre-admin", "init", data=data).returncode == 0
    refused = run("cre-admin", "retention", "purge", "--older-than", "0", data=data)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
