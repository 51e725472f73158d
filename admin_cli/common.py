"""What every ``cre-admin`` command shares: settings, the store, failures, output.

Each command group lives in its own module (``cases``, ``keys``, ``regions``,
``staff``, ``directory``, ``audit``); :mod:`admin_cli.main` puts them together.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import re
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from admin_cli.doctor import HOW_TO_CONFIGURE, configured_channels
from admin_cli.opening import open_store
from config.settings import ConfigError, Settings, load_settings
from flows.core.messages import Channel
from store.ports import AdminStore
from store.records import CaseRecord

out = Console(width=None if sys.stdout.isatty() else 120)  # piped: no 80-column folding
T = TypeVar("T")
DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (default: $CRE_DATA_DIR or ./data)."),
]


where: list[Path] = [Path("data")]
"""The data directory the running command uses, for failure sentences."""


def settings_for(data_dir: Path | None) -> Settings:
    os.umask(0o077)
    environ = dict(os.environ)
    if data_dir is not None:
        environ["CRE_DATA_DIR"] = str(data_dir)
    where[0] = Path(environ.get("CRE_DATA_DIR") or "data")
    try:
        settings = load_settings(environ)
    except ConfigError as exc:
        fail(str(exc))
    where[0] = settings.data_dir
    return settings


def fail(message: str) -> NoReturn:
    out.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(2)


def actor() -> str:
    return f"coordinator:{getpass.getuser()}"


def with_store(
    settings: Settings,
    work: Callable[[AdminStore], Awaitable[T]],
    *,
    new_key: bool = False,
) -> T:
    async def run() -> T:
        store = await open_store(settings, new_key=new_key)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())  # failures are explained by :func:`run`


async def audit(store: AdminStore, action: str, case_ref: str | None = None) -> None:
    async with store.transaction() as tx:
        await tx.audit(datetime.now(UTC), actor(), action, case_ref)


def case_json(case: CaseRecord, details: bool) -> dict[str, object]:
    data = asdict(case)
    data["strategies"] = list(case.strategies)
    data["language"] = case.locale
    if not details:
        data.pop("details")
    return data


TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and TIMESTAMP.match(value):
        return value[:16].replace("T", " ")  # minutes are enough on screen; JSON keeps all
    return "" if value is None else str(value)


def show(rows: list[dict[str, object]], as_json: bool, columns: dict[str, str], empty: str) -> None:
    """Print ``rows`` as JSON, or as a table of ``columns`` (row key → header)."""
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        out.print(empty)
    else:
        table = Table()
        for index, header in enumerate(columns.values()):
            # Fold long cells rather than cut them: a reference must stay whole.
            table.add_column(header, overflow="fold", no_wrap=index == 0, min_width=len(header))
        for row in rows:
            table.add_row(*(cell(row.get(key)) for key in columns))
        out.print(table)


MessengerChannel = Annotated[str, typer.Option("--channel", help="telegram, signal or console")]


def channel_named(
    name: str, allowed: tuple[str, ...] = ("telegram", "signal", "console")
) -> Channel:
    if name not in allowed:
        fail(f"--channel must be one of {', '.join(allowed)}")
    return Channel(name)


def warn_if_not_configured(settings: Settings, channel: Channel, who: str) -> None:
    """Messages for a channel no ``cre-bot`` here runs only wait: say so (on stderr)."""
    if channel.value not in configured_channels(settings):
        typer.echo(
            f"Warning: {channel.value} is not configured here (no "
            f"{HOW_TO_CONFIGURE[channel.value]} in the environment or cre.toml): messages to "
            f"{who} will wait until a cre-bot with {channel.value} runs.",
            err=True,
        )
