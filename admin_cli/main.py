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
import logging
from typing import Annotated

import typer

from admin_cli.audit import audit_app
from admin_cli.backup import backup_app
from admin_cli.calls import calls_app
from admin_cli.cases import cases_app
from admin_cli.common import (
    DataDir,
    audit,
    fail,
    out,
    settings_for,
    where,
    with_store,
)
from admin_cli.directory import collaborators_app
from admin_cli.directory_io import collaborators_export, collaborators_import
from admin_cli.doctor import diagnose
from admin_cli.exports import cases_export
from admin_cli.grants import grants_app
from admin_cli.keys import keys_app
from admin_cli.money import money_app
from admin_cli.opening import database_path
from admin_cli.outbox import outbox_app
from admin_cli.regions import regions_app
from admin_cli.report import report
from admin_cli.resources import resources_app
from admin_cli.retention import retention_app
from admin_cli.staff import facilitators_app
from config.failures import ExitCode, explain, unexpected
from store.crypto import Keyring

HELP = """The coordinator's commands for CRE Bot: cases, regions, facilitators,
collaborators, keys and the audit trail.

Start with: cre-admin init, then cre-admin facilitators add --coordinator.
Every look at case data is recorded in the audit trail (who, never content).
Exit codes: 0 done, 1 doctor found a problem, 2 configuration or usage,
3 key, 4 database unreadable, 5 data directory not writable or disk full."""

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=HELP, pretty_exceptions_enable=False
)
app.add_typer(cases_app, name="cases")
app.add_typer(keys_app, name="keys")
app.add_typer(regions_app, name="regions")
app.add_typer(facilitators_app, name="facilitators")
app.add_typer(collaborators_app, name="collaborators")
app.add_typer(audit_app, name="audit")
app.add_typer(grants_app, name="grants")
app.add_typer(calls_app, name="calls")
app.add_typer(resources_app, name="resources")
app.add_typer(money_app, name="money")
app.command("report")(report)  # issue 15
app.add_typer(outbox_app, name="outbox")  # issue 15
cases_app.command("export")(cases_export)  # issue 15
collaborators_app.command("import")(collaborators_import)  # issue 15
collaborators_app.command("export")(collaborators_export)  # issue 15
app.add_typer(retention_app, name="retention")
app.add_typer(backup_app)


@app.command()
def init(
    data_dir: DataDir = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", help="Say nothing when already set up.")
    ] = False,
) -> None:
    """Create the data directory, its key file (mode 0600) and the database. Safe to re-run."""
    settings = settings_for(data_dir)
    created = False
    if settings.master_key is None and not settings.key_file.exists():
        if database_path(settings).exists():
            fail(
                f"{database_path(settings)} exists but its key file {settings.key_file} "
                "is missing. Restore the key file from your backup; a new key could not "
                "read the existing data."
            )
        settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        Keyring.generate().write(settings.key_file)
        created = True
    with_store(settings, lambda store: audit(store, "admin.init"), new_key=created)
    if created:
        out.print(
            f"Created {settings.data_dir}/ with a new key file {settings.key_file} "
            "(mode 0600). Back it up somewhere safe: without it the data cannot be read.",
            soft_wrap=True,  # one line however narrow the terminal: it is the one that matters
        )
    elif not quiet:
        out.print(f"{settings.data_dir}/ is ready; nothing to do.")


def run() -> None:
    """The ``cre-admin`` entry point: typer's app, with any failure as one sentence."""
    logging.raiseExceptions = False  # a log write failing (disk full) must not print a traceback
    try:
        app()
    except Exception as exc:  # typer re-raises what a command raised: explain, never trace
        failure = explain(exc, where[0])
        if failure is None:
            typer.echo(unexpected("cre-admin", exc), err=True)
            raise SystemExit(ExitCode.FAILED) from None
        typer.echo(f"cre-admin: {failure.sentence}", err=True)
        raise SystemExit(failure.code) from None


@app.command()
def doctor(data_dir: DataDir = None) -> None:
    """Check that this deployment can hear people and answer them: one line per check.

    Key, schema, permissions, disk, messengers, waiting replies, dropped updates,
    the coordinator and regions: ok, warn or fail; exit code 1 on any fail."""
    settings = settings_for(data_dir)
    checks = asyncio.run(diagnose(settings))
    for check in checks:
        typer.echo(check.line())
    if any(c.status == "fail" for c in checks):
        raise typer.Exit(ExitCode.FAILED)
