"""Real data dirs for the report and directory commands: a key file, a SQLite store, and
cases written through the store's own transactions."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from admin_cli.main import app
from config.settings import load_settings
from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from store.crypto import Keyring
from store.ports import AdminStore
from store.sqlite.store import SqliteStore

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def data_dir(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    Keyring.generate().write(load_settings({"CRE_DATA_DIR": str(data)}).key_file)
    return data


def with_data(data: Path, work: Callable[[AdminStore], Awaitable[None]]) -> None:
    async def run() -> None:
        keyring = load_settings({"CRE_DATA_DIR": str(data)}).keyring()
        store = await SqliteStore.open(data, keyring)
        try:
            await work(store)
        finally:
            await store.close()

    asyncio.run(run())


def case(
    ref: str, country: str | None, region: str, **answers: object
) -> tuple[CaseSubmitted, str]:
    filled: dict[str, object] = {
        "requester_name": "Person " + ref,
        "harm": "Words only the requester wrote " + ref,
        "rights": ["land"],
        "financiers": ["development_bank"],
        "sector": "mining",
        "strategies": ["research"],
        **answers,
    }
    submitted = CaseSubmitted(
        ref, Channel.TELEGRAM, "en", filled, (), 2, False, country, T0.isoformat()
    )
    return submitted, region


async def add_cases(store: AdminStore, cases: list[tuple[CaseSubmitted, str]]) -> None:
    async with store.transaction() as tx:
        for n, (submitted, region) in enumerate(cases):
            await tx.create_case(f"person-{n}", submitted, region, T0 + timedelta(minutes=n))


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    for name in ("CRE_MASTER_KEY", "CRE_DATA_DIR", "CRE_REPORT_TARGETS", "CRE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


def invoke(cli: CliRunner, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = cli.invoke(app, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.output


__all__ = ["app"]
