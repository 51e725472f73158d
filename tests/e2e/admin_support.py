"""Driving the real ``cre-admin`` in-process (typer's CliRunner) against a real data
directory: the same app, settings, SQLite file and crypto as the installed command,
without starting a Python process per call on a loaded machine."""

from __future__ import annotations

import asyncio
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from admin_cli.main import app
from flows.core.events import CaseSubmitted
from flows.core.messages import Channel
from store.crypto import Keyring
from store.sqlite.store import SqliteStore

RUNNER = CliRunner()
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def admin(data: Path, *args: str) -> Result:
    """``cre-admin ARGS`` with ``CRE_DATA_DIR=data`` (and no other CRE_ setting)."""
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("CRE_")}
    env["CRE_DATA_DIR"] = str(data)
    return RUNNER.invoke(app, list(args), env=env, catch_exceptions=False)


def ok(data: Path, *args: str) -> str:
    result = admin(data, *args)
    assert result.exit_code == 0, result.output
    return result.output


def refused(data: Path, *args: str) -> str:
    """The one-sentence error of a refused command (exit code 2), on one line."""
    result = admin(data, *args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return " ".join(result.output.split())


def as_json(data: Path, *args: str) -> Any:
    output = ok(data, *args, "--json")
    assert output.endswith("\n")
    return json.loads(output)


def actions(data: Path) -> list[str]:
    return [e["action"] for e in as_json(data, "audit", "list")]


def submit_case(data: Path, ref: str, **answers: object) -> None:
    """A case as the intake submits it, written through the real store."""

    async def write() -> None:
        store = await SqliteStore.open(data, Keyring.read(data / "keys.json"))
        try:
            async with store.transaction() as tx:
                case = CaseSubmitted(
                    ref=ref,
                    channel=Channel.TELEGRAM,
                    locale="sw",
                    answers={"requester_name": "Mto Wetu", **answers},
                    file_ids=(),
                    level=2,
                    urgent=False,
                    country="KE",
                    consented_at="2026-03-01T09:00:00+00:00",
                )
                await tx.create_case("person-1", case, "africa", T0)
                await tx.audit(T0, "person-1", "case.submitted", ref, "region:africa")
        finally:
            await store.close()

    asyncio.run(write())
