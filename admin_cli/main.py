"""``cre-admin``: the coordinator's commands.

Every command that reads case data writes an audit entry naming the
coordinator account, the command and the case, never the content.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from flows.catalog import STATUSES
from store.config import ConfigError, Settings, load_settings
from store.crypto import KeyProblem, Keyring
from store.database import SchemaTooNew
from store.sqlite_store import DB_NAME, CaseRecord, Store

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
cases_app = typer.Typer(no_args_is_help=True, help="Look at cases (every look is audited).")
keys_app = typer.Typer(no_args_is_help=True, help="Manage the encryption keys.")
app.add_typer(cases_app, name="cases")
app.add_typer(keys_app, name="keys")
out = Console()
T = TypeVar("T")

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (default: $CRE_DATA_DIR or ./data)."),
]


def _settings(data_dir: Path | None) -> Settings:
    os.umask(0o077)
    environ = dict(os.environ)
    if data_dir is not None:
        environ["CRE_DATA_DIR"] = str(data_dir)
    try:
        return load_settings(environ)
    except ConfigError as exc:
        _fail(str(exc))


def _fail(message: str) -> NoReturn:
    out.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(2)


def _actor() -> str:
    return f"coordinator:{getpass.getuser()}"


def _with_store(settings: Settings, work: Callable[[Store], Awaitable[T]]) -> T:
    async def run() -> T:
        store = await Store.open(settings.data_dir, settings.keyring())
        try:
            return await work(store)
        finally:
            await store.close()

    try:
        return asyncio.run(run())
    except (KeyProblem, SchemaTooNew) as exc:
        _fail(str(exc))


async def _audit(store: Store, action: str, case_ref: str | None = None) -> None:
    async with store.transaction() as tx:
        await tx.audit(datetime.now(UTC), _actor(), action, case_ref)


@app.command()
def init(
    data_dir: DataDir = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="Say nothing when already set up.")
    ] = False,
) -> None:
    """Create the data directory, its key file (mode 0600) and the database. Safe to re-run."""
    settings = _settings(data_dir)
    created = False
    if settings.master_key is None and not settings.key_file.exists():
        if (settings.data_dir / DB_NAME).exists():
            _fail(
                f"{settings.data_dir / DB_NAME} exists but its key file {settings.key_file} "
                "is missing. Restore the key file from your backup; a new key could not "
                "read the existing data."
            )
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        Keyring.generate().write(settings.key_file)
        created = True
    _with_store(settings, lambda store: _audit(store, "admin.init"))
    if created:
        out.print(
            f"Created {settings.data_dir}/ with a new key file {settings.key_file} "
            "(mode 0600). Back it up somewhere safe: without it the data cannot be read."
        )
    elif not quiet:
        out.print(f"{settings.data_dir}/ is ready; nothing to do.")


@keys_app.command("rotate")
def keys_rotate(data_dir: DataDir = None) -> None:
    """Make a new key active for new data; existing data stays readable with the old key."""
    settings = _settings(data_dir)
    if settings.master_key is not None:
        _fail("keys come from CRE_MASTER_KEY; rotate by changing how you derive it")
    keyring = settings.keyring().with_new_key()
    _with_store(settings, lambda store: _audit(store, "admin.keys.check"))
    tmp = settings.key_file.with_suffix(".new")
    tmp.unlink(missing_ok=True)
    keyring.write(tmp)
    os.replace(tmp, settings.key_file)
    _with_store(settings, lambda store: _audit(store, "admin.keys.rotate"))
    out.print(f"Key {keyring.active} is now active. Back up {settings.key_file} again.")


def _case_json(case: CaseRecord, details: bool) -> dict[str, object]:
    data = asdict(case)
    data["strategies"] = list(case.strategies)
    if not details:
        data.pop("details")
    return data


@cases_app.command("list")
def cases_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    status: Annotated[
        str | None, typer.Option(help=f"Only this status: {', '.join(STATUSES)}")
    ] = None,
) -> None:
    """List cases (no personal details)."""
    settings = _settings(data_dir)

    async def work(store: Store) -> list[CaseRecord]:
        await _audit(store, "admin.cases.list")
        return [c for c in await store.list_cases() if status is None or c.status == status]

    found = _with_store(settings, work)
    if as_json:
        typer.echo(json.dumps([_case_json(c, details=False) for c in found], indent=2))
        return
    table = Table("ref", "status", "level", "urgent", "country", "language", "channel", "created")
    for c in found:
        table.add_row(
            c.ref,
            c.status,
            str(c.level),
            "yes" if c.urgent else "",
            c.country or "",
            c.locale,
            c.channel,
            c.created_at[:16],
        )
    out.print(table if found else "No cases yet.")


@cases_app.command("show")
def cases_show(
    ref: str,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one case with its details (audited)."""
    settings = _settings(data_dir)

    async def work(store: Store) -> CaseRecord | None:
        case = await store.case(ref.strip().upper())
        if case is not None:
            await _audit(store, "admin.cases.show", case.ref)
        return case

    case = _with_store(settings, work)
    if case is None:
        _fail(f"no case {ref}")
    if as_json:
        typer.echo(json.dumps(_case_json(case, details=True), indent=2, ensure_ascii=False))
        return
    out.print(
        f"[bold]{case.ref}[/bold]  status {case.status}  level {case.level}"
        f"{'  URGENT' if case.urgent else ''}  country {case.country or '-'}"
    )
    if case.details is None:
        out.print("(personal details erased at the requester's request)")
        return
    for key, value in (case.details.get("answers") or {}).items():
        out.print(f"  {key}: {value}")
