"""``cre-admin``: the coordinator's commands.

Every command that reads case data writes an audit entry naming the
coordinator account, the command and the case, never the content.

A failure is one sentence on stderr and an exit code (see
:mod:`config.failures`: 2 configuration or usage, 3 key, 4 database
unreadable, 5 data directory not writable or disk full; ``doctor`` exits 1
on a failed check), never a traceback.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import logging
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

from admin_cli.doctor import HOW_TO_CONFIGURE, configured_channels, diagnose
from admin_cli.opening import database_path, open_store
from config.failures import ExitCode, explain, unexpected
from config.settings import ConfigError, Settings, load_settings
from flows.catalog.registry import STATUSES
from flows.core.countries import is_country
from flows.core.messages import Channel
from flows.core.policy import LANGUAGES
from flows.intake.flow import QUESTIONS
from store.crypto import Keyring
from store.ports import AdminStore
from store.records import CaseRecord

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False
)
cases_app = typer.Typer(no_args_is_help=True, help="Look at cases (every look is audited).")
keys_app = typer.Typer(no_args_is_help=True, help="Manage the encryption keys.")
regions_app = typer.Typer(no_args_is_help=True, help="Regions, their countries and queues.")
facilitators_app = typer.Typer(no_args_is_help=True, help="Who may act on cases.")
collaborators_app = typer.Typer(no_args_is_help=True, help="The collaborator directory.")
app.add_typer(cases_app, name="cases")
app.add_typer(keys_app, name="keys")
app.add_typer(regions_app, name="regions")
app.add_typer(facilitators_app, name="facilitators")
app.add_typer(collaborators_app, name="collaborators")
audit_app = typer.Typer(no_args_is_help=True, help="Who did what to which case (no content).")
app.add_typer(audit_app, name="audit")
out = Console(width=None if sys.stdout.isatty() else 120)  # piped: no 80-column folding
T = TypeVar("T")

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Data directory (default: $CRE_DATA_DIR or ./data)."),
]


_where: list[Path] = [Path("data")]
"""The data directory the running command uses, for failure sentences."""


def _settings(data_dir: Path | None) -> Settings:
    os.umask(0o077)
    environ = dict(os.environ)
    if data_dir is not None:
        environ["CRE_DATA_DIR"] = str(data_dir)
    _where[0] = Path(environ.get("CRE_DATA_DIR") or "data")
    try:
        settings = load_settings(environ)
    except ConfigError as exc:
        _fail(str(exc))
    _where[0] = settings.data_dir
    return settings


def _fail(message: str) -> NoReturn:
    out.print(f"[red]Error:[/red] {message}")
    raise typer.Exit(2)


def _actor() -> str:
    return f"coordinator:{getpass.getuser()}"


def _with_store(settings: Settings, work: Callable[[AdminStore], Awaitable[T]]) -> T:
    async def run() -> T:
        store = await open_store(settings)
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())  # failures are explained by :func:`run`


async def _audit(store: AdminStore, action: str, case_ref: str | None = None) -> None:
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
        if database_path(settings).exists():
            _fail(
                f"{database_path(settings)} exists but its key file {settings.key_file} "
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
    data["language"] = case.locale
    if not details:
        data.pop("details")
    return data


_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return value[:16].replace("T", " ")  # minutes are enough on screen; JSON keeps all
    return "" if value is None else str(value)


def _show(
    rows: list[dict[str, object]], as_json: bool, columns: dict[str, str], empty: str
) -> None:
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
            table.add_row(*(_cell(row.get(key)) for key in columns))
        out.print(table)


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

    async def work(store: AdminStore) -> list[CaseRecord]:
        await _audit(store, "admin.cases.list")
        return [c for c in await store.list_cases() if status is None or c.status == status]

    found = _with_store(settings, work)
    columns = {
        "ref": "ref",
        "status": "status",
        "region": "region",
        "level": "level",
        "urgent": "urgent",
        "country": "country",
        "language": "language",
        "channel": "channel",
        "created_at": "created",
    }
    _show([_case_json(c, details=False) for c in found], as_json, columns, "No cases yet.")


@cases_app.command("show")
def cases_show(
    ref: str,
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one case with its details (audited)."""
    settings = _settings(data_dir)

    async def work(store: AdminStore) -> CaseRecord | None:
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


# ----- regions ----------------------------------------------------------------------

MessengerChannel = Annotated[str, typer.Option("--channel", help="telegram, signal or console")]


def _channel(name: str, allowed: tuple[str, ...] = ("telegram", "signal", "console")) -> Channel:
    if name not in allowed:
        _fail(f"--channel must be one of {', '.join(allowed)}")
    return Channel(name)


def _warn_if_not_configured(settings: Settings, channel: Channel, who: str) -> None:
    """Messages for a channel no ``cre-bot`` here runs only wait: say so (on stderr)."""
    if channel.value not in configured_channels(settings):
        typer.echo(
            f"Warning: {channel.value} is not configured here (no "
            f"{HOW_TO_CONFIGURE[channel.value]} in the environment or cre.toml): messages to "
            f"{who} will wait until a cre-bot with {channel.value} runs.",
            err=True,
        )


@regions_app.command("list")
def regions_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Regions, how many countries each has, and where its new cases are announced."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            regions = await tx.regions()
            queues = {r: ch for r, _, ch in await tx.region_queues()}
            staff = await tx.facilitators()
            await tx.audit(datetime.now(UTC), _actor(), "admin.regions.list")
        return [
            {
                "id": r.id,
                "name": r.name,
                "countries": sorted(r.countries),
                "country_count": len(r.countries),
                "queue": queues.get(r.id) or "facilitators' private chats",
                "facilitators": sum(1 for f in staff if r.id in f.regions),
            }
            for r in regions
        ]

    found = _with_store(_settings(data_dir), work)
    columns = {
        "id": "region",
        "name": "name",
        "country_count": "countries",
        "queue": "queue",
        "facilitators": "facilitators",
    }
    _show(found, as_json, columns, "No regions.")


@regions_app.command("set-queue")
def regions_set_queue(
    region: str,
    channel: MessengerChannel,
    chat: Annotated[str, typer.Option("--chat", help="Chat id (Telegram) or group id (Signal).")],
    data_dir: DataDir = None,
) -> None:
    """Announce the region's new cases (minimal summary only) in this chat."""
    target = _channel(channel)

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            done = await tx.set_region_queue(region, target, chat)
            if done:
                await tx.audit(
                    datetime.now(UTC),
                    _actor(),
                    "admin.regions.set-queue",
                    None,
                    f"{region}:{channel}",
                )
        return done

    settings = _settings(data_dir)
    if not _with_store(settings, work):
        _fail(f"no region {region!r}; see `cre-admin regions list`")
    out.print(f"New cases for {region} will be announced in that {channel} chat.")
    _warn_if_not_configured(settings, target, "that chat")


@regions_app.command("set-countries")
def regions_set_countries(
    region: str,
    countries: Annotated[list[str], typer.Argument(help="ISO 3166 codes, e.g. KE UG TZ")],
    data_dir: DataDir = None,
) -> None:
    """Replace the list of countries routed to a region."""
    codes = sorted({c.upper() for c in countries})
    bad = [c for c in codes if not is_country(c)]
    if bad:
        _fail(f"not ISO 3166 country codes: {', '.join(bad)}")

    async def work(store: AdminStore) -> bool:
        async with store.transaction() as tx:
            done = await tx.set_region_countries(region, codes)
            if done:
                await tx.audit(
                    datetime.now(UTC),
                    _actor(),
                    "admin.regions.set-countries",
                    None,
                    f"{region}:{len(codes)}",
                )
            return done

    if not _with_store(_settings(data_dir), work):
        _fail(f"no region {region!r}; see `cre-admin regions list`")
    out.print(f"{region} now covers {len(codes)} countries.")


# ----- facilitators -------------------------------------------------------------------


@facilitators_app.command("add")
def facilitators_add(
    channel: MessengerChannel,
    user_id: Annotated[str, typer.Option("--id", help="Telegram user id or Signal number/uuid.")],
    name: Annotated[str, typer.Option("--name", help="Shown to colleagues, never to requesters.")],
    region: Annotated[
        list[str] | None, typer.Option("--region", help="Repeat for several.")
    ] = None,
    language: Annotated[str, typer.Option(help="Language of the bot's messages to them.")] = "en",
    coordinator: Annotated[bool, typer.Option(help="May act in every region.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Register (or update) a facilitator; only they can act on their regions' cases."""
    target = _channel(channel)
    regions = region or []
    if not regions and not coordinator:
        _fail("give at least one --region (or --coordinator)")
    if language not in LANGUAGES:
        _fail(f"--language must be one of {', '.join(LANGUAGES)}")

    async def work(store: AdminStore) -> int | str:
        async with store.transaction() as tx:
            known = {r.id for r in await tx.regions()}
            unknown = [r for r in regions if r not in known]
            if unknown:
                return f"unknown regions {unknown}; known: {sorted(known)}"
            person = store.pseudonym(target.value, user_id)
            row = await tx.add_facilitator(
                person, target, user_id, name, regions, language, coordinator, datetime.now(UTC)
            )
            await tx.audit(
                datetime.now(UTC), _actor(), "admin.facilitators.add", None, f"facilitator:{row}"
            )
            return row

    settings = _settings(data_dir)
    result = _with_store(settings, work)
    if isinstance(result, str):
        _fail(result)
    out.print(f"Facilitator #{result} registered for {', '.join(regions) or 'all regions'}.")
    _warn_if_not_configured(settings, target, "this facilitator")


@facilitators_app.command("list")
def facilitators_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Registered facilitators (names only: never their messenger ids)."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            staff = await tx.facilitators()
            await tx.audit(datetime.now(UTC), _actor(), "admin.facilitators.list")
        return [
            {
                "id": f.id,
                "name": f.name,
                "regions": sorted(f.regions),
                "language": f.locale,
                "coordinator": f.coordinator,
            }
            for f in staff
        ]

    found = _with_store(_settings(data_dir), work)
    columns = {
        "id": "#",
        "name": "name",
        "regions": "regions",
        "language": "language",
        "coordinator": "coordinator",
    }
    _show(
        found, as_json, columns, "No facilitators yet: add one with `cre-admin facilitators add`."
    )


# ----- collaborators ---------------------------------------------------------------------


STRATEGY_CHOICES = tuple(o for o in QUESTIONS["strategies"].options if o != "unsure")


@collaborators_app.command("add")
def collaborators_add(
    name: Annotated[str, typer.Option("--name")],
    strategy: Annotated[
        list[str],
        typer.Option(
            "--strategy",
            help="Repeat: " + ", ".join(STRATEGY_CHOICES),
        ),
    ],
    country: Annotated[
        list[str] | None, typer.Option("--country", help="ISO code; repeat.")
    ] = None,
    region: Annotated[list[str] | None, typer.Option("--region", help="Repeat.")] = None,
    language: Annotated[list[str] | None, typer.Option("--language", help="Repeat.")] = None,
    contact: Annotated[str | None, typer.Option(help="How facilitators reach them.")] = None,
    self_funded: Annotated[bool, typer.Option(help="Can work without a grant.")] = False,
    channel: Annotated[
        str | None, typer.Option(help="telegram or signal, to invite via the bot.")
    ] = None,
    user_id: Annotated[str | None, typer.Option("--id", help="Their messenger id.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Add an organisation or person offering support to the directory."""
    bad = [s for s in strategy if s not in STRATEGY_CHOICES]
    if bad:
        _fail(f"unknown strategies {bad}; use {', '.join(STRATEGY_CHOICES)}")
    countries = [c.upper() for c in country or []]
    if [c for c in countries if not is_country(c)]:
        _fail("--country takes ISO 3166 codes such as KE or PE")
    messenger = None
    if (channel is None) != (user_id is None):
        _fail("--channel and --id go together")

    async def work(store: AdminStore) -> int:
        nonlocal messenger
        if channel is not None and user_id is not None:
            target = _channel(channel, ("telegram", "signal", "console"))
            messenger = (store.pseudonym(target.value, user_id), target, user_id)
        async with store.transaction() as tx:
            row = await tx.add_collaborator(
                name,
                contact,
                strategy,
                countries,
                region or [],
                language or ["en"],
                self_funded,
                datetime.now(UTC),
                messenger,
            )
            await tx.audit(
                datetime.now(UTC), _actor(), "admin.collaborators.add", None, f"collaborator:{row}"
            )
            return row

    row = _with_store(_settings(data_dir), work)
    out.print(f"Collaborator #{row} added.")


@collaborators_app.command("list")
def collaborators_list(
    data_dir: DataDir = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The directory, by strategy, country and region."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        async with store.transaction() as tx:
            found = await tx.collaborators()
            await tx.audit(datetime.now(UTC), _actor(), "admin.collaborators.list")
        return [
            {
                "id": c.id,
                "name": c.name,
                "strategies": sorted(c.strategies),
                "countries": sorted(c.countries),
                "regions": sorted(c.regions),
                "languages": sorted(c.languages),
                "self_funded": c.self_funded,
                "reachable": c.reachable,
            }
            for c in found
        ]

    found = _with_store(_settings(data_dir), work)
    columns = {
        "id": "#",
        "name": "name",
        "strategies": "strategies",
        "countries": "countries",
        "regions": "regions",
        "self_funded": "self-funded",
        "reachable": "bot",
    }
    _show(found, as_json, columns, "The directory is empty.")


# ----- audit --------------------------------------------------------------------------


@audit_app.command("list")
def audit_list(
    data_dir: DataDir = None,
    case: Annotated[str | None, typer.Option("--case", help="Only this case reference.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The audit trail: when, who (pseudonym prefix or role), action, case. Never content."""

    async def work(store: AdminStore) -> list[dict[str, object]]:
        entries = await store.audit_entries()
        async with store.transaction() as tx:
            await tx.audit(datetime.now(UTC), _actor(), "admin.audit.list", case)
        wanted = case.strip().upper() if case else None
        return [e for e in entries if wanted is None or e["case_ref"] == wanted]

    found = _with_store(_settings(data_dir), work)
    columns = {
        "at": "when",
        "actor": "who",
        "action": "action",
        "case_ref": "case",
        "detail": "detail",
    }
    _show(found, as_json, columns, "The audit trail is empty.")


def run() -> None:
    """The ``cre-admin`` entry point: typer's app, with any failure as one sentence."""
    logging.raiseExceptions = False  # a log write failing (disk full) must not print a traceback
    try:
        app()
    except Exception as exc:  # typer re-raises what a command raised: explain, never trace
        failure = explain(exc, _where[0])
        if failure is None:
            typer.echo(unexpected("cre-admin", exc), err=True)
            raise SystemExit(ExitCode.FAILED) from None
        typer.echo(f"cre-admin: {failure.sentence}", err=True)
        raise SystemExit(failure.code) from None


@app.command()
def doctor(data_dir: DataDir = None) -> None:
    """Check key, schema, permissions, disk, messengers, waiting replies, dropped updates,
    the coordinator and regions: one line each (ok / warn / fail); exit 1 on any fail."""
    settings = _settings(data_dir)
    checks = asyncio.run(diagnose(settings))
    for check in checks:
        typer.echo(check.line())
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(ExitCode.FAILED)
